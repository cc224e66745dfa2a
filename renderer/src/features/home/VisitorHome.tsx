import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BOOKING_STATUS_LABELS, PERIOD_LABELS, type Booking } from '@shared/domain/hub/bookings';
import { formatDate } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState } from '@renderer/components/Layout';

const BOOKING_COLUMNS: Column<Booking>[] = [
  { key: 'date', header: 'Date', width: '11em', render: (b) => formatDate(b.date) },
  { key: 'period', header: 'When', width: '8em', render: (b) => PERIOD_LABELS[b.period] },
  { key: 'space', header: 'Space', rowHeader: true, render: (b) => b.spaceName },
  { key: 'floor', header: 'Floor', render: (b) => b.floorName },
  { key: 'status', header: 'Status', width: '8em', render: (b) => BOOKING_STATUS_LABELS[b.status] },
];

/** A hub visitor's home: their coming bookings at the hub. */
export function VisitorHome() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'home.visitor', {}));
  const home = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="your bookings">
      {home && (
        <Panel title="Your bookings at the hub">
          {home.bookings.length === 0 ? (
            <p>You have no bookings at the hub from {formatDate(home.today)} on.</p>
          ) : (
            <DataTable label="Your bookings" columns={BOOKING_COLUMNS} rows={home.bookings} rowKey={(b) => b.id} />
          )}
          <p className="button-row">
            <Link className="button" to="/hub">
              Book a desk or room
            </Link>
            <Link className="button button--secondary" to="/hub/bookings">
              Your bookings and passes
            </Link>
          </p>
        </Panel>
      )}
    </QueryState>
  );
}
