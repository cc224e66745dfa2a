import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BOOKING_STATUS_LABELS, PERIOD_LABELS, type Booking } from '@shared/domain/hub/bookings';
import { PRESENCE_KIND_LABELS, type BuildingPerson } from '@shared/domain/hub/safety';
import { formatTimeOfInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, Panel, QueryState } from '@renderer/components/Layout';
import { count } from './home-parts';

// The building list changes as people come and go at the kiosk; the panel asks again as often as its page does.
const BUILDING_POLL_MS = 15_000;

const PEOPLE_COLUMNS: Column<BuildingPerson>[] = [
  { key: 'name', header: 'Name', rowHeader: true, render: (p) => p.name },
  {
    key: 'who',
    header: 'Who',
    render: (p) => [PRESENCE_KIND_LABELS[p.kind], p.organisationName].filter(Boolean).join(', '),
  },
  { key: 'in', header: 'Came in', width: '6em', render: (p) => formatTimeOfInstant(p.signedInAt) },
];

const BOOKING_COLUMNS: Column<Booking>[] = [
  { key: 'space', header: 'Space', rowHeader: true, render: (b) => b.spaceName },
  { key: 'when', header: 'When', width: '7em', render: (b) => PERIOD_LABELS[b.period] },
  { key: 'for', header: 'For', render: (b) => b.forName },
  { key: 'status', header: 'Status', width: '8em', render: (b) => BOOKING_STATUS_LABELS[b.status] },
];

/**
 * The hub on a manager's or coordinator's home page: who is in the building now, today's bookings, and the people
 * who forgot to sign out and are still to record, each with a link to the page that deals with it.
 */
export function HubToday() {
  const api = useApi();
  const today = useToday();
  const building = useQuery({ ...procedureQuery(api, 'hub.building', {}), refetchInterval: BUILDING_POLL_MS });
  const bookings = useQuery(procedureQuery(api, 'hub.bookings', { from: today, to: today }));
  const departures = useQuery(procedureQuery(api, 'hub.forgottenDepartures', {}));
  const people = building.data?.floors.flatMap((f) => f.people) ?? [];
  const live = (bookings.data ?? []).filter((b) => b.status !== 'cancelled');
  const toRecord = departures.data?.toRecord.length ?? 0;
  return (
    <>
      <Panel title="In the building now">
        <QueryState isLoading={building.isLoading} error={building.error} what="who is in the building">
          {building.data?.evacuation && (
            <Banner tone="error" title="A roll call is open.">
              <Link to="/hub/building">Open the roll call</Link>
            </Banner>
          )}
          <p>
            {people.length === 0
              ? 'Nobody is signed in at the hub.'
              : `${count(people.length, 'person is', 'people are')} signed in at the hub.`}
          </p>
          {people.length > 0 && (
            <DataTable
              label="In the building now"
              columns={PEOPLE_COLUMNS}
              rows={people}
              rowKey={(p) => p.presenceId}
              maxHeight={240}
            />
          )}
          <p>
            <Link to="/hub/building">Who is in the building</Link>
          </p>
        </QueryState>
      </Panel>
      <Panel title="Hub bookings today">
        <QueryState isLoading={bookings.isLoading} error={bookings.error} what="today’s hub bookings">
          {live.length === 0 ? (
            <p>No desks or rooms are booked today.</p>
          ) : (
            <DataTable
              label="Hub bookings today"
              columns={BOOKING_COLUMNS}
              rows={live}
              rowKey={(b) => b.id}
              maxHeight={240}
            />
          )}
          <p>
            <Link to="/hub">Book a desk or room</Link>
          </p>
        </QueryState>
      </Panel>
      <Panel title="Forgotten sign-outs">
        <QueryState isLoading={departures.isLoading} error={departures.error} what="the forgotten sign-outs">
          <p>
            {toRecord === 0
              ? 'Everyone who forgot to sign out has their leaving time recorded.'
              : `${count(toRecord, 'person', 'people')} forgot to sign out and ${
                  toRecord === 1 ? 'is' : 'are'
                } still to record. `}
            {toRecord > 0 && <Link to="/hub/departures">Record when they left</Link>}
          </p>
        </QueryState>
      </Panel>
    </>
  );
}
