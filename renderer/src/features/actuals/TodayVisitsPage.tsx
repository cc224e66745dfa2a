import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ActualLine, ActualsSettings } from '@shared/domain/actuals/actuals';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { addDays } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { useToday } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { useProcedureForm } from '@renderer/components/use-form';
import {
  actualWords,
  FLAG_WORDS,
  plannedWords,
  punctualityWords,
  reasonWords,
  sourceWords,
  STATUS_WORDS,
} from './actuals-words';
import { RecordActualForm } from './RecordActualForm';

const lineKey = (l: ActualLine) => `${l.isoWeek}|${l.visitId}|${l.staffId}`;

const COLUMNS: readonly Column<ActualLine>[] = [
  {
    key: 'planned',
    header: 'Planned',
    width: '8em',
    render: plannedWords,
    sortValue: (l) => [l.plannedStartMinute, l.workerName],
  },
  { key: 'person', header: 'Person', render: (l) => l.clientName, sortValue: (l) => l.clientName, rowHeader: true },
  { key: 'worker', header: 'Worker', render: (l) => l.workerName, sortValue: (l) => l.workerName },
  {
    key: 'actual',
    header: 'Actual',
    width: '12em',
    render: actualWords,
    sortValue: (l) => l.actual?.arrivalMinute ?? -1,
  },
  {
    key: 'arrival',
    header: 'Arrival',
    width: '8em',
    render: (l) => punctualityWords(l.lateByMinutes),
    sortValue: (l) => l.lateByMinutes ?? -10_000,
  },
  { key: 'status', header: 'Status', width: '10em', render: (l) => STATUS_WORDS[l.status], sortValue: (l) => l.status },
  {
    key: 'flags',
    header: 'To look at',
    render: (l) =>
      l.flags.map((f) => (
        <Tag key={f} tone={f === 'longer' ? 'blue' : 'red'}>
          {FLAG_WORDS[f]}
        </Tag>
      )),
    sortValue: (l) => -l.flags.length,
  },
  { key: 'why', header: 'Reason or note', render: reasonWords },
  { key: 'source', header: 'Recorded by', width: '10em', render: sourceWords, sortValue: sourceWords },
];

/**
 * The coordinator's day: every worker's visit planned beside what actually happened, with missed visits (no arrival
 * once the late threshold has passed), late arrivals and shortened visits flagged the same day. A row opens the form
 * to record or correct its times.
 */
export function TodayVisitsPage() {
  const api = useApi();
  const today = useToday();
  const manager = useHasRole('manager');
  const [date, setDate] = useState(today);
  const [open, setOpen] = useState<ActualLine | null>(null);
  const query = useQuery(procedureQuery(api, 'actuals.day', { date }));
  const day = query.data;
  const flagged = day?.lines.filter((l) => l.flags.some((f) => f !== 'longer')).length ?? 0;
  return (
    <>
      <PageHeader caption="Rota" title="Today’s visits: planned and actual" />
      <div className="rota-toolbar">
        <Button variant="secondary" onClick={() => setDate(addDays(date, -1))}>
          Previous day
        </Button>
        <strong aria-live="polite">{formatDate(date)}</strong>
        <Button variant="secondary" onClick={() => setDate(addDays(date, 1))}>
          Next day
        </Button>
        {date !== today && (
          <Button variant="secondary" onClick={() => setDate(today)}>
            Today
          </Button>
        )}
      </div>
      <QueryState isLoading={query.isLoading} error={query.error} what="the day’s visits">
        {day && (
          <>
            <p>
              {day.lines.length} visits on the published rota; {flagged} to look at.{' '}
              {day.nowMinute !== null && `As of ${formatMinute(day.nowMinute)}. `}A visit counts as late, and with no
              arrival as missed, {day.settings.lateMinutes} minutes after its planned start.
            </p>
            <DataTable
              label={`Visits on ${formatDate(date)}`}
              columns={COLUMNS}
              rows={day.lines}
              rowKey={lineKey}
              initialSort={{ key: 'planned', direction: 'asc' }}
              search={{ label: 'Find a person or worker', text: (l) => `${l.clientName} ${l.workerName}` }}
              filters={[
                {
                  key: 'flag',
                  label: 'To look at',
                  allLabel: 'Every visit',
                  options: optionsFrom(FLAG_WORDS),
                  value: (l) => l.flags,
                },
                {
                  key: 'status',
                  label: 'Status',
                  allLabel: 'Any status',
                  options: optionsFrom(STATUS_WORDS),
                  value: (l) => l.status,
                },
              ]}
              onRowOpen={setOpen}
              empty="No visits on the published rota that day."
            />
          </>
        )}
      </QueryState>
      {open && (
        <Panel title={`Record the times: ${open.workerName} at ${open.clientName}`}>
          <RecordActualForm
            key={lineKey(open)}
            line={open}
            staffId={open.staffId}
            onDone={() => setOpen(null)}
            onCancel={() => setOpen(null)}
          />
        </Panel>
      )}
      {day && manager && <LateThresholdForm settings={day.settings} />}
    </>
  );
}

/** The manager sets when a visit counts as late (and, with no arrival, missed). */
function LateThresholdForm({ settings }: { settings: ActualsSettings }) {
  const form = useProcedureForm('actuals.saveSettings', {
    id: 'late-threshold',
    initial: { lateMinutes: String(settings.lateMinutes) },
    toInput: (v) => ({ lateMinutes: Number(v.lateMinutes) }),
    success: (s) => `Visits now count as late ${s.lateMinutes} minutes after their planned start.`,
  });
  return (
    <Panel title="When a visit counts as late">
      <GovForm form={form} submitLabel="Save" submitVariant="secondary">
        <TextField
          {...form.field('lateMinutes')}
          label="Minutes after the planned start"
          hint="15 unless your branch agrees another figure"
          inputMode="numeric"
        />
      </GovForm>
    </Panel>
  );
}
