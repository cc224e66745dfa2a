import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  VisitTimeRow,
  VisitTimesInput,
  VisitTimesReport,
  VisitTimeTotals,
} from '@shared/domain/actuals/visit-time-figures';
import { addMonths, monthOf } from '@shared/domain/time/calendar';
import { formatDate, formatDuration } from '@shared/domain/time/format';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { WeekPicker } from '@renderer/features/rota/WeekPicker';
import { ArrivalsChart, HoursChart, LengthsChart } from './VisitTimesCharts';
import { hoursWords, punctualityWords } from './visit-times-words';
import './visit-times.css';

type Kind = VisitTimesInput['kind'];

const ROW_COLUMNS = (who: string): readonly Column<VisitTimeRow>[] => [
  { key: 'name', header: who, rowHeader: true, render: (r) => r.name, sortValue: (r) => r.name },
  { key: 'planned', header: 'Visits', render: (r) => r.planned, sortValue: (r) => r.planned },
  { key: 'onTime', header: 'On time', render: (r) => r.onTime, sortValue: (r) => r.onTime },
  { key: 'late', header: 'Late', render: (r) => r.late, sortValue: (r) => r.late },
  { key: 'missed', header: 'Missed', render: (r) => r.missed, sortValue: (r) => r.missed },
  { key: 'lengthened', header: 'Lengthened', render: (r) => r.lengthened, sortValue: (r) => r.lengthened },
  { key: 'shortened', header: 'Shortened', render: (r) => r.shortened, sortValue: (r) => r.shortened },
  {
    key: 'hours',
    header: 'Actual against planned',
    render: (r) => (r.completed === 0 ? 'No visit completed' : hoursWords(r)),
    sortValue: (r) => r.actualMinutesCompleted - r.plannedMinutesCompleted,
  },
];
const WORKER_COLUMNS = ROW_COLUMNS('Worker');
const PERSON_COLUMNS = ROW_COLUMNS('Person');

/**
 * The figures that follow from actual visit times, for a week or a month: punctuality, missed visits, visits
 * lengthened and shortened with their reasons, and actual against planned hours for each worker and person.
 */
export function VisitTimesPage() {
  const api = useApi();
  const today = useToday();
  const [kind, setKind] = useState<Kind>('week');
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const [month, setMonth] = useState(() => monthOf(today));
  const period: VisitTimesInput = kind === 'week' ? { kind, isoWeek } : { kind, month };
  const query = useQuery(procedureQuery(api, 'visitTimes.figures', period));
  return (
    <>
      <PageHeader
        title="Visit times"
        caption="What actually happened at visits, from the times workers recorded and call monitoring"
      />
      <Tabs
        label="Period"
        tabs={[
          { key: 'week', label: 'A week' },
          { key: 'month', label: 'A month' },
        ]}
        selected={kind}
        onSelect={setKind}
      >
        {kind === 'week' ? (
          <WeekPicker value={isoWeek} onChange={setIsoWeek} />
        ) : (
          <MonthPicker value={month} onChange={setMonth} />
        )}
        <QueryState isLoading={query.isLoading} error={query.error} what="the visit times">
          {query.data && <VisitTimesFigures report={query.data} />}
        </QueryState>
      </Tabs>
    </>
  );
}

function VisitTimesFigures({ report }: { report: VisitTimesReport }) {
  const t = report.totals;
  if (t.planned === 0)
    return (
      <p>
        No visits were on a published rota from {formatDate(report.from)} to {formatDate(report.to)}.
      </p>
    );
  return (
    <>
      <Panel title={report.periodLabel}>
        <SummaryList
          items={[
            { key: 'Visits planned', value: `${t.planned}, of which ${t.due} were due by now` },
            { key: 'Punctuality', value: `${punctualityWords(t)}; late means over ${report.lateMinutes} minutes` },
            { key: 'Missed', value: t.missed === 0 ? 'None' : `${t.missed} with no arrival recorded` },
            {
              key: 'Lengthened',
              value: `${t.lengthened}, ${t.lengthenedWithReason} of them with the reason written down`,
            },
            {
              key: 'Shortened',
              value: `${t.shortened}, ${t.shortenedByReason.no_reason} of them with no reason given yet`,
            },
            {
              key: 'Time at visits',
              value:
                t.completed === 0
                  ? 'No visit has both times recorded yet'
                  : `${hoursWords(t)} (${t.completed} ${t.completed === 1 ? 'visit' : 'visits'}, ` +
                    `${differenceWords(t)})`,
            },
          ]}
        />
      </Panel>
      <div className="visit-times__charts">
        <Panel>
          <ArrivalsChart totals={t} lateMinutes={report.lateMinutes} />
        </Panel>
        <Panel>
          <LengthsChart totals={t} />
        </Panel>
        <Panel>
          <HoursChart rows={report.byWorker} who="worker" totals={t} />
        </Panel>
        <Panel>
          <HoursChart rows={report.byPerson} who="person" totals={t} />
        </Panel>
      </div>
      <Panel title="By worker">
        <DataTable label="Visit times by worker" columns={WORKER_COLUMNS} rows={report.byWorker} rowKey={(r) => r.id} />
      </Panel>
      <Panel title="By person supported">
        <DataTable label="Visit times by person" columns={PERSON_COLUMNS} rows={report.byPerson} rowKey={(r) => r.id} />
      </Panel>
    </>
  );
}

/** "20 min less", "1 h more", or "as planned". */
function differenceWords(t: VisitTimeTotals): string {
  const difference = t.actualMinutesCompleted - t.plannedMinutesCompleted;
  if (difference === 0) return 'as planned';
  return `${formatDuration(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'}`;
}

/** Choose a month: the previous or next one, or any month by the browser's month input. */
function MonthPicker({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const shift = (months: number) => onChange(monthOf(addMonths(`${value}-01`, months)));
  return (
    <div className="week-picker" role="group" aria-label="Choose the month">
      <Button variant="secondary" onClick={() => shift(-1)}>
        Previous month
      </Button>
      <label>
        Month
        <input
          className="input input--narrow"
          type="month"
          value={value}
          onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && onChange(e.target.value)}
        />
      </label>
      <Button variant="secondary" onClick={() => shift(1)}>
        Next month
      </Button>
    </div>
  );
}
