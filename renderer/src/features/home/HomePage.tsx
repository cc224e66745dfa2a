import { useSession } from '@renderer/app/session-context';
import { useToday } from '@renderer/app/use-clock';
import { PageHeader } from '@renderer/components/Layout';
import { formatDate } from '@shared/domain/time/format';
import { CoordinatorHome } from './CoordinatorHome';
import { homeRoleOf } from './home-role';
import { ManagerHome } from './ManagerHome';
import { TrainerHome } from './TrainerHome';
import { VisitorHome } from './VisitorHome';
import { WorkerHome } from './WorkerHome';
import './home.css';

/** The first screen after sign-in: what the person's role needs today. */
export function HomePage() {
  const session = useSession();
  const today = useToday();
  const role = homeRoleOf(session.roles);
  const firstName = session.displayName.split(' ')[0] ?? session.displayName;
  return (
    <>
      <PageHeader title={`Hello, ${firstName}`} caption={formatDate(today)} />
      {role === 'manager' && <ManagerHome />}
      {role === 'coordinator' && <CoordinatorHome />}
      {role === 'trainer' && <TrainerHome />}
      {role === 'worker' &&
        (session.staffId === null ? (
          <p>Your account is not linked to a staff record, so there is no week or training to show.</p>
        ) : (
          <WorkerHome staffId={session.staffId} />
        ))}
      {role === 'visitor' && <VisitorHome />}
    </>
  );
}
