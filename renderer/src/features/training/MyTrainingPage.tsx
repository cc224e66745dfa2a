import { useQuery } from '@tanstack/react-query';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { formatInstant } from '@shared/domain/time/format';
import { TrainingOverviewView } from './TrainingOverviewView';
import './training.css';

/** A worker's own training: notices about their sessions, what is due, bookings, records and certificates. */
export function MyTrainingPage() {
  const api = useApi();
  const overview = useQuery(procedureQuery(api, 'training.mine', {}));
  const notices = useQuery(procedureQuery(api, 'notices.listMine', {}));
  const markRead = useProcedureMutation('notices.markRead');
  return (
    <>
      <PageHeader title="My training" caption="Your record, what is due and what you are booked on" />
      <ErrorSummary error={markRead.error} />
      {(notices.data ?? []).length > 0 && (
        <Panel title="Notices">
          <ul>
            {(notices.data ?? []).map((n) => (
              <li key={n.id} className={n.readAt ? undefined : 'notice--unread'}>
                {n.text} <span className="field__hint">{formatInstant(n.createdAt)}</span>{' '}
                {!n.readAt && (
                  <Button variant="link" onClick={() => markRead.mutate({ id: n.id })}>
                    Mark as read
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <QueryState isLoading={overview.isLoading} error={overview.error} what="your training">
        {overview.data && <TrainingOverviewView overview={overview.data} editable={false} />}
      </QueryState>
    </>
  );
}
