import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type { RotaEdit } from '@shared/domain/rota-board/board';
import type { EditHistory, EditStepResult, EditStepView } from '@shared/domain/rota-board/edit-history';
import { UnassignedReason } from '@shared/domain/rota/plan';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';
import type { Database, RotaEditStepTable } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { checkAndSave, type Placement } from './edit-service';
import { findWeek, type RotaVisitRow } from './rota-week-queries';
import { loadStoredPlan, workerIdsOf, type StoredPlan } from './stored-plan';

// A step keeps each touched visit's placement before and after the edit; undo puts `before` back, redo `after`.
const StepPlacements = z.array(
  z.object({
    visitId: z.string(),
    workerIds: z.array(z.string()),
    startMinute: z.number().int(),
    pinned: z.boolean(),
    unassignedReasons: z.array(UnassignedReason).optional(),
    // Steps kept before visits could be shortened have no length: theirs was never changed.
    durationMinutes: z.number().int().positive().optional(),
    // A split's second part: made by the split (after) and taken out again by its undo (before).
    partOf: z.string().optional(),
    removed: z.boolean().optional(),
  }),
);

const Reasons = z.array(UnassignedReason);

/** A stored visit's placement as it stands, with why it is unassigned (so an undo puts the reasons back too). */
function placementOfRow(row: RotaVisitRow): Placement {
  const workerIds = workerIdsOf(row);
  return {
    visitId: row.id,
    workerIds,
    startMinute: row.start_minute,
    pinned: row.pinned === 1,
    durationMinutes: row.duration_minutes,
    ...(workerIds.length === 0 ? { unassignedReasons: Reasons.parse(JSON.parse(row.unassigned_json)) } : {}),
  };
}

function visitWords(stored: StoredPlan, row: RotaVisitRow): string {
  const person = stored.instance.clients.find((c) => c.id === row.client_id)?.name ?? 'a person';
  return `${person}’s visit on ${formatDate(row.date)} at ${formatMinute(row.start_minute)}`;
}

/** An edit in words, for the Undo and Redo buttons and what they announce. */
export function editSummary(stored: StoredPlan, edit: RotaEdit): string {
  const row = stored.rowById.get(edit.visitId);
  if (!row) return 'An edit';
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const who = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? 'a worker').join(' and ');
  const visit = visitWords(stored, row);
  switch (edit.kind) {
    case 'assign':
      return `Gave ${visit} to ${who(edit.workerIds)}`;
    case 'unassign':
      return `Took ${who(workerIdsOf(row))} off ${visit}`;
    case 'pin':
      return `${edit.pinned ? 'Pinned' : 'Unpinned'} ${visit}`;
    case 'move':
      return `Moved ${visit} to ${formatMinute(edit.startMinute)}`;
    case 'swap': {
      const other = stored.rowById.get(edit.otherVisitId);
      return other
        ? `Swapped the workers of ${visit} and ${visitWords(stored, other)}`
        : `Swapped the workers of ${visit}`;
    }
  }
}

/**
 * Keep an edit to a draft week as its editor's newest step to undo; the steps they undid before it can no longer be
 * redone. Each coordinator undoes their own edits: taking back a colleague's work unseen is not what Undo means when
 * several people plan one week.
 */
export async function recordStep(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  stored: StoredPlan,
  placements: readonly Placement[],
  what: RotaEditStepTable['what'],
  summary: string,
): Promise<void> {
  const isoWeek = stored.week.iso_week;
  const by = ctx.requireCaller().username;
  await trx
    .deleteFrom('rota_edit_step')
    .where('iso_week', '=', isoWeek)
    .where('by', '=', by)
    .where('undone', '=', 1)
    .execute();
  const last = await trx
    .selectFrom('rota_edit_step')
    .select(sql<number | null>`max(seq)`.as('seq'))
    .where('iso_week', '=', isoWeek)
    .executeTakeFirst();
  // A visit the edit makes (a split's second part) was not there before: undoing the edit takes it out again.
  const before = placements.map((p): Placement => {
    const row = stored.rowById.get(p.visitId);
    return row ? placementOfRow(row) : { ...p, workerIds: [], pinned: false, removed: true };
  });
  await trx
    .insertInto('rota_edit_step')
    .values({
      id: ctx.deps.ids(),
      iso_week: isoWeek,
      seq: (last?.seq ?? 0) + 1,
      what,
      summary,
      before_json: JSON.stringify(before),
      after_json: JSON.stringify(placements),
      by,
      at: ctx.deps.clock.now().toISOString(),
    })
    .execute();
}

type StepRow = { id: string; seq: number; what: RotaEditStepTable['what'] } & EditStepView & {
    before_json: string;
    after_json: string;
  };

/** The step of `by`'s Undo would take back (their newest not undone) or Redo make again (their oldest undone). */
function nextStep(
  db: Kysely<Database>,
  isoWeek: string,
  by: string,
  direction: 'undo' | 'redo',
): Promise<StepRow | undefined> {
  return db
    .selectFrom('rota_edit_step')
    .select(['id', 'seq', 'what', 'summary', 'by', 'at', 'before_json', 'after_json'])
    .where('iso_week', '=', isoWeek)
    .where('by', '=', by)
    .where('undone', '=', direction === 'undo' ? 0 : 1)
    .orderBy('seq', direction === 'undo' ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
}

const view = (s: StepRow | undefined): EditStepView | null => (s ? { summary: s.summary, by: s.by, at: s.at } : null);

/**
 * What the caller's Undo and Redo would do on a week now: nothing once the week is published (its changes are told
 * instead).
 */
export async function editHistory(ctx: HandlerContext, isoWeek: string): Promise<EditHistory> {
  const by = ctx.requireCaller().username;
  const week = await findWeek(ctx.deps.db, isoWeek);
  if (!week || week.status !== 'draft') return { undo: null, redo: null };
  const [undo, redo] = await Promise.all([
    nextStep(ctx.deps.db, isoWeek, by, 'undo'),
    nextStep(ctx.deps.db, isoWeek, by, 'redo'),
  ]);
  return { undo: view(undo), redo: view(redo) };
}

const samePlacement = (row: RotaVisitRow, p: Placement) =>
  row.start_minute === p.startMinute &&
  (p.durationMinutes === undefined || row.duration_minutes === p.durationMinutes) &&
  (row.pinned === 1) === p.pinned &&
  workerIdsOf(row).join('|') === p.workerIds.join('|');

/**
 * Undo the caller's newest edit (or redo their oldest undone one) of a draft week: its visits go back to how they were,
 * through
 * the same validator as any edit. Refused, with nothing changed, when those visits have changed since (another
 * coordinator, a sickness cover), when one of their days has passed, or when the week has been published.
 */
export async function replayStep(
  ctx: HandlerContext,
  isoWeek: string,
  direction: 'undo' | 'redo',
): Promise<EditStepResult> {
  const caller = ctx.requireCaller();
  const stored = await loadStoredPlan(ctx.deps.db, isoWeek);
  const done = direction === 'undo' ? 'undone' : 'redone';
  if (stored.week.status !== 'draft')
    throw new AppError('CONFLICT', `The week has been published, so its edits can no longer be ${done}.`);
  const step = await nextStep(ctx.deps.db, isoWeek, caller.username, direction);
  if (!step) throw new AppError('CONFLICT', `You have no edit to ${direction} on this week.`);
  const from = StepPlacements.parse(JSON.parse(direction === 'undo' ? step.after_json : step.before_json));
  const to = StepPlacements.parse(JSON.parse(direction === 'undo' ? step.before_json : step.after_json));
  const today = londonDate(ctx.deps.clock.now());
  for (const p of from) {
    const row = stored.rowById.get(p.visitId);
    // A part the step takes out must still be out: made again since, the week has changed under the step.
    if (p.removed && !row) continue;
    if (!row || p.removed || !samePlacement(row, p))
      throw new AppError(
        'CONFLICT',
        `“${step.summary}” can no longer be ${done}: the visit has changed since (another edit, or another ` +
          'coordinator). Nothing was changed.',
      );
    if (row.date < today)
      throw new AppError('CONFLICT', `“${step.summary}” can no longer be ${done}: ${formatDate(row.date)} has passed.`);
  }
  await checkAndSave(ctx, stored, to, step.what, caller.username, false, {
    auditAction: `rota.edit.${direction}`,
    alsoInTransaction: async (trx) => {
      const marked = await trx
        .updateTable('rota_edit_step')
        .set({ undone: direction === 'undo' ? 1 : 0 })
        .where('id', '=', step.id)
        .where('undone', '=', direction === 'undo' ? 0 : 1)
        .executeTakeFirst();
      // Two undos at once: the second finds the step already taken and rolls back.
      if (Number(marked.numUpdatedRows) === 0)
        throw new AppError('CONFLICT', `“${step.summary}” has just been ${done} by someone else.`);
    },
  });
  return { summary: step.summary };
}
