import type { Insertable, Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { EditInput, EditResult, RotaEdit } from '@shared/domain/rota-board/board';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { Assignment, RotaPlan, UnassignedVisit } from '@shared/domain/rota/plan';
import type { Database, RotaChangeTable } from '@main/db/schema';
import {
  deleteVisitPart,
  insertChanges,
  insertVisitPart,
  updateVisitAssignment,
  type RotaVisitRow,
} from './rota-week-queries';
import { computeMeasures } from '@main/rota';
import type { HandlerContext } from '@main/rpc/context';
import { partOfVisit, workerIdsOf, type StoredPlan } from './stored-plan';
import { loadStoredPlanForEdit } from './stored-plan-cache';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';
import { sendNotices } from '@main/services/notices/send-notices';
import { weekChangedNotices } from './rota-notices';
import { editSummary, recordStep } from './edit-history';
import { breachesCaused, weightedScores } from './edit-check';

/** One visit's new placement: workers (empty = unassigned), start and pin. */
export interface Placement {
  visitId: string;
  workerIds: string[];
  startMinute: number;
  pinned: boolean;
  /** Why it is left unassigned (shown on the board), when that is known. */
  unassignedReasons?: UnassignedVisit['reasons'];
  /** A new length (a shorter visit the person agreed to); absent: the length stays as it is. */
  durationMinutes?: number;
  /**
   * A second part of this visit, split with the person's agreement: the placement makes the part (its id not yet in
   * the week) at `startMinute` for `durationMinutes`, with the needs of the visit it is split from.
   */
  partOf?: string;
  /** The visit (a split's second part) is taken out of the week again: undoing the split. */
  removed?: boolean;
}

/** The visits a week has after placements: parts made by a split added, parts undone taken out. */
function visitsAfter(stored: StoredPlan, placements: readonly Placement[]): RotaInstance['visits'] {
  const changed = new Map(placements.map((p) => [p.visitId, p]));
  const byId = new Map(stored.instance.visits.map((v) => [v.id, v]));
  const kept = stored.instance.visits.flatMap((v) => {
    const p = changed.get(v.id);
    if (p?.removed) return [];
    return p?.durationMinutes === undefined || p.durationMinutes === v.durationMinutes
      ? [v]
      : [{ ...v, durationMinutes: p.durationMinutes }];
  });
  const made = placements.flatMap((p) => {
    const whole = p.partOf === undefined || byId.has(p.visitId) ? undefined : byId.get(p.partOf);
    if (whole === undefined || p.removed) return [];
    return [partOfVisit(whole, p.visitId, p.startMinute, p.durationMinutes ?? whole.durationMinutes)];
  });
  return [...kept, ...made];
}

/** The plan and pins after applying placements to a stored plan. */
export function applyPlacements(
  stored: StoredPlan,
  placements: readonly Placement[],
): { instance: RotaInstance; plan: RotaPlan } {
  const changed = new Map(placements.map((p) => [p.visitId, p]));
  const assignments: Assignment[] = [];
  const pins: RotaInstance['pins'] = [];
  for (const r of stored.rows) {
    const p = changed.get(r.id);
    if (p?.removed) continue;
    const workerIds = p ? p.workerIds : workerIdsOf(r);
    const start = p ? p.startMinute : r.start_minute;
    const pinned = p ? p.pinned : r.pinned === 1;
    if (workerIds.length > 0) {
      assignments.push({ visitId: r.id, workerIds, startMinute: start });
      if (pinned) pins.push({ visitId: r.id, workerIds, startMinute: start });
    }
  }
  for (const p of placements)
    if (p.partOf !== undefined && !p.removed && !stored.rowById.has(p.visitId) && p.workerIds.length > 0)
      assignments.push({ visitId: p.visitId, workerIds: p.workerIds, startMinute: p.startMinute });
  const reshaped = placements.some((p) => p.durationMinutes !== undefined || p.partOf !== undefined || p.removed);
  const visits = reshaped ? visitsAfter(stored, placements) : stored.instance.visits;
  const assigned = new Set(assignments.map((a) => a.visitId));
  const unassigned = stored.rows
    .filter((r) => !assigned.has(r.id) && !changed.get(r.id)?.removed)
    .map((r) => ({ visitId: r.id, reasons: [] }));
  return {
    instance: { ...stored.instance, visits, pins },
    plan: {
      isoWeek: stored.week.iso_week,
      assignments,
      unassigned,
      objective: null,
      stopReason: null,
      seed: null,
      iterations: null,
    },
  };
}

/** Refuse a change to a visit on a day before today: the board shows past days as they were, read-only. */
function refusePast(date: string, today: string, field: 'visitId' | 'otherVisitId'): void {
  if (date < today)
    throw AppError.field(['edit', field], `${formatDate(date)} has passed, so its visits can no longer be changed.`);
}

/** Turn an edit into placements (the visits it touches), refusing edits that make no sense. */
export function placementsOf(stored: StoredPlan, edit: RotaEdit, today: string): Placement[] {
  const row = stored.rowById.get(edit.visitId);
  if (!row) throw AppError.field(['edit', 'visitId'], 'That visit is not in this week’s plan.');
  refusePast(row.date, today, 'visitId');
  const current: Placement = {
    visitId: row.id,
    workerIds: workerIdsOf(row),
    startMinute: row.start_minute,
    pinned: row.pinned === 1,
  };
  switch (edit.kind) {
    case 'assign': {
      if (new Set(edit.workerIds).size !== edit.workerIds.length)
        throw AppError.field(['edit', 'workerIds'], 'Choose two different workers.');
      if (edit.workerIds.length !== row.workers_needed)
        throw AppError.field(
          ['edit', 'workerIds'],
          row.workers_needed === 2 ? 'This is a double-up visit: choose two workers.' : 'This visit needs one worker.',
        );
      return [{ ...current, workerIds: edit.workerIds, startMinute: edit.startMinute ?? row.start_minute }];
    }
    case 'unassign':
      return [{ ...current, workerIds: [], pinned: false }];
    case 'pin':
      if (edit.pinned && current.workerIds.length === 0)
        throw AppError.field(['edit', 'pinned'], 'Only an assigned visit can be pinned.');
      return [{ ...current, pinned: edit.pinned }];
    case 'move':
      if (edit.startMinute + row.duration_minutes > 1440)
        throw AppError.field(['edit', 'startMinute'], 'A visit may not run past midnight.');
      return [{ ...current, startMinute: edit.startMinute }];
    case 'swap': {
      const other = stored.rowById.get(edit.otherVisitId);
      if (!other) throw AppError.field(['edit', 'otherVisitId'], 'That visit is not in this week’s plan.');
      refusePast(other.date, today, 'otherVisitId');
      if (other.id === row.id) throw AppError.field(['edit', 'otherVisitId'], 'Choose a different visit to swap with.');
      if (row.workers_needed !== other.workers_needed)
        throw AppError.field(
          ['edit', 'otherVisitId'],
          'Only visits needing the same number of workers can swap workers.',
        );
      return [
        { ...current, workerIds: workerIdsOf(other) },
        { visitId: other.id, workerIds: workerIdsOf(row), startMinute: other.start_minute, pinned: other.pinned === 1 },
      ];
    }
  }
}

/** Words for a placement, for the change log. */
function describe(names: ReadonlyMap<string, string>, p: { workerIds: string[]; startMinute: number }): string {
  return p.workerIds.length === 0
    ? `unassigned (${formatMinute(p.startMinute)})`
    : `${p.workerIds.map((id) => names.get(id) ?? id).join(' and ')} at ${formatMinute(p.startMinute)}`;
}

/**
 * Apply a manual edit: the independent validator checks every visit and worker's week the edit touches; any new
 * hard-rule breach refuses the edit with the breach in words. A worse soft score is the coordinator's call and is
 * allowed.
 */
export async function editPlan(ctx: HandlerContext, input: EditInput): Promise<EditResult> {
  const caller = ctx.requireCaller();
  const stored = await loadStoredPlanForEdit(ctx.deps.db, input.isoWeek);
  const placements = placementsOf(stored, input.edit, londonDate(ctx.deps.clock.now()));
  const what = input.edit.kind === 'pin' ? (input.edit.pinned ? 'pin' : 'unpin') : input.edit.kind;
  // Edits to a draft are kept as steps to undo; a published week's changes are recorded and told instead.
  const record =
    stored.week.status === 'draft'
      ? (trx: Kysely<Database>) => recordStep(ctx, trx, stored, placements, what, editSummary(stored, input.edit))
      : undefined;
  return checkAndSave(ctx, stored, placements, what, caller.username, input.checkOnly, {
    alsoInTransaction: record,
  });
}

/** How a save fits around its caller: the caller's transaction, work in the same transaction, the audit action. */
export interface SaveOptions {
  /** The caller's transaction (the caller then publishes the events once it has committed). */
  trx?: Kysely<Database>;
  /** More writes that must commit or roll back with the edit (the undo history). */
  alsoInTransaction?: (trx: Kysely<Database>) => Promise<void>;
  /** The audit action, when not `rota.edit.<what>` (an undo or redo, a cover action). */
  auditAction?: string;
  /** The change in words for the audit log, when not the touched visits' ids. */
  auditDetail?: string;
}

/** Validate placements against the whole plan; save them (and log changes if published) unless only checking. */
export async function checkAndSave(
  ctx: HandlerContext,
  stored: StoredPlan,
  placements: readonly Placement[],
  what: RotaChangeTable['what'],
  actor: string,
  checkOnly: boolean,
  options: SaveOptions = {},
): Promise<EditResult> {
  const trxIn = options.trx;
  const edited = applyPlacements(stored, placements);
  const breaches = breachesCaused(stored, edited, placements);
  const { weightedBefore, weightedAfter } = weightedScores(edited.instance, stored, placements);
  if (checkOnly) return { saved: false, breaches, weightedBefore, weightedAfter };
  if (breaches.length > 0) {
    throw new AppError('CONFLICT', `This change breaks a rule: ${breaches.map((b) => b.message).join('; ')}.`, {
      issues: breaches.map((b) => ({ path: ['edit', b.visitId ?? 'plan'], message: b.message })),
      reason: 'hard_rule',
    });
  }
  const measures = computeMeasures(edited.instance, edited.plan);
  const now = ctx.deps.clock.now().toISOString();
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  let told: string[] = [];
  const save = async (trx: Kysely<Database>) => {
    const changes: Insertable<RotaChangeTable>[] = [];
    const logChange = (
      row: Pick<RotaVisitRow, 'id' | 'client_id' | 'date'>,
      before: string,
      after: string,
      workerIds: readonly string[],
    ) => {
      if (stored.week.status !== 'published' || before === after) return;
      changes.push({
        id: ctx.deps.ids(),
        iso_week: stored.week.iso_week,
        visit_id: row.id,
        client_id: row.client_id,
        date: row.date,
        at: now,
        by: actor,
        what,
        before_text: before,
        after_text: after,
        worker_ids_json: JSON.stringify([...new Set(workerIds)]),
      });
    };
    for (const p of placements) {
      const row = stored.rowById.get(p.visitId);
      if (!row) {
        // A split's second part: a new visit, the same agreed visit's needs, on the same day for the same person.
        const whole = p.partOf === undefined || p.removed ? undefined : stored.rowById.get(p.partOf);
        if (!whole) continue;
        await insertVisitPart(trx, whole, {
          id: p.visitId,
          ideal_start_minute: p.startMinute,
          start_minute: p.startMinute,
          duration_minutes: p.durationMinutes ?? whole.duration_minutes,
          worker1_id: p.workerIds[0] ?? null,
          worker2_id: p.workerIds[1] ?? null,
          set_by: actor,
          set_at: now,
        });
        logChange({ ...whole, id: p.visitId }, 'not yet a visit of its own', describe(names, p), p.workerIds);
        continue;
      }
      if (p.removed) {
        await deleteVisitPart(trx, stored.week.iso_week, p.visitId);
        const was = workerIdsOf(row);
        logChange(row, describe(names, { workerIds: was, startMinute: row.start_minute }), 'joined to the visit', was);
        continue;
      }
      await updateVisitAssignment(trx, stored.week.iso_week, p.visitId, {
        worker1_id: p.workerIds[0] ?? null,
        worker2_id: p.workerIds[1] ?? null,
        start_minute: p.startMinute,
        pinned: p.workerIds.length > 0 && p.pinned ? 1 : 0,
        duration_minutes: p.durationMinutes ?? row.duration_minutes,
        set_by: actor,
        set_at: now,
        unassigned_json:
          p.workerIds.length > 0
            ? '[]'
            : p.unassignedReasons
              ? JSON.stringify(p.unassignedReasons)
              : row.unassigned_json,
      });
      const old = { workerIds: workerIdsOf(row), startMinute: row.start_minute };
      logChange(row, describe(names, old), describe(names, p), [...old.workerIds, ...p.workerIds]);
    }
    await insertChanges(trx, changes);
    // A published week is what workers go by: each worker on either side of a change is told at once.
    told = await sendNotices(ctx, trx, weekChangedNotices(stored, changes));
    await trx
      .updateTable('rota_week')
      .set({ measures_json: JSON.stringify(measures), updated_at: now })
      .where('iso_week', '=', stored.week.iso_week)
      .execute();
    await options.alsoInTransaction?.(trx);
    await ctx.audit(trx, {
      action: options.auditAction ?? `rota.edit.${what}`,
      entity: 'rota_week',
      entityId: stored.week.iso_week,
      outcome: 'success',
      detail: options.auditDetail ?? placements.map((p) => p.visitId).join(', '),
    });
  };
  if (trxIn) await save(trxIn);
  else await ctx.deps.db.transaction().execute(save);
  // With the caller's transaction, the caller publishes once it has committed.
  if (!trxIn) {
    ctx.deps.events.publish('rota.changed', { ids: [stored.week.iso_week] });
    if (told.length > 0) ctx.deps.events.publish('notices.changed', { ids: told });
  }
  return { saved: true, breaches: [], weightedBefore, weightedAfter };
}
