import type { Envelope } from '@shared/contract/errors';
import { events as eventTable, type AppEvent } from '@shared/contract/events';
import { openDatabase, type Store } from './db/open-database';
import { systemClock, type Clock } from './platform/clock';
import { randomIds, type IdSource } from './platform/ids';
import { defaultKeys, type SecretKeys } from './platform/secret-keys';
import { defaultWitness, type WitnessStore } from './platform/witness-file';
import type { BackendDeps, CallOrigin } from './rpc/context';
import { dispatch, type InternalErrorSink } from './rpc/dispatch';
import { EventBus } from './rpc/event-bus';
import { advanceAuditWitness, startAuditWitness } from './services/audit/audit-witness';
import { resolveSession } from './services/auth/sessions';
import { flushThrottledAudits } from './services/auth/throttle-audit';
import { startHubHousekeeping } from './services/hub/housekeeping';
import { startBackupSchedule } from './services/backup/backup-schedule';
import type { Fetch } from './services/sync/council-client';
import { SummarySender, systemScheduler, type SyncScheduler } from './services/sync/sender';
import { startSyncSchedule } from './services/sync/sync-schedule';
import { defaultTokenStore, type BranchTokenStore } from './services/sync/token-store';

/** What a host passes to build the backend. Clock and ids are injectable for deterministic runs. */
export interface BackendOptions {
  dbPath: string;
  clock?: Clock;
  ids?: IdSource;
  /** Open an in-memory store from this serialized image instead of `dbPath` (tests start from a prebuilt demo). */
  image?: Buffer;
  /** Where unexpected errors are logged (stderr by default); they never reach a caller. */
  onInternalError?: InternalErrorSink;
  /** Secret keys kept outside the store; by default 0600 files beside it (in memory for `:memory:`). */
  keys?: SecretKeys;
  /** Where the audit log's witness is kept; by default a 0600 file beside the keys (in memory for `:memory:`). */
  witness?: WitnessStore;
  /** Where the council's branch token is kept; by default a 0600 file beside the keys (in memory for `:memory:`). */
  councilToken?: BranchTokenStore;
  /** How summaries reach the council (global fetch by default; tests pass a fake council). */
  councilFetch?: Fetch;
  /** Timers for the council sender (real, unref'd timers by default; tests fire them by hand). */
  councilScheduler?: SyncScheduler;
}

/** The backend both hosts wrap: one dispatch, one event stream, one store. Imports no electron. */
export interface Backend {
  deps: BackendDeps;
  store: Store;
  /** Call a procedure as the holder of `origin.sessionToken`. */
  call(origin: CallOrigin, name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Whether a token is an active session's (signed in, not idle-locked); only those may hold an event stream. */
  sessionActive(sessionToken: string | null): Promise<boolean>;
  /** Receive the events this session may read; re-checked per event since sessions lock and end. */
  subscribe(sessionToken: () => string | null, deliver: (event: AppEvent) => void): () => void;
  close(): Promise<void>;
}

/** The composition root used by the Electron main process, the browser host, the CLI and the tests. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const open = () =>
    openDatabase(options.dbPath, { now: () => clock.now(), ...(options.image ? { image: options.image } : {}) });
  let store = await open();
  // Calls wait while a restore swaps the store, so none reaches a closed one.
  let swapping: Promise<void> = Promise.resolve();
  const events = new EventBus();
  const tokens = options.councilToken ?? defaultTokenStore(options.dbPath);
  const sender = new SummarySender({
    // The store changes after a restore, so the sender reads it at each step.
    get db() {
      return store.db;
    },
    clock,
    tokens,
    scheduler: options.councilScheduler ?? systemScheduler,
    random: Math.random,
    ...(options.councilFetch ? { fetch: options.councilFetch } : {}),
    onChange: (change) => events.publish('sync.changed', { ids: [change.summaryId] }),
  });
  const deps: BackendDeps = {
    db: store.db,
    clock,
    ids: options.ids ?? randomIds,
    events,
    paths: { storePath: options.dbPath },
    keys: options.keys ?? defaultKeys(options.dbPath),
    witness: options.witness ?? defaultWitness(options.dbPath),
    store: {
      raw: () => store.raw,
      async replace(swap, undo) {
        if (options.dbPath === ':memory:') throw new Error('a store held in memory has no file to replace');
        let done!: () => void;
        swapping = new Promise((resolve) => (done = resolve));
        try {
          await store.close();
          try {
            swap();
            store = await open();
          } catch (error) {
            undo();
            store = await open();
            throw error;
          } finally {
            deps.db = store.db;
          }
        } finally {
          done();
        }
      },
    },
    council: { tokens, sender, fetch: options.councilFetch ?? ((input, init) => fetch(input, init)) },
  };
  const onInternalError: InternalErrorSink =
    options.onInternalError ?? ((procedure, error) => console.error(`[backend] ${procedure} failed:`, error));
  try {
    await startAuditWitness(deps);
  } catch (error) {
    await store.close();
    throw error;
  }
  // After each call has committed, this computer's record of the audit log's end moves with it. One move at a time:
  // two calls ending together must not write their heads out of order (the record would step back).
  let witnessing: Promise<void> = Promise.resolve();
  const witnessHead = () =>
    (witnessing = witnessing
      .then(() => advanceAuditWitness(deps))
      .catch((error: unknown) => onInternalError('audit witness', error)));
  // No-shows are released and forgotten sign-outs closed on reads too; the timer covers a hub nobody is looking at.
  const stopHousekeeping = startHubHousekeeping(deps, (error) => onInternalError('hub housekeeping', error));
  const stopBackups = startBackupSchedule(deps, (error) => onInternalError('automatic backup', error));
  const stopSync = startSyncSchedule(deps, (error) => onInternalError('council sync', error));

  return {
    deps,
    get store() {
      return store;
    },
    async call(origin, name, input) {
      await swapping;
      const envelope = await dispatch(deps, origin, name, input, onInternalError);
      await witnessHead();
      return envelope;
    },
    sessionActive: async (sessionToken) => (await resolveSession(deps, sessionToken)).state === 'active',
    subscribe(sessionToken, deliver) {
      return deps.events.subscribe((event) => {
        const allowed = eventTable[event.kind].roles;
        void resolveSession(deps, sessionToken()).then((session) => {
          if (session.state !== 'active') return;
          if (allowed.length === 0 || allowed.some((role) => session.caller.roles.includes(role))) deliver(event);
        });
      });
    },
    async close() {
      stopHousekeeping();
      stopBackups();
      stopSync();
      await flushThrottledAudits(deps).catch((error: unknown) => onInternalError('sign-in throttle', error));
      await witnessHead();
      await store.close();
    },
  };
}
