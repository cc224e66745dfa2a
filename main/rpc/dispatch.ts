import { AppError, issuesFromZod, type Envelope, type Issue, type RpcErrorBody } from '@shared/contract/errors';
import { isProcedureName, procedures, type ProcedureName } from '@shared/contract/procedures';
import { appendAudit } from '../services/audit/audit-log';
import { resolveSession, touchSession } from '../services/auth/sessions';
import { resolveKiosk } from '../services/auth/kiosk-sessions';
import { actorLabel, type BackendDeps, type CallOrigin, type CallerSession, type KioskCaller } from './context';
import type { Handler } from './handler';
import { createHandlerContext } from './handler-context';
import { router } from './router';

/** Called with every unexpected error, for the host's log (never shown to the caller). */
export type InternalErrorSink = (procedure: string, error: unknown) => void;

function fail(
  code: RpcErrorBody['code'],
  message: string,
  extra?: { issues?: Issue[]; reason?: string },
): Envelope<never> {
  return { ok: false, error: { code, message, ...extra } };
}

// The store's own rules are the last line of defence; say which kind of rule refused, never the SQL.
function storeErrorEnvelope(error: unknown): Envelope<never> | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return fail('CONFLICT', 'That record already exists.');
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return fail('CONFLICT', 'That refers to a record that does not exist, or is still in use.');
  return fail('VALIDATION', 'A value was refused by the store’s rules. Check the form and try again.');
}

/**
 * The one dispatch: unknown → NOT_FOUND; no valid session → UNAUTHENTICATED; role → FORBIDDEN;
 * input → VALIDATION; then the handler. Every mutation's outcome is audited, success or not.
 * A kiosk session reaches the procedures marked `kiosk` and nothing else, public ones included (FORBIDDEN, `kiosk`).
 */
export async function dispatch(
  deps: BackendDeps,
  origin: CallOrigin,
  name: string,
  rawInput: unknown,
  onInternalError?: InternalErrorSink,
): Promise<Envelope<unknown>> {
  if (!isProcedureName(name)) return fail('NOT_FOUND', `There is no procedure called "${name.slice(0, 80)}".`);
  const def = procedures[name];
  let caller: CallerSession | null = null;
  let kiosk: KioskCaller | null = null;
  const auditRefusal = async (outcome: 'failure' | 'denied', detail: string) => {
    if (!def.mutation) return;
    try {
      await appendAudit(deps.db, deps.keys, deps.clock.now(), {
        actor: actorLabel(caller, origin.transport, kiosk),
        action: name,
        outcome,
        detail,
      });
    } catch (error) {
      onInternalError?.(name, error);
    }
  };

  try {
    const session = await resolveSession(deps, origin.sessionToken);
    if (session.state === 'active') caller = session.caller;
    if (session.state === 'none') kiosk = await resolveKiosk(deps, origin.sessionToken);
    if (kiosk && !def.kiosk) {
      await auditRefusal('denied', 'kiosk session');
      return fail('FORBIDDEN', 'This screen is the hub kiosk: it can only sign people in and out.', {
        reason: 'kiosk',
      });
    }
    if (!def.public && !kiosk) {
      if (session.state !== 'active') {
        await auditRefusal('denied', 'not signed in');
        return session.state === 'locked'
          ? fail('UNAUTHENTICATED', 'The screen locked after a period without use. Enter your password to carry on.', {
              reason: 'idle_locked',
            })
          : fail('UNAUTHENTICATED', 'Sign in to do this.', { reason: 'signed_out' });
      }
      const active = session.caller;
      if (!def.roles.some((role) => active.roles.includes(role))) {
        await auditRefusal('denied', 'role not allowed');
        return fail('FORBIDDEN', 'Your role does not allow this.', { reason: 'role' });
      }
      if (active.mustChangePassword && !name.startsWith('auth.')) {
        return fail('FORBIDDEN', 'Choose a new password before carrying on.', { reason: 'must_change_password' });
      }
      if (!def.passive) await touchSession(deps, active.tokenHash);
    }

    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      await auditRefusal('failure', 'invalid input');
      return fail('VALIDATION', 'Some of the information is not right. Check the fields marked.', {
        issues: issuesFromZod(parsed.error),
      });
    }

    const ctx = createHandlerContext(deps, caller, origin, undefined, kiosk);
    const handler = router[name] as Handler<ProcedureName>;
    const value = await handler(parsed.data as never, ctx);
    if (def.mutation && !ctx.audited) {
      await appendAudit(deps.db, deps.keys, deps.clock.now(), {
        actor: actorLabel(caller, origin.transport, kiosk),
        action: name,
        outcome: 'success',
      });
    }
    // Parsing the output strips anything the contract does not name, so nothing extra leaks to a caller; a caller
    // without the roles that see the full answer gets it parsed by the narrower schema the contract names for them.
    const narrow = def.narrowOutput;
    const fullView = narrow === undefined || narrow.unlessRoles.some((role) => caller?.roles.includes(role) === true);
    const output = (fullView ? def.output : narrow.schema).safeParse(value);
    if (!output.success) {
      onInternalError?.(name, new Error(`output of ${name} does not match the contract: ${output.error.message}`));
      return fail('INTERNAL', 'Something went wrong on our side. The error has been logged.');
    }
    return { ok: true, value: output.data };
  } catch (error) {
    if (error instanceof AppError) {
      if (!error.audited) await auditRefusal(error.code === 'FORBIDDEN' ? 'denied' : 'failure', error.code);
      return { ok: false, error: error.toBody() };
    }
    const store = storeErrorEnvelope(error);
    if (store) {
      await auditRefusal('failure', store.ok ? '' : store.error.code);
      return store;
    }
    onInternalError?.(name, error);
    await auditRefusal('failure', 'INTERNAL');
    return fail('INTERNAL', 'Something went wrong on our side. The error has been logged.');
  }
}
