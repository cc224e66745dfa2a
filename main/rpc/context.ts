import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Role } from '@shared/contract/roles';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import type { IdSource } from '../platform/ids';
import type { EventBus } from './event-bus';
import type { AuditInput } from '../services/audit/audit-log';
import type { SecretKeys } from '../platform/secret-keys';
import type { WitnessStore } from '../platform/witness-file';
import type { SummarySender } from '../services/sync/sender';
import type { BranchTokenStore } from '../services/sync/token-store';
import type { Fetch } from '../services/sync/council-client';

/** Everything a service needs from the composition root. */
export interface BackendDeps {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdSource;
  events: EventBus;
  /** Where the store lives (":memory:" in tests), for backups and attachments beside it. */
  paths: { storePath: string };
  /** Secret keys kept outside the store (the hub's booking passes, the audit chain's seal). */
  keys: SecretKeys;
  /** This computer's record, outside the store, of where the audit log had reached. */
  witness: WitnessStore;
  /** The open store itself, for backups and a restore's swap. */
  store: StoreAccess;
  /** Council sync: where the branch token is kept and the sender that drains the outbox. */
  council: CouncilSync;
}

/** What the council sync procedures use beside the store. */
export interface CouncilSync {
  tokens: BranchTokenStore;
  sender: SummarySender;
  /** The way out to the council for anything but sending summaries (asking which audit head it keeps). */
  fetch: Fetch;
}

/** The open store as backups and restores need it (everything else queries through `db`). */
export interface StoreAccess {
  /** The raw handle of the store open now (it changes after a restore). */
  raw(): BetterSqlite3.Database;
  /**
   * Close the store, let `swap` put another file in its place, and open that one: `db` and every later call use it.
   * If `swap` throws, or the new file will not open, `undo` puts the old one back and it is opened again.
   */
  replace(swap: () => void, undo: () => void): Promise<void>;
}

/** An audit entry as a handler gives it: the actor defaults to the caller. */
export type AuditEntryInput = Omit<AuditInput, 'actor'> & { actor?: string };

/** The signed-in person making a call, as resolved from their session. */
export interface CallerSession {
  tokenHash: string;
  accountId: string;
  username: string;
  displayName: string;
  roles: Role[];
  staffId: string | null;
  mustChangePassword: boolean;
  reauthUntil: string | null;
}

/** The hub's front-desk kiosk making a call, as resolved from its kiosk session. */
export interface KioskCaller {
  id: string;
  name: string;
  tokenHash: string;
}

/** What a host adapter supplies with each call: the raw session token and how to replace it. */
export interface CallOrigin {
  /** The session token this caller holds (cookie, window, or in-process variable), if any. */
  sessionToken: string | null;
  /** Give this caller a new token (sign-in) or take it away (sign-out). */
  setSessionToken(token: string | null): void;
  /** Which adapter carried the call, for the audit trail. */
  transport: 'http' | 'ipc' | 'in-process' | 'cli';
}

/** What a handler receives beside its parsed input. */
export interface HandlerContext {
  deps: BackendDeps;
  caller: CallerSession | null;
  /** The kiosk making the call (only for procedures the contract marks `kiosk`). */
  kiosk: KioskCaller | null;
  origin: CallOrigin;
  /**
   * Append to the audit log inside the handler's transaction (pass the transaction as `db`); several entries (one per
   * record a bulk change touched) are appended in order.
   */
  audit(db: Kysely<Database>, entry: AuditEntryInput | readonly AuditEntryInput[]): Promise<void>;
  /** The caller, who must be signed in (the dispatch guarantees it for non-public procedures). */
  requireCaller(): CallerSession;
}

/** How an actor is named in the audit log: the username, the kiosk, or who acted without one. */
export function actorLabel(
  caller: CallerSession | null,
  transport: CallOrigin['transport'],
  kiosk: KioskCaller | null = null,
): string {
  if (caller) return caller.username;
  if (kiosk) return `kiosk ${kiosk.name}`.slice(0, 80);
  return transport === 'cli' ? 'cli' : 'anonymous';
}
