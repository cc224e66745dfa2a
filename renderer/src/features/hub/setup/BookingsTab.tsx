import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BOOKING_STATUS_LABELS, PERIOD_LABELS, type Booking } from '@shared/domain/hub/bookings';
import { formatDate } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, QueryState } from '@renderer/components/Layout';

/** Everyone's bookings on a day (today first), with cancelling one after asking. */
export function BookingsTab() {
  const api = useApi();
  const today = useToday();
  const [date, setDate] = useState(today);
  const query = useQuery({ ...procedureQuery(api, 'hub.bookings', { from: date, to: date }), enabled: date !== '' });
  const cancel = useProcedureMutation('hub.cancelBooking');
  const columns: Column<Booking>[] = [
    { key: 'space', header: 'Space', rowHeader: true, render: (b) => b.spaceName, sortValue: (b) => b.spaceName },
    { key: 'period', header: 'When', width: '8em', render: (b) => PERIOD_LABELS[b.period] },
    { key: 'for', header: 'For', render: (b) => b.forName, sortValue: (b) => b.forName },
    { key: 'organisation', header: 'Organisation', render: (b) => b.organisationName ?? 'Branch staff' },
    { key: 'status', header: 'Status', width: '10em', render: (b) => BOOKING_STATUS_LABELS[b.status] },
    {
      key: 'cancel',
      header: 'Cancel',
      width: '14em',
      render: (b) =>
        b.status === 'booked' ? (
          <ConfirmAction
            label={`Cancel ${b.spaceName} for ${b.forName}`}
            confirmLabel="Yes, cancel the booking"
            title={`Cancel ${b.forName}’s booking of ${b.spaceName}?`}
            pending={cancel.isPending}
            onConfirm={() => cancel.mutate({ bookingId: b.id, wholeSeries: false })}
          >
            <p>The space is freed for others. Tell {b.forName} it is cancelled.</p>
          </ConfirmAction>
        ) : null,
    },
  ];
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor="hub-bookings-date">
          Day
        </label>
        <input
          id="hub-bookings-date"
          className="input input--narrow"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      {cancel.error && <Banner tone="error">{cancel.error.message}</Banner>}
      <QueryState isLoading={query.isLoading} error={query.error} what="the bookings">
        <DataTable
          label={`Bookings on ${date ? formatDate(date) : 'the day'}`}
          columns={columns}
          rows={query.data ?? []}
          rowKey={(b) => b.id}
          empty="No bookings that day."
        />
      </QueryState>
    </>
  );
}
