import { useState } from 'react';
import type { CoverProposal, RotaWeekView, SicknessResult } from '@shared/domain/rota-board/board';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';

/** A worker calls in sick: record it, see the proposed cover from each person's own team, accept all or per visit. */
export function SicknessPanel({ week }: { week: RotaWeekView }) {
  const accept = useProcedureMutation('rota.acceptCover');
  const [result, setResult] = useState<SicknessResult | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const form = useProcedureForm('rota.reportSickness', {
    id: 'sickness',
    initial: { staffId: '', startDate: week.dates[0] ?? '', fromTime: '00:00', endDate: week.dates[0] ?? '' },
    check: (v) => (v.staffId === '' ? [{ path: ['staffId'], message: 'Choose the worker who is off sick' }] : []),
    toInput: (v) => ({
      isoWeek: week.isoWeek,
      staffId: v.staffId,
      startDate: v.startDate,
      startMinute: parseClockTime(v.fromTime) ?? Number.NaN,
      endDate: v.endDate,
      note: null,
    }),
    success: (r) =>
      `Sickness recorded, its sick pay worked out. ${r.proposals.length} visit(s) affected` +
      (r.uncoverable.length > 0
        ? `; ${r.uncoverable.length} cannot be covered by the person’s team and are left for action`
        : '') +
      '. Nothing else on the rota changes.',
    onSuccess: (r) => {
      accept.reset();
      setResult(r);
      setChoices(Object.fromEntries(r.proposals.map((p) => [p.visitId, p.proposed?.workerId ?? ''])));
    },
  });
  const columns: Column<CoverProposal>[] = [
    {
      key: 'visit',
      header: 'Visit',
      render: (p) =>
        `${formatDate(p.date)} ${formatMinute(p.startMinute)} · ${p.clientName} (${p.durationMinutes} min)`,
    },
    {
      key: 'cover',
      header: 'Cover',
      render: (p) => (
        <>
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
                {i + 1}. {a.name}
                {i === 0 ? ' (best fit)' : ''}
              </option>
            ))}
          </select>
        </>
      ),
    },
  ];
  return (
    <Panel title="Someone is off sick">
      <GovForm form={form} submitLabel="Record sickness and find cover">
        <SelectField
          label="Worker"
          placeholder="Choose a worker"
          options={week.workers.map((w) => ({ value: w.id, label: w.name }))}
          {...form.field('staffId')}
        />
        <TextField label="Off from (date)" type="date" {...form.field('startDate')} />
        <TextField
          label="From (time)"
          type="time"
          className="input--narrow"
          {...form.field('fromTime', 'startMinute')}
        />
        <TextField label="Last day off" type="date" {...form.field('endDate')} />
      </GovForm>
      {result && (
        <>
          <h3>Proposed cover</h3>
          <ErrorSummary error={accept.error} />
          {accept.isSuccess && <Banner tone="success">Cover saved.</Banner>}
          <DataTable
            label="Proposed cover"
            columns={columns}
            rows={result.proposals}
            rowKey={(p) => p.visitId}
            empty="None of their visits this week needs cover."
          />
          <div className="button-row">
            <Button
              disabled={accept.isPending || accept.isSuccess}
              onClick={() =>
                accept.mutate({
                  isoWeek: week.isoWeek,
                  absenceId: result.absenceId,
                  choices: result.proposals.map((p) => ({ visitId: p.visitId, workerId: choices[p.visitId] || null })),
                })
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
