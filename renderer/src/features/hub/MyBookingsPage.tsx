import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { BOOKING_STATUS_LABELS, PERIOD_LABELS, type Booking } from '@shared/domain/hub/bookings';
import { formatDate } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { PageHeader, QueryState } from '@renderer/components/Layout';
import { BookingDetail } from './BookingDetail';
import './hub.css';

/** The person's own bookings from today: open one to see its pass, add it to a calendar or cancel it. */
export function MyBookingsPage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'hub.myBookings', { from: null }));
  const [openId, setOpenId] = useState<string | null>(null);
  const open = query.data?.find((b) => b.id === openId) ?? null;
  const columns: Column<Booking>[] = [
    { key: 'date', header: 'Date', width: '11em', render: (b) => formatDate(b.date), sortValue: (b) => b.date },
    { key: 'period', header: 'When', width: '8em', render: (b) => PERIOD_LABELS[b.period] },
    { key: 'space', header: 'Space', rowHeader: true, render: (b) => b.spaceName },
    { key: 'floor', header: 'Floor', render: (b) => b.floorName },
    { key: 'status', header: 'Status', width: '10em', render: (b) => BOOKING_STATUS_LABELS[b.status] },
    {
      key: 'open',
      header: 'Pass and changes',
      width: '12em',
      render: (b) => (
        <Button
          variant="link"
          aria-label={`Open ${b.spaceName} on ${formatDate(b.date)}`}
          onClick={() => setOpenId(b.id)}
        >
          Open
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title="Your bookings"
        caption="The hub"
        actions={
          <Link className="button button--secondary" to="/hub">
            Book a desk or room
          </Link>
        }
      />
      <QueryState isLoading={query.isLoading} error={query.error} what="your bookings">
        {open && <BookingDetail booking={open} onClosed={() => setOpenId(null)} />}
        <DataTable
          label="Your bookings"
          columns={columns}
          rows={query.data ?? []}
          rowKey={(b) => b.id}
          empty="You have no bookings from today on."
        />
      </QueryState>
    </>
  );
}
