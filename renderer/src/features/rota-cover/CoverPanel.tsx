import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BoardVisit } from '@shared/domain/rota-board/board';
import type { CoverOptions } from '@shared/domain/rota-board/cover';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Tag } from '@renderer/components/Layout';
import { MoveForm, OutsideForm, ShortenForm, TellForm } from './CoverForms';
import { SplitForm } from './SplitForm';

type Option = 'move' | 'shorten' | 'split' | 'outside' | 'tell';

const count = (n: number, one: string, many: string) => (n === 0 ? 'none free' : `${n} ${n === 1 ? one : many}`);

/** The ways to cover, each with how many real choices it has (an option with none is shown, not offered). */
function optionsOf(
  o: CoverOptions,
  doubleUp: boolean,
): { value: Option; label: string; offered: boolean; hint?: string }[] {
  return [
    {
      value: 'move',
      label: `Move it within the person’s agreed flexibility (${count(o.moves.length, 'choice', 'choices')})`,
      offered: o.moves.length > 0,
    },
    {
      value: 'shorten',
      label: doubleUp
        ? 'Shorten it (not for a double-up visit)'
        : `Shorten it, with the person’s agreement (${count(o.shorter.length, 'choice', 'choices')})`,
      offered: o.shorter.length > 0,
    },
    {
      value: 'split',
      label:
        o.splitNotPossible === null
          ? `Split it in two, with the person’s agreement (${count(o.splits.length, 'choice', 'choices')})`
          : 'Split it in two (not for this visit)',
      offered: o.splits.length > 0,
      ...(o.splitNotPossible === null ? {} : { hint: o.splitNotPossible }),
    },
    {
      value: 'outside',
      label: doubleUp
        ? 'Ask a worker outside the team (not for a double-up visit)'
        : `Ask a named worker outside the team, with consent (${count(o.outside.length, 'worker', 'workers')})`,
      offered: o.outside.length > 0,
    },
    { value: 'tell', label: 'Tell the person it is not covered, and record why', offered: true },
  ];
}

/**
 * The real options for a visit nobody in the person's team can take, in one place: each worked out on the whole
 * week, checked before it is confirmed, recorded and audited. The default holds: nobody outside the team without
 * the person's consent for this visit.
 */
export function CoverPanel({ isoWeek, visit, today }: { isoWeek: string; visit: BoardVisit; today: string }) {
  const api = useApi();
  const options = useQuery(procedureQuery(api, 'rotaCover.options', { isoWeek, visitId: visit.id }));
  const [option, setOption] = useState<Option | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    setOption(null);
    setDone(null);
  }, [visit.id]);
  const o = options.data;
  const common = {
    isoWeek,
    visitId: visit.id,
    today,
    onDone: (r: { summary: string }) => {
      setDone(`${r.summary}.`);
      setOption(null);
    },
  };
  // A covered visit shows only what was recorded about covering it (and what was just done), if anything.
  if (visit.workerIds.length > 0 && done === null && (o === undefined || o.records.length === 0)) return null;
  return (
    <section className="cover" aria-labelledby="cover-heading">
      <h3 id="cover-heading">Cover this visit {visit.personTold && <Tag tone="amber">Person told</Tag>}</h3>
      {done && <Banner tone="success">{done}</Banner>}
      {options.isLoading && <p role="status">Working out the options for this visit…</p>}
      <ErrorSummary error={options.error} />
      {o && o.records.length > 0 && (
        <ul aria-label="Recorded for this visit">
          {o.records.map((r) => (
            <li key={r.words}>{r.words}.</li>
          ))}
        </ul>
      )}
      {o && visit.workerIds.length === 0 && (
        <>
          <fieldset className="field cover-options">
            <legend className="field__label">What will you do?</legend>
            {optionsOf(o, visit.workersNeeded === 2).map((x) => (
              <div className="cover-choice" key={x.value}>
                <input
                  id={`cover-option-${x.value}`}
                  type="radio"
                  name="cover-option"
                  disabled={!x.offered}
                  checked={option === x.value}
                  onChange={() => setOption(x.value)}
                  {...(x.hint ? { 'aria-describedby': `cover-option-${x.value}-hint` } : {})}
                />
                <div>
                  <label htmlFor={`cover-option-${x.value}`}>{x.label}</label>
                  {x.hint && (
                    <span className="field__hint" id={`cover-option-${x.value}-hint`}>
                      {x.hint}
                    </span>
                  )}
                </div>
              </div>
            ))}
          </fieldset>
          {option === 'move' && <MoveForm {...common} choices={o.moves} />}
          {option === 'shorten' && <ShortenForm {...common} choices={o.shorter} shortestMinutes={o.shortestMinutes} />}
          {option === 'split' && <SplitForm {...common} choices={o.splits} shortestMinutes={o.shortestMinutes} />}
          {option === 'outside' && <OutsideForm {...common} choices={o.outside} />}
          {option === 'tell' && <TellForm {...common} />}
        </>
      )}
    </section>
  );
}
