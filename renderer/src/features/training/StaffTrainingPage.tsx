import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { PageHeader, QueryState } from '@renderer/components/Layout';
import { TrainingOverviewView } from './TrainingOverviewView';
import './training.css';

/** One person's training, for managers, coordinators and trainers. */
export function StaffTrainingPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const editable = useHasRole('manager', 'trainer');
  const overview = useQuery(procedureQuery(api, 'training.overview', { staffId: id }));
  return (
    <QueryState isLoading={overview.isLoading} error={overview.error}>
      {overview.data && (
        <>
          <PageHeader title={overview.data.person.name} caption="Training" />
          <p>
            <Link to="/training">Back to training</Link>
          </p>
          <TrainingOverviewView overview={overview.data} editable={editable} />
        </>
      )}
    </QueryState>
  );
}
