import { useState } from 'react';
import type { RotaWeekView, SicknessResult } from '@shared/domain/rota-board/board';
import { ApiError } from '@renderer/api/api-client';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { Banner, Panel } from '@renderer/components/Layout';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';

/** A worker calls in sick: record it, see the proposed cover from each person's own team, accept all or per visit. */
export function SicknessPanel({ week }: { week: RotaWeekView }) {
  const report = useProcedureMutation('rota.reportSickness', ['rota', 'availability']);
  const accept = useProcedureMutation('rota.acceptCover', ['rota']);
  const [staffId, setStaffId] = useState('');
  const [startDate, setStartDate] = useState(week.dates[0] ?? '');
  const [fromTime, setFromTime] = useState('00:00');
  const [endDate, setEndDate] = useState(week.dates[0] ?? '');
  const [result, setResult] = useState<SicknessResult | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const fieldError = (name: string) =>
    report.error instanceof ApiError ? report.error.issues.find((i) => i.path[0] === name)?.message : undefined;
  const submit = () => {
    setDone(false);
    report.mutate(
      { isoWeek: week.isoWeek, staffId, startDate, startMinute: parseClockTime(fromTime) ?? 0, endDate, note: null },
      {
        onSuccess: (r) => {
          setResult(r);
          setChoices(Object.fromEntries(r.proposals.map((p) => [p.visitId, p.proposed?.workerId ?? ''])));
        },
      },
    );
  };
  return (
    <Panel title="Someone is off sick">
      {report.error && (
        <Banner tone="error" title="Not recorded.">
          {report.error.message}
        </Banner>
      )}
      <div className="rota-toolbar">
        <label>
          Worker
          <select
            className="select"
            value={staffId}
            onChange={(e) => setStaffId(e.target.value)}
            aria-invalid={fieldError('staffId') ? true : undefined}
          >
            <option value="">Choose a worker</option>
            {week.workers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Off from (date)
          <input className="input" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label>
          From (time)
          <input
            className="input input--narrow"
            type="time"
            value={fromTime}
            onChange={(e) => setFromTime(e.target.value)}
          />
        </label>
        <label>
          Last day off
          <input className="input" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </label>
        <Button disabled={staffId === '' || report.isPending} onClick={submit}>
          Record sickness and find cover
        </Button>
      </div>
      {result && (
        <>
          <Banner tone="info">
            Sickness recorded for occupational sick pay. {result.proposals.length} visit(s) affected
            {result.uncoverable.length > 0
              ? `; ${result.uncoverable.length} cannot be covered by the person’s team and are left for action`
              : ''}
            . Nothing else on the rota changes.
          </Banner>
          {accept.error && (
            <Banner tone="error" title="Cover not saved.">
              {accept.error.message}
            </Banner>
          )}
          {done && !accept.error && <Banner tone="success">Cover saved.</Banner>}
          <table className="rota-simple-table">
            <caption className="visually-hidden">Proposed cover</caption>
            <thead>
              <tr>
                <th scope="col">Visit</th>
                <th scope="col">Cover</th>
              </tr>
            </thead>
            <tbody>
              {result.proposals.map((p) => (
                <tr key={p.visitId}>
                  <td>
                    {formatDate(p.date)} {formatMinute(p.startMinute)} · {p.clientName} ({p.durationMinutes} min)
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`cover-${p.visitId}`}>
                      Cover for {p.clientName} {formatDate(p.date)} {formatMinute(p.startMinute)}
                    </label>
                    <select
                      id={`cover-${p.visitId}`}
                      className="select"
                      value={choices[p.visitId] ?? ''}
                      onChange={(e) => setChoices({ ...choices, [p.visitId]: e.target.value })}
                    >
                      <option value="">Nobody: leave for action</option>
                      {p.alternatives.map((a, i) => (
                        <option key={a.workerId} value={a.workerId}>
                          {i + 1}. {a.name} (cost {a.costChange >= 0 ? '+' : ''}
                          {a.costChange})
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row">
            <Button
              disabled={accept.isPending || done}
              onClick={() =>
                accept.mutate(
                  {
                    isoWeek: week.isoWeek,
                    absenceId: result.absenceId,
                    choices: result.proposals.map((p) => ({
                      visitId: p.visitId,
                      workerId: choices[p.visitId] || null,
                    })),
                  },
                  { onSuccess: () => setDone(true) },
                )
              }
            >
              Accept cover
            </Button>
          </div>
        </>
      )}
    </Panel>
  );
}
