import { AppError } from '@shared/contract/errors';
import type { Kiosk } from '@shared/domain/hub/kiosk';
import type { HandlerContext } from '@main/rpc/context';
import { endKioskSession, startKioskSession } from '../auth/kiosk-sessions';
import { endSession } from '../auth/sessions';

/** Kiosks running now. */
export async function listKiosks(ctx: HandlerContext): Promise<Kiosk[]> {
  const rows = await ctx.deps.db
    .selectFrom('kiosk_session')
    .select(['id', 'name', 'started_at', 'started_by'])
    .where('ended_at', 'is', null)
    .orderBy('started_at')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, startedAt: row.started_at, startedBy: row.started_by }));
}

/**
 * Turn the caller's window into the hub kiosk: their own session ends (nobody's account is left open at the front
 * desk) and the window holds a kiosk session instead, which reaches only the kiosk procedures.
 */
export async function startKiosk(ctx: HandlerContext, name: string): Promise<Kiosk> {
  const caller = ctx.requireCaller();
  const started = await ctx.deps.db.transaction().execute(async (trx) => {
    const kiosk = await startKioskSession(trx, ctx.deps, name, caller.username);
    await ctx.audit(trx, { action: 'hub.startKiosk', entity: 'kiosk', entityId: kiosk.id, outcome: 'success' });
    return kiosk;
  });
  await endSession(ctx.deps, caller.tokenHash);
  ctx.origin.setSessionToken(started.token);
  const kiosk = (await listKiosks(ctx)).find((k) => k.id === started.id);
  if (!kiosk) throw new AppError('NOT_FOUND', 'The kiosk did not start.');
  return kiosk;
}

/** End a kiosk from another screen; its window goes back to the sign-in page at its next call. */
export async function endKiosk(ctx: HandlerContext, id: string): Promise<Kiosk[]> {
  const caller = ctx.requireCaller();
  if (!(await listKiosks(ctx)).some((k) => k.id === id)) throw new AppError('NOT_FOUND', 'That kiosk is not running.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await endKioskSession(trx, id, ctx.deps.clock.now(), caller.username);
    await ctx.audit(trx, { action: 'hub.endKiosk', entity: 'kiosk', entityId: id, outcome: 'success' });
  });
  return listKiosks(ctx);
}
