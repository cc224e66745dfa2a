import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { VENUE_LABELS, type TrainingSession } from '@shared/domain/training/sessions';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState, Tag } from '@renderer/components/Layout';
import { HomeStats } from './home-parts';
import { TrainingExpiry } from './TrainingExpiry';

const registerLink = (s: TrainingSession) => (
  <Link to={`/training/sessions/${s.id}/register`}>{s.registerSubmitted ? 'View register' : 'Open register'}</Link>
);

const TODAY_COLUMNS: Column<TrainingSession>[] = [
  {
    key: 'time',
    header: 'Time',
    width: '8em',
    render: (s) => `${formatMinute(s.startMinute)}–${formatMinute(s.startMinute + s.durationMinutes)}`,
  },
  { key: 'course', header: 'Course', rowHeader: true, render: (s) => s.courseName },
  { key: 'venue', header: 'Where', render: (s) => s.venueDetail ?? VENUE_LABELS[s.venue] },
  { key: 'booked', header: 'Booked', width: '6em', render: (s) => `${s.booked} of ${s.capacity}` },
  {
    key: 'register',
    header: 'Register',
    width: '9em',
    render: (s) => (s.registerSubmitted ? <Tag tone="green">Submitted</Tag> : registerLink(s)),
  },
];

const OVERDUE_COLUMNS: Column<TrainingSession>[] = [
  { key: 'date', header: 'Held on', width: '10em', render: (s) => formatDate(s.date) },
  { key: 'course', header: 'Course', rowHeader: true, render: (s) => s.courseName },
  { key: 'booked', header: 'Booked', width: '6em', render: (s) => s.booked },
  { key: 'register', header: 'Register', width: '9em', render: registerLink },
];

/** The trainer's home: today's sessions, registers still to submit, and what expires, by course. */
export function TrainerHome() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'home.trainer', {}));
  const home = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="your overview">
      {home && (
        <>
          <HomeStats
            label="Today at a glance"
            stats={[
              { value: home.sessionsToday.length, label: 'sessions today', to: '/training' },
              { value: home.registersToSubmit.length, label: 'registers to submit', to: '/training' },
              {
                value: home.expiringByCourse.reduce((n, c) => n + c.expired, 0),
                label: 'required courses expired',
                to: '/training',
              },
              {
                value: home.expiringByCourse.reduce((n, c) => n + c.unbooked, 0),
                label: 'renewals not booked',
                to: '/training',
              },
            ]}
          />
          <div className="home-grid">
            <div>
              <Panel title="Today’s sessions">
                {home.sessionsToday.length === 0 ? (
                  <p>No training sessions today.</p>
                ) : (
                  <DataTable
                    label="Today’s sessions"
                    columns={TODAY_COLUMNS}
                    rows={home.sessionsToday}
                    rowKey={(s) => s.id}
                  />
                )}
              </Panel>
              <Panel title="Registers to submit">
                {home.registersToSubmit.length === 0 ? (
                  <p>Every register from the last 90 days is submitted.</p>
                ) : (
                  <DataTable
                    label="Registers to submit"
                    columns={OVERDUE_COLUMNS}
                    rows={home.registersToSubmit}
                    rowKey={(s) => s.id}
                    maxHeight={300}
                  />
                )}
              </Panel>
            </div>
            <div>
              <Panel title="Training expiring">
                <TrainingExpiry byCourse={home.expiringByCourse} />
              </Panel>
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}
