import type { Kysely, Selectable } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type {
  ChangeRequest,
  DecideInput,
  GiveUpInput,
  ProposeSwapInput,
  RespondInput,
} from '@shared/domain/team-week/team-changes';
import { formatDate } from '@shared/domain/time/format';
import type { Database, RotaChangeRequestTable } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { isTeamMember, teamMemberIds } from '@main/services/clients/client-queries';
import { coordinatorStaffIds } from '@main/services/notices/coordinators';
import { sendNotices, type NoticeDraft } from '@main/services/notices/send-notices';
import { checkAndSave } from '@main/services/rota/edit-service';
import { ownStaffId } from '@main/services/rota/my-week-service';
import type { RotaVisitRow } from '@main/services/rota/rota-week-queries';
import { loadStoredPlan, workerIdsOf, type StoredPlan } from '@main/services/rota/stored-plan';
import { staffNames } from '@main/services/staff/staff-queries';
import { readTeamChangeApproval } from './approval-setting';
import { listChangeRequests } from './change-request-list';
import { subjectWords, kindWords, visitWords } from './change-words';
import { askedVisitsOf, recordAskedVisits } from './shift-swap-records';
import { changedSinceAsked, needsCoordinator, placementsOf, type TeamChange } from './team-change-rules';
import { hasStarted } from './team-week-service';
import { recordSicknessForGiveUp } from './sickness-give-up';

type RequestRow = Selectable<RotaChangeRequestTable>;

/** A visit of a published week the caller is on and that has not started, or a VALIDATION error naming the field. */
function ownFutureVisit(
  stored: StoredPlan,
  visitId: string,
  staffId: string,
  now: Date,
  field: 'visitId' | 'otherVisitId',
  whose: string,
): RotaVisitRow {
  if (stored.week.status !== 'published')
    throw AppError.field(['isoWeek'], 'This week’s rota is not published yet, so its visits cannot change hands.');
  const row = stored.rowById.get(visitId);
  if (!row || !workerIdsOf(row).includes(staffId))
    throw AppError.field([field], `That visit is not one of ${whose} visits this week.`);
  if (hasStarted(row, now))
    throw AppError.field([field], 'This visit has already started, so it can no longer change hands.');
  return row;
}

/**
 * The whole plan with the change goes through the independent validator (checkAndSave, only checking); a breach
 * refuses it with each rule in words, naming the worker and the day, at the field the worker chose.
 */
export async function refuseBreaches(
  ctx: HandlerContext,
  stored: StoredPlan,
  change: TeamChange,
  actor: string,
  field = 'visitId',
) {
  const check = await checkAndSave(ctx, stored, placementsOf(stored, change), 'swap', actor, true);
  if (check.breaches.length > 0) {
    const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
    const words = check.breaches.map((b) => {
      const who = b.workerId === null ? '' : `${names.get(b.workerId) ?? 'a worker'}: `;
      return `${who}${b.message}${b.date === null ? '' : ` (${formatDate(b.date)})`}`;
    });
    const why = [...new Set(words)].join('; ');
    throw new AppError('CONFLICT', `This change breaks a rule: ${why}.`, {
      issues: [{ path: [field], message: why }],
      reason: 'hard_rule',
    });
  }
}

/** The change a stored request asks for; a shift swap's visits come from the visits recorded with it. */
async function changeOf(db: Kysely<Database>, r: RequestRow): Promise<TeamChange> {
  const single = {
    kind: r.kind,
    fromStaffId: r.from_staff_id,
    toStaffId: r.to_staff_id,
    sickness: r.sickness === 1,
  };
  if (r.kind !== 'swap_shift')
    return {
      ...single,
      visitIds: [r.visit_id],
      otherVisitIds: r.other_visit_id === null ? [] : [r.other_visit_id],
      asked: [],
    };
  const asked = await askedVisitsOf(db, r.id);
  const side = (staffId: string | null) => asked.filter((a) => a.staffId === staffId).map((a) => a.visitId);
  return { ...single, visitIds: side(r.from_staff_id), otherVisitIds: side(r.to_staff_id), asked };
}

/** Refuse (nothing written) a change whose visits are no longer as they were when it was asked. */
function refuseIfChanged(stored: StoredPlan, change: TeamChange, now: Date): void {
  if (changedSinceAsked(stored, change, now))
    throw new AppError('CONFLICT', 'The rota has changed since this was asked, so it can no longer be made.', {
      issues: [{ path: ['requestId'], message: 'The rota has changed since this was asked.' }],
      reason: 'stale',
    });
}

/**
 * Apply a change inside the caller's transaction: the plan is read again there (so a change made meanwhile is seen),
 * every worker still where the request found them (for a shift swap, each day still exactly the shift asked about),
 * then checked and saved with its change-log entries, all or nothing.
 */
async function applyChange(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  isoWeek: string,
  change: TeamChange,
  actor: string,
): Promise<StoredPlan> {
  const stored = await loadStoredPlan(trx, isoWeek);
  refuseIfChanged(stored, change, ctx.deps.clock.now());
  await refuseBreaches(ctx, stored, change, actor);
  const names = await staffNames(trx, [change.fromStaffId, ...(change.toStaffId === null ? [] : [change.toStaffId])]);
  await checkAndSave(
    ctx,
    stored,
    placementsOf(stored, change),
    change.kind === 'give_up' ? 'unassign' : 'swap',
    actor,
    false,
    change.kind === 'swap_shift' ? { trx, auditDetail: `Shift swap: ${subjectWords(stored, change, names)}` } : { trx },
  );
  return stored;
}

/** Record a request (and a shift swap's visits as they stand) in the caller's transaction; its id. */
export async function insertRequest(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  isoWeek: string,
  change: TeamChange,
  reason: string | null,
  status: RequestRow['status'],
): Promise<string> {
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  const done = status === 'done';
  await trx
    .insertInto('rota_change_request')
    .values({
      id,
      iso_week: isoWeek,
      kind: change.kind,
      visit_id: change.visitIds[0] ?? '',
      from_staff_id: change.fromStaffId,
      to_staff_id: change.toStaffId,
      other_visit_id: change.otherVisitIds[0] ?? null,
      reason,
      sickness: change.sickness ? 1 : 0,
      status,
      created_at: now,
      decided_at: done ? now : null,
      decided_by: done ? 'the branch setting' : null,
      note: null,
    })
    .execute();
  await recordAskedVisits(trx, id, change);
  return id;
}

/** Run a request's writes in one transaction, then tell the app what changed. */
export async function inOneGo(
  ctx: HandlerContext,
  isoWeek: string,
  work: (trx: Kysely<Database>) => Promise<NoticeDraft[]>,
) {
  let told: string[] = [];
  await ctx.deps.db.transaction().execute(async (trx) => {
    const notices = await work(trx);
    told = await sendNotices(ctx, trx, notices);
  });
  ctx.deps.events.publish('rota.changed', { ids: [isoWeek] });
  if (told.length > 0) ctx.deps.events.publish('notices.changed', { ids: told });
}

/** The same notice to each of these staff. */
export const tell = (ids: readonly string[], text: string): NoticeDraft[] => ids.map((staffId) => ({ staffId, text }));

/** A worker proposes to swap one of their visits with a teammate (the teammate is told and answers). */
export async function proposeSwap(ctx: HandlerContext, input: ProposeSwapInput): Promise<ChangeRequest[]> {
  const staffId = ownStaffId(ctx);
  const caller = ctx.requireCaller();
  const now = ctx.deps.clock.now();
  await inOneGo(ctx, input.isoWeek, async (trx) => {
    const stored = await loadStoredPlan(trx, input.isoWeek);
    const row = ownFutureVisit(stored, input.visitId, staffId, now, 'visitId', 'your');
    if (input.teammateId === staffId) throw AppError.field(['teammateId'], 'Choose a teammate other than yourself.');
    if (!(await isTeamMember(trx, row.client_id, input.teammateId)))
      throw AppError.field(['teammateId'], 'That worker is not in this person’s team.');
    if (workerIdsOf(row).includes(input.teammateId))
      throw AppError.field(['teammateId'], 'That teammate is already on this visit.');
    if (input.otherVisitId !== null)
      ownFutureVisit(stored, input.otherVisitId, input.teammateId, now, 'otherVisitId', 'your teammate’s');
    const change: TeamChange = {
      kind: 'swap',
      visitIds: [row.id],
      fromStaffId: staffId,
      toStaffId: input.teammateId,
      otherVisitIds: input.otherVisitId === null ? [] : [input.otherVisitId],
      sickness: false,
      asked: [],
    };
    await refuseBreaches(ctx, stored, change, caller.username);
    const id = await insertRequest(ctx, trx, input.isoWeek, change, null, 'proposed');
    await ctx.audit(trx, {
      action: 'teamWeek.proposeSwap',
      entity: 'rota_change_request',
      entityId: id,
      outcome: 'success',
    });
    const names = await staffNames(trx, [staffId]);
    const exchange = input.otherVisitId === null ? '' : ` for your visit to ${visitWords(stored, input.otherVisitId)}`;
    return tell(
      [input.teammateId],
      `${names.get(staffId) ?? caller.username} asks you to take their visit to ${visitWords(stored, row.id)}` +
        `${exchange}. Accept or decline it under Team week.`,
    );
  });
  return listChangeRequests(ctx, input.isoWeek);
}

/**
 * A worker gives up a visit with a reason. Done at once (the visit is open for the team) when the branch's setting
 * lets it, or through sickness; otherwise it waits for the coordinator.
 */
export async function giveUp(ctx: HandlerContext, input: GiveUpInput): Promise<ChangeRequest[]> {
  const staffId = ownStaffId(ctx);
  const caller = ctx.requireCaller();
  const now = ctx.deps.clock.now();
  await inOneGo(ctx, input.isoWeek, async (trx) => {
    const stored = await loadStoredPlan(trx, input.isoWeek);
    const row = ownFutureVisit(stored, input.visitId, staffId, now, 'visitId', 'your');
    const change: TeamChange = {
      kind: 'give_up',
      visitIds: [row.id],
      fromStaffId: staffId,
      toStaffId: null,
      otherVisitIds: [],
      sickness: input.sickness,
      asked: [],
    };
    const waits = needsCoordinator(await readTeamChangeApproval(trx), stored, change);
    if (!waits) await applyChange(ctx, trx, input.isoWeek, change, caller.username);
    const sickRecorded = input.sickness && (await recordSicknessForGiveUp(ctx, trx, staffId, row.date, input.reason));
    const id = await insertRequest(
      ctx,
      trx,
      input.isoWeek,
      change,
      input.reason,
      waits ? 'awaiting_coordinator' : 'done',
    );
    await ctx.audit(trx, {
      action: 'teamWeek.giveUp',
      entity: 'rota_change_request',
      entityId: id,
      outcome: 'success',
    });
    const name = (await staffNames(trx, [staffId])).get(staffId) ?? caller.username;
    const what = `${name} gave up the visit to ${visitWords(stored, row.id)}${input.sickness ? ' (unwell)' : ''}`;
    const coordinators = await coordinatorStaffIds(trx);
    if (waits)
      return tell(coordinators, `${what}: ${input.reason}. It waits for your approval under Swaps and give-ups.`);
    const team = (await teamMemberIds(trx, row.client_id)).filter((id) => id !== staffId);
    const sickWords = sickRecorded ? ` They are recorded off sick on ${formatDate(row.date)}.` : '';
    return [
      ...tell(coordinators, `${what}: ${input.reason}. It is open for the team to take.${sickWords}`),
      ...tell(team, `${what}. It is open: take it under Team week if you are free.`),
    ];
  });
  return listChangeRequests(ctx, input.isoWeek);
}

async function findRequest(db: Kysely<Database>, id: string): Promise<RequestRow> {
  const row = await db.selectFrom('rota_change_request').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw AppError.field(['requestId'], 'That request is not on record.');
  return row;
}

async function setStatus(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  row: RequestRow,
  status: RequestRow['status'],
  by: string,
  note: string | null = null,
) {
  const decided =
    status === 'awaiting_coordinator'
      ? { decided_at: null, decided_by: null }
      : {
          decided_at: ctx.deps.clock.now().toISOString(),
          decided_by: by,
        };
  await trx
    .updateTable('rota_change_request')
    .set({ status, note, ...decided })
    .where('id', '=', row.id)
    .execute();
}

/** The teammate accepts or declines a proposed swap; accepted, it is made or waits for the coordinator. */
export async function respondToSwap(ctx: HandlerContext, input: RespondInput): Promise<ChangeRequest[]> {
  const staffId = ownStaffId(ctx);
  const caller = ctx.requireCaller();
  const request = await findRequest(ctx.deps.db, input.requestId);
  if (request.to_staff_id !== staffId) throw AppError.field(['requestId'], 'That request is not addressed to you.');
  await inOneGo(ctx, request.iso_week, async (trx) => {
    const row = await findRequest(trx, input.requestId);
    if (row.status !== 'proposed')
      throw new AppError('CONFLICT', 'That request has already been answered.', {
        issues: [{ path: ['requestId'], message: 'That request has already been answered.' }],
      });
    const stored = await loadStoredPlan(trx, row.iso_week);
    const change = await changeOf(trx, row);
    const names = await staffNames(trx, [row.from_staff_id, staffId]);
    const name = names.get(staffId) ?? caller.username;
    const what = `the swap of ${subjectWords(stored, change, names)}`;
    if (!input.accept) {
      await setStatus(ctx, trx, row, 'declined', caller.username);
      await ctx.audit(trx, {
        action: 'teamWeek.declineSwap',
        entity: 'rota_change_request',
        entityId: row.id,
        outcome: 'success',
        detail: what,
      });
      return tell([row.from_staff_id], `${name} declined ${what}.`);
    }
    const waits = needsCoordinator(await readTeamChangeApproval(trx), stored, change);
    refuseIfChanged(stored, change, ctx.deps.clock.now());
    if (waits) await refuseBreaches(ctx, stored, change, caller.username);
    else await applyChange(ctx, trx, row.iso_week, change, caller.username);
    await setStatus(ctx, trx, row, waits ? 'awaiting_coordinator' : 'done', caller.username);
    await ctx.audit(trx, {
      action: 'teamWeek.acceptSwap',
      entity: 'rota_change_request',
      entityId: row.id,
      outcome: 'success',
      detail: what,
    });
    const coordinators = await coordinatorStaffIds(trx);
    return waits
      ? [
          ...tell([row.from_staff_id], `${name} accepted ${what}; it waits for the coordinator.`),
          ...tell(coordinators, `${name} accepted ${what}. It waits for your approval under Swaps and give-ups.`),
        ]
      : tell(coordinators, `${name} accepted ${what}; the rota has changed.`);
  });
  return listChangeRequests(ctx, request.iso_week);
}

/** The coordinator approves (the change is made, checked again) or declines a change waiting for them. */
export async function decideChange(ctx: HandlerContext, input: DecideInput): Promise<ChangeRequest[]> {
  const caller = ctx.requireCaller();
  const request = await findRequest(ctx.deps.db, input.requestId);
  await inOneGo(ctx, request.iso_week, async (trx) => {
    const row = await findRequest(trx, input.requestId);
    if (row.status !== 'awaiting_coordinator')
      throw new AppError('CONFLICT', 'That request is not waiting for a decision.');
    const stored = await loadStoredPlan(trx, row.iso_week);
    const change = await changeOf(trx, row);
    const names = await staffNames(trx, [row.from_staff_id, ...(row.to_staff_id === null ? [] : [row.to_staff_id])]);
    if (input.approve) await applyChange(ctx, trx, row.iso_week, change, caller.username);
    await setStatus(ctx, trx, row, input.approve ? 'done' : 'declined', caller.username, input.note);
    await ctx.audit(trx, {
      action: input.approve ? 'teamWeek.approveChange' : 'teamWeek.declineChange',
      entity: 'rota_change_request',
      entityId: row.id,
      outcome: 'success',
      detail: `The ${kindWords(change)} of ${subjectWords(stored, change, names)}`,
    });
    const kind = kindWords(change);
    const note = input.note === null ? '' : ` ${input.note}`;
    const people = [row.from_staff_id, ...(row.to_staff_id === null ? [] : [row.to_staff_id])];
    return tell(
      people,
      `The coordinator ${input.approve ? 'approved' : 'declined'} the ${kind} of ` +
        `${subjectWords(stored, change, names)}.${note}`,
    );
  });
  return listChangeRequests(ctx, request.iso_week);
}
