import { skillLabel } from '@shared/domain/rota-board/next-steps';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BoardVisit, RotaEdit, RotaWeekView } from '@shared/domain/rota-board/board';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Panel, Tag } from '@renderer/components/Layout';
import { saveFile } from './rota-format';
import { TeamChoice } from './TeamChoice';
import { CoverPanel } from '@renderer/features/rota-cover/CoverPanel';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';

/**
 * The selected visit: details, why this worker (explain), and keyboard-operable actions, each checked by the
 * validator.
 */
export function VisitPanel({ week, visit, today }: { week: RotaWeekView; visit: BoardVisit; today: string }) {
  // A visit on a day that has passed is a record of what was planned: it is shown, never changed.
  const past = visit.date < today;
  const api = useApi();
  const edit = useProcedureMutation('rota.edit');
  const printPerson = useProcedureMutation('rota.printPersonWeek');
  const printWorker = useProcedureMutation('rota.printWorkerWeek');
  const explain = useQuery(procedureQuery(api, 'rota.explain', { isoWeek: week.isoWeek, visitId: visit.id }));
  const names = new Map(week.workers.map((w) => [w.id, w.name]));
  const [time, setTime] = useState(formatMinute(visit.startMinute));
  const [swapWith, setSwapWith] = useState('');
  // What the last edit here did, with the visit as it stood before it: once the visit is back as it was (an undo),
  // the message no longer holds and is not shown.
  const [message, setMessage] = useState<{ text: string; before: string } | null>(null);
  const placement = `${visit.workerIds.join('|')}@${visit.startMinute}${visit.pinned ? ' pinned' : ''}`;
  useEffect(() => {
    setTime(formatMinute(visit.startMinute));
    setSwapWith('');
    setMessage(null);
    edit.reset();
    // Reset the form only when another visit is chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visit.id]);
  const run = (e: RotaEdit, done: string) => {
    setMessage(null);
    const before = placement;
    edit.mutate({ isoWeek: week.isoWeek, edit: e }, { onSuccess: () => setMessage({ text: done, before }) });
  };
  const swapOptions = week.visits.filter(
    (v) =>
      v.id !== visit.id &&
      v.date === visit.date &&
      v.date >= today &&
      v.workersNeeded === visit.workersNeeded &&
      v.workerIds.length > 0,
  );
  const print = (kind: 'worker' | 'person') =>
    kind === 'person'
      ? printPerson.mutate({ isoWeek: week.isoWeek, clientId: visit.clientId }, { onSuccess: saveFile })
      : printWorker.mutate({ isoWeek: week.isoWeek, staffId: visit.workerIds[0] ?? '' }, { onSuccess: saveFile });
  return (
    <Panel title={`${visit.clientName}, ${formatDate(visit.date)} ${formatMinute(visit.startMinute)}`}>
      <p>
        {visit.purpose} · {visit.durationMinutes} min{visit.workersNeeded === 2 ? ' · double-up' : ''}
        {visit.flexMinutes > 0 ? ` · ±${visit.flexMinutes} min` : ''}
        {visit.requiredSkills.length > 0 ? ` · needs ${visit.requiredSkills.map(skillLabel).join(', ')}` : ''}
      </p>
      <p>
        {visit.workerIds.length > 0 ? (
          `With ${visit.workerIds.map((id) => names.get(id) ?? id).join(' and ')}`
        ) : (
          <Tag tone="red">Unassigned</Tag>
        )}{' '}
        {visit.pinned && <Tag tone="grey">Pinned</Tag>} {visit.oneOff && <Tag tone="amber">One-off</Tag>}{' '}
        {visit.splitPart !== undefined && <Tag tone="grey">{`Split visit, part ${visit.splitPart} of 2`}</Tag>}
      </p>
      {visit.unassignedReasons.length > 0 && (
        <ul>
          {visit.unassignedReasons.map((r) => (
            <li key={r.code}>
              {r.message}
              {r.workerNames.length > 0 ? ` (${r.workerNames.join(', ')})` : ''}
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary error={edit.error ?? printPerson.error ?? printWorker.error} />
      {message && message.before !== placement && !edit.error && <Banner tone="success">{message.text}</Banner>}

      {past && (
        <p className="rota-readonly">
          {formatDate(visit.date)} has passed, so this visit can no longer be changed. It stays on the board as it was
          planned.
        </p>
      )}
      <h3>{past ? 'Why this worker' : 'Who can take it'}</h3>
      {explain.isLoading && <p role="status">Working out who is free…</p>}
      <ErrorSummary error={explain.error} />
      {explain.data && (
        <TeamChoice
          visit={visit}
          team={explain.data.team}
          readOnly={past}
          busy={edit.isPending}
          onAssign={(workerIds) =>
            run(
              { kind: 'assign', visitId: visit.id, workerIds },
              `Assigned to ${workerIds.map((id) => names.get(id) ?? id).join(' and ')}.`,
            )
          }
        />
      )}
      {!past && <CoverPanel isoWeek={week.isoWeek} visit={visit} today={today} />}
      {!past && (
        <>
          <h3>Other changes</h3>
          <div className="field">
            <div className="button-row">
              <Button
                variant="secondary"
                disabled={edit.isPending || visit.workerIds.length === 0}
                onClick={() => run({ kind: 'unassign', visitId: visit.id }, 'Unassigned.')}
              >
                Unassign
              </Button>
              <Button
                variant="secondary"
                disabled={edit.isPending || visit.workerIds.length === 0}
                onClick={() =>
                  run(
                    { kind: 'pin', visitId: visit.id, pinned: !visit.pinned },
                    visit.pinned ? 'Unpinned.' : 'Pinned: the planner will keep it.',
                  )
                }
              >
                {visit.pinned ? 'Unpin' : 'Pin'}
              </Button>
            </div>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="move-time">
              Start time
            </label>
            <input
              id="move-time"
              className="input input--narrow"
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
            <div className="button-row">
              <Button
                variant="secondary"
                disabled={edit.isPending || parseClockTime(time) === null}
                onClick={() =>
                  run({ kind: 'move', visitId: visit.id, startMinute: parseClockTime(time) ?? 0 }, 'Moved.')
                }
              >
                Move
              </Button>
            </div>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="swap-with">
              Swap workers with
            </label>
            <select id="swap-with" className="select" value={swapWith} onChange={(e) => setSwapWith(e.target.value)}>
              <option value="">Choose a visit the same day</option>
              {swapOptions.map((v) => (
                <option key={v.id} value={v.id}>
                  {formatMinute(v.startMinute)} {v.clientName} (
                  {v.workerIds.map((id) => names.get(id) ?? id).join(', ')})
                </option>
              ))}
            </select>
            <div className="button-row">
              <Button
                variant="secondary"
                disabled={edit.isPending || swapWith === ''}
                onClick={() => run({ kind: 'swap', visitId: visit.id, otherVisitId: swapWith }, 'Swapped.')}
              >
                Swap
              </Button>
            </div>
          </div>
        </>
      )}
      <div className="button-row">
        <Button variant="secondary" disabled={printPerson.isPending} onClick={() => print('person')}>
          Print person’s week
        </Button>
        {visit.workerIds.length > 0 && (
          <Button variant="secondary" disabled={printWorker.isPending} onClick={() => print('worker')}>
            Print worker’s week
          </Button>
        )}
      </div>
    </Panel>
  );
}
