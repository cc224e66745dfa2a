import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../components/Layout';
import { mayUse, type PagePath } from './page-roles';
import { useSession } from './session-context';

/** Draw a page only for the roles it is for; anyone else is told plainly and pointed home. */
export function RoleGate({ path, children }: { path: PagePath; children: ReactNode }) {
  const session = useSession();
  if (mayUse(path, session.roles)) return <>{children}</>;
  return (
    <>
      <PageHeader title="You do not have access to this page" />
      <p>Your role does not include this page. If you need it, ask the branch manager.</p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </>
  );
}
