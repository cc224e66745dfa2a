import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole, useSession } from '@renderer/app/session-context';
import { PageHeader } from '@renderer/components/Layout';

/** The first screen after sign-in: who you are and the headline figures your role can see. */
export function HomePage() {
  const api = useApi();
  const session = useSession();
  const seesStaff = useHasRole('manager', 'coordinator', 'trainer');
  const active = useQuery({ ...procedureQuery(api, 'staff.list', { status: 'active', limit: 1 }), enabled: seesStaff });
  const archived = useQuery({
    ...procedureQuery(api, 'staff.list', { status: 'archived', limit: 1 }),
    enabled: seesStaff,
  });
  return (
    <>
      <PageHeader title={`Hello, ${session.displayName.split(' ')[0] ?? session.displayName}`} caption="Overview" />
      {seesStaff && (
        <div className="stat-grid">
          <div className="stat">
            <span className="stat__value">{active.data?.total ?? '–'}</span>
            <span className="stat__label">
              <Link to="/staff">active staff</Link>
            </span>
          </div>
          <div className="stat">
            <span className="stat__value">{archived.data?.total ?? '–'}</span>
            <span className="stat__label">archived records</span>
          </div>
        </div>
      )}
      {session.staffId && !seesStaff && (
        <p>
          <Link to={`/staff/${session.staffId}`}>Your staff record</Link>
        </p>
      )}
      {session.roles.includes('visitor') && <p>You are signed in as a visitor to this branch’s hub.</p>}
    </>
  );
}
