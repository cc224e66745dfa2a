import { useEffect, useState } from 'react';
import type { BoardVisit, ExplainMember, VisitExplanationView } from '@shared/domain/rota-board/board';
import { Button } from '@renderer/components/Button';
import { Tag } from '@renderer/components/Layout';

const STATUS: Record<ExplainMember['status'], { label: string; tone: 'green' | 'blue' | 'red' }> = {
  assigned: { label: 'On this visit', tone: 'green' },
  possible: { label: 'Free', tone: 'blue' },
  ruled_out: { label: 'Not free', tone: 'red' },
};

/**
 * The person's team for a visit, as the way to assign it: who is on it, who is free and would fit (best fit first,
 * with what taking it does to their week in words), and who is not and why. A one-worker visit is assigned by
 * choosing a free member; a double-up by ticking two.
 */
export function TeamChoice({
  visit,
  team,
  readOnly,
  busy,
  onAssign,
}: {
  visit: BoardVisit;
  team: VisitExplanationView['team'];
  /** A past day: the team is explained, nothing can be chosen. */
  readOnly: boolean;
  busy: boolean;
  onAssign: (workerIds: string[]) => void;
}) {
  const doubleUp = visit.workersNeeded === 2;
  const [chosen, setChosen] = useState<string[]>(visit.workerIds);
  useEffect(() => setChosen(visit.workerIds), [visit.id, visit.workerIds]);
  const free = team.filter((m) => m.status === 'possible').length;
  const toggle = (id: string) =>
    setChosen((old) => (old.includes(id) ? old.filter((x) => x !== id) : [...old, id].slice(-2)));
  const pairChanged = chosen.length === 2 && [...chosen].sort().join('|') !== [...visit.workerIds].sort().join('|');
  return (
    <>
      {!readOnly && (
        <p>
          {free === 0
            ? 'Nobody else in the person’s team is free for this visit.'
            : `${free} of the person’s team ${free === 1 ? 'is' : 'are'} free and would fit, best fit first.`}
        </p>
      )}
      <ul className="rota-list" aria-label="Team members for this visit">
        {team.map((m) => (
          <li key={m.workerId}>
            <strong>{m.name}</strong> <Tag tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Tag>{' '}
            {m.preferred && <Tag tone="grey">Preferred</Tag>}
            <br />
            {m.status === 'ruled_out' ? capitalise(m.message) : capitalise(m.fit ?? m.message)}
            {!readOnly && !doubleUp && m.status === 'possible' && (
              <div>
                <Button variant="secondary" disabled={busy} onClick={() => onAssign([m.workerId])}>
                  Assign {m.name}
                </Button>
              </div>
            )}
            {!readOnly && doubleUp && m.status !== 'ruled_out' && (
              <div className="checkbox">
                <input
                  id={`choose-${m.workerId}`}
                  type="checkbox"
                  checked={chosen.includes(m.workerId)}
                  onChange={() => toggle(m.workerId)}
                />
                <label htmlFor={`choose-${m.workerId}`}>Choose {m.name}</label>
              </div>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && doubleUp && (
        <div className="button-row">
          <Button disabled={busy || !pairChanged} onClick={() => onAssign(chosen)}>
            Assign the two chosen
          </Button>
        </div>
      )}
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
