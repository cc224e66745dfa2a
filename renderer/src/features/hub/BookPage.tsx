import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { PERIOD_LABELS, SLOT_STATE_LABELS, type Period } from '@shared/domain/hub/bookings';
import { MIDDAY_MINUTE } from '@shared/domain/hub/rules';
import { SPACE_KIND_LABELS, type Space } from '@shared/domain/hub/setup';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { addDays } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { useToday } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { canBook, planMarkOf, type SpaceSlots } from './availability-words';
import { BookFor } from './BookFor';
import { FloorPlan } from './FloorPlan';
import { FEATURE_OPTIONS, featuresOf, featureWords, SPACE_KIND_OPTIONS } from './hub-options';
import './hub.css';

interface Row {
  space: Space;
  floorName: string;
  slots: SpaceSlots;
}

const PERIODS: readonly Period[] = ['morning', 'afternoon', 'day'];

/** The buttons that book one space for a morning, an afternoon or the day; only the free choices show. */
function BookButtons({ row, pending, onBook }: { row: Row; pending: boolean; onBook: (period: Period) => void }) {
  const free = PERIODS.filter((period) => canBook(row.slots, period));
  if (free.length === 0) return <span className="muted">Nothing free</span>;
  return (
    <div className="hub-row-buttons">
      {free.map((period) => (
        <Button
          key={period}
          variant="secondary"
          disabled={pending}
          aria-label={`Book ${PERIOD_LABELS[period].toLowerCase()} at ${row.space.name}`}
          onClick={() => onBook(period)}
        >
          {PERIOD_LABELS[period]}
        </Button>
      ))}
    </div>
  );
}

/**
 * A visitor's booking page: a day's spaces, free or not, as a plan (where spaces are placed) and a list filtered by
 * kind and feature; one press books a morning, an afternoon or the day.
 */
export function BookPage() {
  const api = useApi();
  const today = useToday();
  const [date, setDate] = useState(today);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [booked, setBooked] = useState<string | null>(null);
  // Coordinators and managers book for anyone; '' is themselves.
  const managesBookings = useHasRole('manager', 'coordinator');
  const [forAccountId, setForAccountId] = useState('');
  const setup = useQuery(procedureQuery(api, 'hub.setup', {}));
  const availability = useQuery({ ...procedureQuery(api, 'hub.availability', { date }), enabled: date !== '' });
  const book = useProcedureMutation('hub.book');

  const floors = setup.data?.floors ?? [];
  const slotsById = new Map((availability.data?.spaces ?? []).map((s) => [s.spaceId, s]));
  const rows: Row[] = (setup.data?.spaces ?? []).flatMap((space) => {
    const slots = slotsById.get(space.id);
    const floorName = floors.find((f) => f.id === space.floorId)?.name ?? '';
    return slots ? [{ space, floorName, slots }] : [];
  });
  const shownRows = chosenId ? rows.filter((row) => row.space.id === chosenId) : rows;

  const onBook = (row: Row, period: Period) => {
    setBooked(null);
    book.mutate(
      { spaceId: row.space.id, date, period, forAccountId: forAccountId === '' ? null : forAccountId },
      {
        onSuccess: (b) => {
          const whom = forAccountId === '' ? 'you' : b.forName;
          const when = PERIOD_LABELS[b.period].toLowerCase();
          setBooked(`${b.spaceName} is booked for ${whom} on ${formatDate(b.date)}, ${when}.`);
        },
      },
    );
  };

  const columns: Column<Row>[] = [
    { key: 'name', header: 'Space', rowHeader: true, render: (r) => r.space.name, sortValue: (r) => r.space.name },
    { key: 'floor', header: 'Floor', width: '9em', render: (r) => r.floorName },
    { key: 'kind', header: 'Kind', width: '10em', render: (r) => SPACE_KIND_LABELS[r.space.kind] },
    { key: 'seats', header: 'Seats', width: '5em', render: (r) => r.space.capacity },
    { key: 'features', header: 'Features', render: (r) => featureWords(r.space.features) },
    { key: 'morning', header: 'Morning', width: '8em', render: (r) => SLOT_STATE_LABELS[r.slots.morning] },
    { key: 'afternoon', header: 'Afternoon', width: '8em', render: (r) => SLOT_STATE_LABELS[r.slots.afternoon] },
    {
      key: 'book',
      header: 'Book',
      width: '19em',
      render: (r) => <BookButtons row={r} pending={book.isPending} onBook={(period) => onBook(r, period)} />,
    },
  ];

  const day = availability.data;
  return (
    <>
      <PageHeader
        title="Book a desk or room"
        caption="The hub"
        actions={
          <>
            <Link className="button button--secondary" to="/hub/series">
              Book every week
            </Link>
            <Link className="button button--secondary" to="/hub/bookings">
              Your bookings
            </Link>
          </>
        }
      />
      <div className="hub-day">
        <Button variant="secondary" onClick={() => setDate((d) => addDays(d, -1))} disabled={date <= today}>
          Previous day
        </Button>
        <div className="field">
          <label className="field__label" htmlFor="hub-book-date">
            Day
          </label>
          <input
            id="hub-book-date"
            className="input input--narrow"
            type="date"
            min={today}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <Button variant="secondary" onClick={() => setDate((d) => addDays(d, 1))} disabled={date === ''}>
          Next day
        </Button>
        {managesBookings && <BookFor value={forAccountId} onChange={setForAccountId} />}
      </div>
      {booked && <Banner tone="success">{booked}</Banner>}
      {book.error && (
        <Banner tone="error" title="That booking was not made.">
          {book.error.message}
        </Banner>
      )}
      <QueryState
        isLoading={setup.isLoading || availability.isLoading}
        error={setup.error ?? availability.error}
        what="the free spaces"
      >
        {day && !day.open && (
          <Banner tone="warning" title={`The hub is closed on ${formatDate(day.date)}.`}>
            {day.closedReason ?? 'Choose another day.'}
          </Banner>
        )}
        {day?.open && (
          <>
            <p>
              {formatDate(day.date)}: open
              {day.openMinute !== null && day.closeMinute !== null
                ? ` ${formatMinute(day.openMinute)} to ${formatMinute(day.closeMinute)}`
                : ''}
              . Mornings end at {formatMinute(MIDDAY_MINUTE)}.
            </p>
            {floors.length > 0 && (
              <Panel title="Floor plan">
                <p className="hub-legend" aria-hidden="true">
                  <span className="hub-legend__free">Free</span>
                  <span className="hub-legend__part">Free for half the day</span>
                  <span className="hub-legend__taken">Booked</span>
                  <span className="hub-legend__yours">Yours</span>
                </p>
                <p>Choose a space on the plan to see only it in the list below.</p>
                <div className="floor-plans">
                  {floors.map((floor) => (
                    <FloorPlan
                      key={floor.id}
                      floor={floor}
                      spaces={rows.filter((r) => r.space.floorId === floor.id).map((r) => r.space)}
                      markOf={(space) => planMarkOf(slotsById.get(space.id))}
                      chosenId={chosenId}
                      onChoose={(space) => setChosenId((current) => (current === space.id ? null : space.id))}
                    />
                  ))}
                </div>
              </Panel>
            )}
            {chosenId && (
              <p>
                <Button variant="link" onClick={() => setChosenId(null)}>
                  Show every space again
                </Button>
              </p>
            )}
            <DataTable
              label="Spaces"
              columns={columns}
              rows={shownRows}
              rowKey={(r) => r.space.id}
              initialSort={{ key: 'name', direction: 'asc' }}
              filters={[
                {
                  key: 'kind',
                  label: 'Kind',
                  allLabel: 'Any kind',
                  options: SPACE_KIND_OPTIONS,
                  value: (r) => r.space.kind,
                },
                {
                  key: 'feature',
                  label: 'Has',
                  allLabel: 'Any features',
                  options: FEATURE_OPTIONS,
                  value: (r) => featuresOf(r.space.features),
                },
              ]}
              empty="The hub has no spaces to book yet."
            />
          </>
        )}
      </QueryState>
    </>
  );
}
