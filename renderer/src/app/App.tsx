import { QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { HashRouter } from 'react-router';
import { createApiClient, type ApiClient } from '../api/api-client';
import { ApiProvider, useApi } from '../api/api-context';
import { invalidateForEvent } from '../api/event-invalidation';
import { procedureQuery } from '../api/queries';
import { createQueryClient } from '../api/query-client';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LockScreen } from '../features/auth/LockScreen';
import { SignInPage } from '../features/auth/SignInPage';
import { KioskScreen } from '../features/hub/kiosk/KioskScreen';
import { SetupPage } from '../features/setup/SetupPage';
import type { Transport } from '../transport/transport';
import { AppShell } from './AppShell';
import { SessionProvider, useSessionState } from './session-context';

// The signed-in pages load after sign-in, so the first screen (set-up, sign-in) opens from a small bundle.
const AppRoutes = lazy(() => import('./routes').then((m) => ({ default: m.AppRoutes })));

/** Decide what the window shows: first-run set-up, sign-in, the lock screen, a forced password change, or the app. */
function Gate() {
  const api = useApi();
  const setup = useQuery(procedureQuery(api, 'setup.status', {}));
  const { state, kiosk, refresh } = useSessionState();
  const queryClient = useQueryClient();

  // The kiosk is checked first: a kiosk window may not even read the set-up status.
  if (kiosk)
    return (
      <KioskScreen
        onExit={async () => {
          queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth.session' });
          await refresh();
        }}
      />
    );

  if (setup.isLoading || state === undefined)
    return (
      <p role="status" style={{ padding: 24 }}>
        Opening the store…
      </p>
    );
  if (setup.error) return <p role="alert">The app could not reach its store: {setup.error.message}</p>;
  const afterChange = async () => {
    await setup.refetch();
    await refresh();
    await queryClient.invalidateQueries();
  };
  if (!setup.data?.configured) return <SetupPage onDone={afterChange} />;
  if (state.state === 'signed_out')
    return <SignInPage branchName={setup.data.branch?.branchName ?? null} onSignedIn={afterChange} />;
  if (state.state === 'locked')
    return <LockScreen displayName={state.displayName} username={state.username} onChange={afterChange} />;
  if (state.session.mustChangePassword) return <ChangePasswordPage required onDone={afterChange} />;
  return (
    <AppShell>
      <Suspense fallback={<p role="status">Opening the page…</p>}>
        <AppRoutes />
      </Suspense>
    </AppShell>
  );
}

/** The whole renderer over a given transport (Electron IPC, HTTP, or in-process in component tests). */
export function App({ transport }: { transport: Transport }) {
  const [lockSignal, setLockSignal] = useState(0);
  const queryClient = useMemo(createQueryClient, []);
  const api: ApiClient = useMemo(() => createApiClient(transport, () => setLockSignal((n) => n + 1)), [transport]);

  useEffect(() => transport.onEvent((event) => invalidateForEvent(queryClient, event)), [transport, queryClient]);
  useEffect(() => {
    if (lockSignal > 0) void queryClient.invalidateQueries({ queryKey: ['auth.session'] });
  }, [lockSignal, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={api}>
        <SessionProvider>
          <HashRouter>
            <Gate />
          </HashRouter>
        </SessionProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
