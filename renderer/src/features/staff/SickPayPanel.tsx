import { useQuery } from '@tanstack/react-query';
import { formatPence } from '@shared/domain/policy/pay-policy';
import type { SickAbsenceRow, WorkerSickPay } from '@shared/domain/policy/sick-pay-record';
import { formatDate } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState, SummaryList } from '@renderer/components/Layout';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 years and 3 months" from whole months of service. */
function serviceText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, 'month');
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

function schemeText(data: WorkerSickPay): string {
  if (!data.inScheme) return 'Not in the branch’s scheme: statutory sick pay only';
  if (!data.band) return `No band of the branch’s scheme covers ${serviceText(data.serviceMonths)}’ service`;
  return (
    `With ${serviceText(data.serviceMonths)}’ service: ${plural(data.band.fullPayWeeks, 'week')} at full pay, then ` +
    `${plural(data.band.halfPayWeeks, 'week')} at half pay, in any 12 months`
  );
}

const COLUMNS: Column<SickAbsenceRow>[] = [
  {
    key: 'from',
    header: 'Off sick',
    rowHeader: true,
    render: (a) =>
      a.endDate === null
        ? `From ${formatDate(a.startDate)}, no return date yet (paid up to ${formatDate(a.through)})`
        : `${formatDate(a.startDate)} to ${formatDate(a.endDate)}`,
    sortValue: (a) => a.startDate,
  },
  { key: 'days', header: 'Working days', width: '8em', render: (a) => String(a.qualifyingDays) },
  {
    key: 'ssp',
    header: 'Statutory sick pay',
    width: '10em',
    render: (a) => `${formatPence(a.sspPence)} (${plural(a.sspDays, 'day')})`,
  },
  {
    key: 'osp',
    header: 'Occupational sick pay on top',
    render: (a) =>
      a.ospFullDays + a.ospHalfDays === 0
        ? 'None'
        : `${formatPence(a.ospPence)} (${a.ospFullDays} at full pay, ${a.ospHalfDays} at half pay)`,
  },
  {
    key: 'total',
    header: 'Sick pay',
    width: '8em',
    render: (a) => formatPence(a.sspPence + a.ospPence),
    sortValue: (a) => a.sspPence + a.ospPence,
  },
];

/** A worker's sickness: each absence with its working days and sick pay, and what the scheme still gives. */
export function SickPayPanel({ staffId }: { staffId: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'staff.sickPay', { id: staffId }));
  const data = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {data && (
        <Panel title="Sickness and sick pay">
          <SummaryList
            items={[
              { key: 'Occupational sick pay', value: schemeText(data) },
              {
                key: 'Left to use today',
                value: data.band
                  ? `${data.fullPayDaysLeft} of ${data.fullPayDays} days at full pay, ` +
                    `${data.halfPayDaysLeft} of ${data.halfPayDays} days at half pay`
                  : 'Statutory sick pay only',
              },
              {
                key: 'Day rates worked out from',
                value:
                  `${formatPence(data.averageWeeklyEarningsPence)} a week over ` +
                  `${plural(data.qualifyingDaysPerWeek, 'working day')}`,
              },
            ]}
          />
          <DataTable
            label="Sickness absences"
            columns={COLUMNS}
            rows={data.absences}
            rowKey={(a) => a.id}
            initialSort={{ key: 'from', direction: 'desc' }}
            empty="No sickness recorded."
          />
        </Panel>
      )}
    </QueryState>
  );
}
