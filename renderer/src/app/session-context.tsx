import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from '@shared/contract/roles';
import type { SessionInfo, SessionState } from '@shared/domain/auth/accounts';
import { ApiError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { procedureQuery } from '../api/queries';

interface SessionContextValue {
  state: SessionState | undefined;
  /** This window is the hub's front-desk kiosk: the backend refuses it everything but the kiosk procedures. */
  kiosk: boolean;
  /** Re-read the session (after sign-in, unlock, a lock reported by a call). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

// How often the shell asks whether the backend has locked the session; the call is passive, so it never keeps a
// session awake.
const LOCK_POLL_MS = 20_000;

/** Holds this window's session state; the backend is the authority, the renderer only mirrors it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useQuery({ ...procedureQuery(api, 'auth.session', {}), refetchInterval: LOCK_POLL_MS });
  const value: SessionContextValue = {
    state: query.data,
    kiosk: query.error instanceof ApiError && query.error.reason === 'kiosk',
    refresh: async () => {
      await queryClient.invalidateQueries({ queryKey: ['auth.session'] });
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session state and a way to refresh it. */
export function useSessionState(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionState outside SessionProvider');
  return value;
}

/** The signed-in person (only inside the signed-in shell). */
export function useSession(): SessionInfo {
  const { state } = useSessionState();
  if (state?.state !== 'active') throw new Error('useSession without an active session');
  return state.session;
}

/** Whether the signed-in person holds any of the roles. */
export function useHasRole(...roles: Role[]): boolean {
  const session = useSession();
  return roles.some((role) => session.roles.includes(role));
}
