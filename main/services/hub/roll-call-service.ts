import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import { PRESENCE_KIND_LABELS, type MarkSafeInput, type RollCall } from '@shared/domain/hub/safety';
import type { FileOut } from '@shared/domain/rota-board/board';
import { formatInstant } from '@shared/domain/time/format';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { renderTablePdf, toBase64 } from '../rota/pdf';
import { isClaimClash } from './claims';
import { sweepHub } from './housekeeping';
import { openRollCallId, peopleInBuilding } from './presence-service';

// The roll call when the alarm sounds: a snapshot of everyone signed in, each marked safe at the assembly point.
// While it is open the kiosk takes no new sign-ins (evacuation mode). Starting, each mark and closing go to the
// audit log, so the record of who was accounted for, by whom and when, is kept with the rest.

/** A roll call with its lines (by floor, then name). */
export async function readRollCall(db: Kysely<Database>, id: string): Promise<RollCall> {
  const call = await db.selectFrom('hub_roll_call').selectAll().where('id', '=', id).executeTakeFirst();
  if (!call) throw new AppError('NOT_FOUND', 'That roll call does not exist.');
  const lines = await db
    .selectFrom('hub_roll_call_line')
    .selectAll()
    .where('roll_call_id', '=', id)
    .orderBy('floor_name')
    .orderBy('name')
    .execute();
  return {
    id: call.id,
    startedAt: call.started_at,
    startedBy: call.started_by,
    endedAt: call.ended_at,
    endedBy: call.ended_by,
    total: lines.length,
    safe: lines.filter((l) => l.safe_at !== null).length,
    lines: lines.map((l) => ({
      presenceId: l.presence_id,
      name: l.name,
      kind: l.kind,
      organisationName: l.organisation_name,
      floorName: l.floor_name,
      spaceName: l.space_name,
      signedInAt: l.signed_in_at,
      safeAt: l.safe_at,
      markedBy: l.marked_by,
    })),
  };
}

/** Start a roll call of everyone in the building; refused while one is open. */
export async function startRollCall(ctx: HandlerContext): Promise<RollCall> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  await sweepHub(ctx.deps);
  const open = await openRollCallId(db);
  if (open !== null) throw new AppError('CONFLICT', 'A roll call is already open. Carry on with that one.');
  const people = await peopleInBuilding(db);
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('hub_roll_call')
        .values({ id, started_at: now, started_by: caller.displayName, ended_at: null, ended_by: null })
        .execute();
      for (let i = 0; i < people.length; i += 100)
        await trx
          .insertInto('hub_roll_call_line')
          .values(
            people.slice(i, i + 100).map((p) => ({
              roll_call_id: id,
              presence_id: p.presenceId,
              name: p.name,
              kind: p.kind,
              organisation_name: p.organisationName,
              floor_name: p.floorName,
              space_name: p.spaceName,
              signed_in_at: p.signedInAt,
              safe_at: null,
              marked_by: null,
            })),
          )
          .execute();
      await ctx.audit(trx, {
        action: 'hub.rollCall.start',
        entity: 'hub_roll_call',
        entityId: id,
        outcome: 'success',
        detail: `${people.length} people in the building`,
      });
    });
  } catch (error) {
    // Two people pressing at once: the store keeps one open roll call, and the other joins it.
    if (isClaimClash(error)) throw new AppError('CONFLICT', 'A roll call is already open. Carry on with that one.');
    throw error;
  }
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return readRollCall(db, id);
}

/** The roll call asked for, or the open one (else the latest) when no id is given; null when there has been none. */
export async function rollCall(ctx: HandlerContext, id: string | null): Promise<RollCall | null> {
  const db = ctx.deps.db;
  if (id !== null) return readRollCall(db, id);
  const row = await db
    .selectFrom('hub_roll_call')
    .select('id')
    .orderBy((eb) => eb('ended_at', 'is', null), 'desc')
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
  return row ? readRollCall(db, row.id) : null;
}

async function requireOpen(db: Kysely<Database>, id: string): Promise<RollCall> {
  const call = await readRollCall(db, id);
  if (call.endedAt !== null) throw new AppError('CONFLICT', 'This roll call is closed.');
  return call;
}

/** Mark one person safe (or undo it); each mark is audited. */
export async function markSafe(ctx: HandlerContext, input: z.output<typeof MarkSafeInput>): Promise<RollCall> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const call = await requireOpen(db, input.rollCallId);
  const line = call.lines.find((l) => l.presenceId === input.presenceId);
  if (!line) throw new AppError('NOT_FOUND', 'That person is not on this roll call.');
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('hub_roll_call_line')
      .set(input.safe ? { safe_at: now, marked_by: caller.displayName } : { safe_at: null, marked_by: null })
      .where('roll_call_id', '=', input.rollCallId)
      .where('presence_id', '=', input.presenceId)
      .execute();
    await ctx.audit(trx, {
      action: input.safe ? 'hub.rollCall.markSafe' : 'hub.rollCall.unmarkSafe',
      entity: 'hub_presence',
      entityId: input.presenceId,
      outcome: 'success',
      detail: `roll call ${input.rollCallId}`,
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [input.rollCallId] });
  return readRollCall(db, input.rollCallId);
}

/** Close a roll call: the kiosk takes sign-ins again. */
export async function endRollCall(ctx: HandlerContext, id: string): Promise<RollCall> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const call = await requireOpen(db, id);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('hub_roll_call')
      .set({ ended_at: ctx.deps.clock.now().toISOString(), ended_by: caller.displayName })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      action: 'hub.rollCall.end',
      entity: 'hub_roll_call',
      entityId: id,
      outcome: 'success',
      detail: `${call.safe} of ${call.total} marked safe`,
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return readRollCall(db, id);
}

/** The roll call as an A4 list to tick at the assembly point. */
export async function rollCallPdf(ctx: HandlerContext, id: string): Promise<FileOut> {
  const call = await readRollCall(ctx.deps.db, id);
  const branch = await ctx.deps.db.selectFrom('branch').select('branch_name').executeTakeFirst();
  const bytes = await renderTablePdf({
    title: `Roll call: ${branch?.branch_name ?? 'the hub'}`,
    subtitle: [
      `Started ${formatInstant(call.startedAt)} by ${call.startedBy}`,
      `${call.total} people in the building, ${call.safe} marked safe so far` +
        (call.endedAt ? `; closed ${formatInstant(call.endedAt)}` : ''),
    ],
    columns: [
      { header: 'Safe', width: 1 },
      { header: 'Name', width: 4 },
      { header: 'Who', width: 2 },
      { header: 'Organisation', width: 4 },
      { header: 'Floor', width: 3 },
      { header: 'Space', width: 3 },
      { header: 'Signed in', width: 2 },
    ],
    rows: call.lines.map((l) => [
      l.safeAt ? 'Yes' : '[  ]',
      l.name,
      PRESENCE_KIND_LABELS[l.kind],
      l.organisationName ?? '',
      l.floorName,
      l.spaceName ?? '',
      formatInstant(l.signedInAt).slice(-5),
    ]),
    empty: 'Nobody was signed in when the roll call started.',
    footer: 'Tick each person at the assembly point. Tell the fire service about anyone not accounted for.',
  });
  return {
    filename: `roll-call-${call.startedAt.slice(0, 10)}.pdf`,
    mediaType: 'application/pdf',
    base64: toBase64(bytes),
  };
}
