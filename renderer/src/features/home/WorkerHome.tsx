import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { WorkerHome as WorkerHomeData } from '@shared/domain/home/home';
import { formatDate, formatMinute, formatWeekInSentence } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState, Tag } from '@renderer/components/Layout';
import { InvitedMeetings } from '@renderer/features/team-meetings/InvitedMeetings';
import { HomeStats } from './home-parts';

type Due = WorkerHomeData['trainingDue'][number];

// Today and the next working day in full; the days after as one line each, so the page stays short.
const DAYS_IN_FULL = 2;

const DUE_COLUMNS: Column<Due>[] = [
  { key: 'course', header: 'Course', rowHeader: true, render: (d) => d.courseName },
  { key: 'status', header: 'Status', render: (d) => d.label },
  {
    key: 'expires',
    header: 'Expires',
    width: '10em',
    render: (d) => (d.expiresOn === null ? 'Not held' : formatDate(d.expiresOn)),
  },
];

/** A worker's home: their week, their training due and their step on the career pathway. */
export function WorkerHome({ staffId }: { staffId: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'home.worker', {}));
  const home = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="your overview">
      {home && (
        <>
          <HomeStats
            label="Your week at a glance"
            stats={[
              {
                value: home.week.published ? home.week.visits.length : '–',
                label: home.week.published ? 'visits this week' : 'this week’s rota is not published yet',
                to: '/my-rota',
              },
              {
                value: home.week.visits.filter((v) => v.date === home.today).length,
                label: 'visits today',
                to: '/my-rota',
              },
              { value: home.trainingDue.length, label: 'courses due', to: '/my-training' },
              { value: home.trainingBooked.length, label: 'training sessions booked', to: '/my-training' },
            ]}
          />
          <div className="home-grid">
            <div>
              <Panel title="Your week">
                <WeekList home={home} />
                <p>
                  <Link to="/my-rota">Open my rota</Link>
                </p>
              </Panel>
              <InvitedMeetings title="Your team meetings" />
            </div>
            <div>
              <Panel title="Your training">
                {home.trainingDue.length === 0 ? (
                  <p>All your required training is up to date.</p>
                ) : (
                  <DataTable
                    label="Training due"
                    columns={DUE_COLUMNS}
                    rows={home.trainingDue}
                    rowKey={(d) => d.courseId}
                  />
                )}
                {home.trainingBooked.length > 0 && (
                  <>
                    <h3>Booked</h3>
                    <ul className="home-list">
                      {home.trainingBooked.map((s) => (
                        <li key={s.id}>
                          {s.courseName}, {formatDate(s.date)} at {formatMinute(s.startMinute)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p>
                  <Link to="/my-training">Open my training</Link>
                </p>
              </Panel>
              <Panel title="Your career pathway">
                <PathwayStep pathway={home.pathway} />
                <p>
                  <Link to={`/pathway/staff/${staffId}`}>Open my pathway</Link>
                </p>
              </Panel>
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}

function WeekList({ home }: { home: WorkerHomeData }) {
  if (!home.week.published)
    return <p>Your rota for the {formatWeekInSentence(home.week.isoWeek)} has not been published yet.</p>;
  if (home.week.visits.length === 0) return <p>You have no visits this week.</p>;
  const days = [...new Set(home.week.visits.map((v) => v.date))].filter((d) => d >= home.today);
  if (days.length === 0) return <p>You have no more visits this week.</p>;
  const visitsOn = (day: string) => home.week.visits.filter((v) => v.date === day);
  const later = days.slice(DAYS_IN_FULL);
  return (
    <>
      {days.slice(0, DAYS_IN_FULL).map((day) => (
        <section key={day} aria-label={formatDate(day)}>
          <h3>
            {formatDate(day)} {day === home.today && <Tag>Today</Tag>}
          </h3>
          <ul className="home-list">
            {visitsOn(day).map((v) => (
              <li key={v.visitId}>
                <strong>
                  {formatMinute(v.startMinute)}–{formatMinute(v.startMinute + v.durationMinutes)}
                </strong>{' '}
                {v.clientName}, {v.address}
                {v.coWorkerNames.length > 0 && ` (with ${v.coWorkerNames.join(' and ')})`}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {later.length > 0 && (
        <>
          <h3>Later this week</h3>
          <ul className="home-list">
            {later.map((day) => {
              const visits = visitsOn(day);
              const last = visits[visits.length - 1];
              return (
                <li key={day}>
                  {formatDate(day)}: {visits.length} {visits.length === 1 ? 'visit' : 'visits'},{' '}
                  {formatMinute(visits[0]?.startMinute ?? 0)} to{' '}
                  {formatMinute((last?.startMinute ?? 0) + (last?.durationMinutes ?? 0))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

function PathwayStep({ pathway }: { pathway: WorkerHomeData['pathway'] }) {
  if (pathway.stepName === null) return <p>You have not been placed on a pathway step yet.</p>;
  return (
    <>
      <p>
        You are a <strong>{pathway.stepName}</strong>
        {pathway.since !== null && ` since ${formatDate(pathway.since)}`}.
      </p>
      {pathway.next !== null && (
        <p>
          Next step: {pathway.next.stepName}.{' '}
          {pathway.next.ready
            ? 'You meet everything it asks for.'
            : `${pathway.next.metCount} of the ${pathway.next.itemCount} things it asks for are done.`}
        </p>
      )}
    </>
  );
}
