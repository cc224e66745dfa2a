import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { ROLE_LABELS } from '@shared/contract/roles';
import { useApi } from '../api/api-context';
import { Button } from '../components/Button';
import { NAV_ITEMS } from './navigation';
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
  const status = useQuery({ queryKey: ['setup.status', {}], queryFn: () => api.call('setup.status', {}) });
  const branch = status.data?.branch;
  const items = NAV_ITEMS.filter((item) => item.roles.some((role) => session.roles.includes(role)));

  const signOut = async () => {
    await api.call('auth.signOut', {});
    await refresh();
    // Nothing the previous person loaded may linger for the next one on a shared PC.
    queryClient.removeQueries({
      predicate: (query) => query.queryKey[0] !== 'auth.session' && query.queryKey[0] !== 'setup.status',
    });
  };

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
          <Button variant="secondary" onClick={() => void signOut()}>
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
              <NavLink to={item.path} end={item.path === '/'}>
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
