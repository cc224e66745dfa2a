import { useQuery } from '@tanstack/react-query';
import type { HolidayAccrualRow, HolidayBooking, WorkerHoliday } from '@shared/domain/policy/holiday';
import { formatDate, formatDuration } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';

/** Hours and minutes, with "more than accrued" spelled out rather than a minus sign. */
function hours(minutes: number): string {
  return minutes < 0 ? `${formatDuration(-minutes)} more than accrued so far` : formatDuration(minutes);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function basisText(h: WorkerHoliday): string {
  if (h.basis === 'irregular')
    return (
      'Irregular hours: 12.07% of the hours worked in each pay period exported, and of the average week before ' +
      'a sickness for each week off sick' +
      (h.rolledUp ? ', paid as rolled-up holiday pay with each period’s pay' : ', paid when the leave is taken')
    );
  const week = plural(h.workingDaysPerWeek, 'working day');
  return `Regular hours: 5.6 weeks of ${week} a week, pro rata to the days employed`;
}

function dayText(h: WorkerHoliday): string {
  if (h.dayMinutes > 0) return `${formatDuration(h.dayMinutes)} (a day’s leave counts and is paid as this)`;
  return h.basis === 'irregular'
    ? 'Not known yet: a day’s leave is worth the average week worked, once a pay period has been exported'
    : 'No guaranteed hours to share over the working days';
}

const BOOKING_COLUMNS: Column<HolidayBooking>[] = [
  {
    key: 'dates',
    header: 'Leave',
    rowHeader: true,
    render: (b) =>
      b.startDate === b.endDate ? formatDate(b.startDate) : `${formatDate(b.startDate)} to ${formatDate(b.endDate)}`,
    sortValue: (b) => b.startDate,
  },
  {
    key: 'status',
    header: 'Status',
    width: '9em',
    render: (b) =>
      b.status === 'approved' ? <Tag tone="green">Approved</Tag> : <Tag tone="amber">Waiting for a decision</Tag>,
  },
  { key: 'days', header: 'Working days', width: '8em', render: (b) => String(b.workingDays) },
  {
    key: 'hours',
    header: 'Hours',
    width: '8em',
    render: (b) => formatDuration(b.minutes),
    sortValue: (b) => b.minutes,
  },
];

const ACCRUAL_COLUMNS: Column<HolidayAccrualRow>[] = [
  {
    key: 'period',
    header: 'Pay period',
    rowHeader: true,
    render: (r) => `${formatDate(r.periodStart)} to ${formatDate(r.periodEnd)}`,
    sortValue: (r) => r.periodStart,
  },
  { key: 'worked', header: 'Hours worked', width: '9em', render: (r) => formatDuration(r.workedMinutes) },
  { key: 'accrued', header: 'Holiday accrued', width: '9em', render: (r) => formatDuration(r.accruedMinutes) },
  {
    key: 'sick',
    header: 'Of it, accrued while off sick',
    width: '11em',
    render: (r) => (r.onSickLeaveMinutes === 0 ? 'None' : formatDuration(r.onSickLeaveMinutes)),
  },
];

/** A worker's holiday this leave year: the basis, entitlement or accrual, leave taken and booked, and what is left. */
export function HolidayPanel({ staffId }: { staffId: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'staff.holiday', { id: staffId }));
  const h = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="the holiday">
      {h && (
        <Panel title={`Holiday, leave year ${formatDate(h.leaveYearStart)} to ${formatDate(h.leaveYearEnd)}`}>
          <SummaryList
            items={[
              { key: 'How holiday is worked out', value: basisText(h) },
              {
                key: h.basis === 'irregular' ? 'Accrued so far' : 'Entitlement this year',
                value: formatDuration(h.entitlementMinutes),
              },
              { key: 'A day’s leave', value: dayText(h) },
              { key: 'Taken', value: formatDuration(h.takenMinutes) },
              { key: 'Booked ahead', value: formatDuration(h.bookedMinutes) },
              { key: 'Left to book', value: hours(h.remainingMinutes) },
              {
                key: 'Asked for, not yet decided',
                value: h.requestedMinutes > 0 ? formatDuration(h.requestedMinutes) : 'Nothing',
              },
            ]}
          />
          <p className="muted">
            Leave is booked as annual leave on the worker’s availability and counts once approved.
          </p>
          <DataTable
            label="Leave this year"
            columns={BOOKING_COLUMNS}
            rows={h.bookings}
            rowKey={(b) => b.id}
            initialSort={{ key: 'dates', direction: 'asc' }}
            empty="No annual leave booked this leave year."
          />
          {h.basis === 'irregular' && (
            <>
              <h3>Holiday accrued per pay period</h3>
              <DataTable
                label="Holiday accrued per pay period"
                columns={ACCRUAL_COLUMNS}
                rows={h.accruals}
                rowKey={(r) => r.periodStart}
                initialSort={{ key: 'period', direction: 'asc' }}
                empty="No pay period exported this leave year yet."
              />
            </>
          )}
        </Panel>
      )}
    </QueryState>
  );
}
