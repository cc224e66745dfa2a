import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { ROLE_LABELS } from '@shared/contract/roles';
import { useApi } from '../api/api-context';
import { procedureQuery, useProcedureMutation } from '../api/queries';
import { Button } from '../components/Button';
import { navFor } from './navigation';
import { useSession, useSessionState } from './session-context';
import { useClockRead } from './use-clock';
import './app-shell.css';

/** The signed-in frame: header with branch and person, the demo banner, role-filtered navigation, the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const api = useApi();
  const session = useSession();
  const { refresh } = useSessionState();
  const queryClient = useQueryClient();
  const clockRead = useClockRead();
  const status = useQuery(procedureQuery(api, 'setup.status', {}));
  const branch = status.data?.branch;
  const items = navFor(session.roles);

  const signOutCall = useProcedureMutation('auth.signOut');
  const signOut = () =>
    signOutCall.mutate(
      {},
      {
        onSuccess: async () => {
          await refresh();
          // Nothing the previous person loaded may linger for the next one on a shared PC.
          queryClient.removeQueries({
            predicate: (query) => query.queryKey[0] !== 'auth.session' && query.queryKey[0] !== 'setup.status',
          });
        },
      },
    );

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell__header">
        <div>
          <span className="shell__brand">Neighbourhood Hub</span>
          {branch && (
            <span className="shell__branch">
              {branch.branchName} · {branch.neighbourhood}
            </span>
          )}
        </div>
        <div className="shell__user">
          <span>
            {session.displayName} <span className="visually-hidden">signed in as</span>(
            {session.roles.map((r) => ROLE_LABELS[r]).join(', ')})
          </span>
          <Link className="shell__link" to="/my-password">
            Change password
          </Link>
          <Button variant="secondary" disabled={signOutCall.isPending} onClick={signOut}>
            Sign out
          </Button>
        </div>
      </header>
      {branch?.isDemo && (
        <div className="shell__demo" role="note">
          Demo data: everyone and everything here is made up. Do not enter real people’s details in this store.
        </div>
      )}
      <nav className="shell__nav" aria-label="Main">
        <ul>
          {items.map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === '/' || item.end === true}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="shell__main" id="main" tabIndex={-1}>
        {clockRead ? children : <p role="status">Opening the page…</p>}
      </main>
    </div>
  );
}
