import { AppError } from '@shared/contract/errors';
import type { PublishInput, RotaChange, RotaWeekView } from '@shared/domain/rota-board/board';
import { sendNotices } from '@main/services/notices/send-notices';
import { weekPublishedNotices } from './rota-notices';
import { weekStamp } from './week-stamp';
import { findClients } from '@main/services/clients/client-queries';
import { staffNames } from '@main/services/staff/staff-queries';
import { findWeek, listChanges } from './rota-week-queries';
import { breachesCausedByPlan } from './plan-breaches';
import type { HandlerContext } from '@main/rpc/context';
import { z } from 'zod';
import { loadStoredPlan } from './stored-plan';
import { getWeekView } from './week-view';
import { formatWeekInSentence } from '@shared/domain/time/format';

/**
 * Publish a draft week as the coordinator checked it: it becomes the rota workers see, each worker with visits is
 * told, and later changes are recorded. Refused when the week changed after the check-answers page was drawn.
 */
export async function publishWeek(ctx: HandlerContext, input: PublishInput): Promise<RotaWeekView> {
  const { isoWeek } = input;
  const caller = ctx.requireCaller();
  const week = await findWeek(ctx.deps.db, isoWeek);
  if (!week) throw new AppError('NOT_FOUND', `The ${formatWeekInSentence(isoWeek)} has not been planned yet.`);
  if (week.status === 'published')
    throw new AppError('CONFLICT', `The ${formatWeekInSentence(isoWeek)} is already published.`);
  const stored = await loadStoredPlan(ctx.deps.db, isoWeek);
  if (weekStamp(stored.week, stored.rows) !== input.stamp)
    throw new AppError(
      'CONFLICT',
      `The ${formatWeekInSentence(isoWeek)} has changed since you checked it (it was edited or planned again). ` +
        'Nothing was published: check it again, then publish.',
      { reason: 'stale' },
    );
  // The validator is the last word: a published rota never breaks a hard rule through its assignments.
  const breaches = breachesCausedByPlan(stored.instance, stored.plan).caused;
  if (breaches.length > 0)
    throw new AppError(
      'CONFLICT',
      `The plan breaks ${breaches.length} rule(s) and cannot be published: ${breaches[0]?.message ?? ''}.`,
    );
  const now = ctx.deps.clock.now().toISOString();
  const told = await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('rota_week')
      .set({ status: 'published', published_at: now, published_by: caller.username, updated_at: now })
      .where('iso_week', '=', isoWeek)
      .execute();
    await ctx.audit(trx, { action: 'rota.publish', entity: 'rota_week', entityId: isoWeek, outcome: 'success' });
    return sendNotices(ctx, trx, weekPublishedNotices(stored));
  });
  ctx.deps.events.publish('rota.changed', { ids: [isoWeek] });
  if (told.length > 0) ctx.deps.events.publish('notices.changed', { ids: told });
  return getWeekView(ctx, isoWeek);
}

/** Changes to a published week (who, what, when), optionally for one worker or one person. */
export async function listWeekChanges(
  ctx: HandlerContext,
  input: { isoWeek: string; staffId?: string | undefined; clientId?: string | undefined },
): Promise<RotaChange[]> {
  const rows = await listChanges(ctx.deps.db, input.isoWeek);
  const parsed = rows.map((r) => ({ r, workerIds: z.array(z.string()).parse(JSON.parse(r.worker_ids_json)) }));
  const filtered = parsed.filter(
    ({ r, workerIds }) =>
      (input.staffId === undefined || workerIds.includes(input.staffId)) &&
      (input.clientId === undefined || r.client_id === input.clientId),
  );
  const names = await staffNames(
    ctx.deps.db,
    filtered.flatMap((f) => f.workerIds),
  );
  const clientIds = [...new Set(filtered.map((f) => f.r.client_id))];
  const clients = await findClients(ctx.deps.db, clientIds);
  const clientNames = new Map(clients.map((c) => [c.id, `${c.given_name} ${c.family_name}`]));
  return filtered.map(({ r, workerIds }) => ({
    id: r.id,
    at: r.at,
    by: r.by,
    visitId: r.visit_id,
    clientId: r.client_id,
    clientName: clientNames.get(r.client_id) ?? 'Unknown person',
    date: r.date,
    what: r.what,
    before: r.before_text,
    after: r.after_text,
    workerIds,
    workerNames: workerIds.map((id) => names.get(id) ?? id),
  }));
}
