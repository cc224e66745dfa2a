import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { Database } from '../db/schema';
import { appendAuditEntries } from '../services/audit/audit-log';
import {
  actorLabel,
  type AuditEntryInput,
  type BackendDeps,
  type CallOrigin,
  type CallerSession,
  type HandlerContext,
  type KioskCaller,
} from './context';

/** A handler context that also tells dispatch whether the handler audited its change. */
export interface TrackedHandlerContext extends HandlerContext {
  readonly audited: boolean;
}

/** Build the context a handler runs with. */
export function createHandlerContext(
  deps: BackendDeps,
  caller: CallerSession | null,
  origin: CallOrigin,
  actorOverride?: string,
  kiosk: KioskCaller | null = null,
): TrackedHandlerContext {
  let audited = false;
  return {
    deps,
    caller,
    kiosk,
    origin,
    get audited() {
      return audited;
    },
    async audit(db: Kysely<Database>, entry) {
      audited = true;
      const entries: readonly AuditEntryInput[] = Array.isArray(entry) ? entry : [entry as AuditEntryInput];
      const actor = actorOverride ?? actorLabel(caller, origin.transport, kiosk);
      await appendAuditEntries(
        db,
        deps.keys,
        deps.clock.now(),
        entries.map((e) => ({ ...e, actor: e.actor ?? actor })),
      );
    },
    requireCaller() {
      if (!caller) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', { reason: 'signed_out' });
      return caller;
    },
  };
}

/** A context for work the app does itself (demo set-up, command line), audited under the given actor. */
export function systemContext(deps: BackendDeps, actor: string): TrackedHandlerContext {
  return createHandlerContext(
    deps,
    null,
    { sessionToken: null, setSessionToken: () => undefined, transport: 'cli' },
    actor,
  );
}
