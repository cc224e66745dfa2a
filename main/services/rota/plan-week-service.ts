import type { Insertable } from 'kysely';
import { breachesCausedByPlan } from './plan-breaches';
import { AppError } from '@shared/contract/errors';
import { addDays, shiftIsoWeek } from '@shared/domain/time/iso-week';
import type { PlanWeekInput, RotaWeekView } from '@shared/domain/rota-board/board';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import type { RotaVisitTable } from '@main/db/schema';
import { findWeek, replaceWeek } from './rota-week-queries';
import { computeMeasures } from '@main/rota';
import { runPlannerInWorker } from '@main/rota/run-planner-in-worker';
import type { HandlerContext } from '@main/rpc/context';
import { buildInstance, type VisitMeta } from './build-instance';
import { readPlannerBudget } from './planner-settings-service';
import { loadStoredPlan } from './stored-plan';
import { getWeekView } from './week-view';
import { formatWeekInSentence } from '@shared/domain/time/format';

// One plan per week at a time: a second press while the first runs is refused, not queued.
const running = new Set<string>();

/** Plan a week in a worker thread (progress as events), then save the whole result in one transaction. */
export async function planWeekService(ctx: HandlerContext, input: PlanWeekInput): Promise<RotaWeekView> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const existing = await findWeek(db, input.isoWeek);
  if (existing?.status === 'published')
    throw new AppError(
      'CONFLICT',
      `The ${formatWeekInSentence(input.isoWeek)} is published: ` +
        'change it on the board, where every change is recorded.',
    );
  const built = await buildInstance(db, input.isoWeek);
  if (built.instance.visits.length === 0) {
    throw AppError.field(
      ['isoWeek'],
      `There is nothing to plan in the ${formatWeekInSentence(input.isoWeek)}: nobody has an ideal ` +
        `week in force that week (or every visit is paused or cancelled).`,
    );
  }
  const stored = existing ? await loadStoredPlan(db, input.isoWeek) : null;
  const visitIds = new Set(built.instance.visits.map((v) => v.id));
  const workerIds = new Set(built.instance.workers.map((w) => w.id));
  // Pins set by people always stay (unless their visit or worker is gone: the planner refuses unknown workers);
  // the current plan is a starting point only when asked.
  const pins = (stored?.instance.pins ?? []).filter(
    (p) => visitIds.has(p.visitId) && p.workerIds.every((w) => workerIds.has(w)),
  );
  const instance: RotaInstance = { ...built.instance, pins };
  const initial = input.fromCurrent && stored ? stored.plan : undefined;
  return runAndSave(ctx, caller.username, input.isoWeek, instance, built.meta, built.warnings, {
    seed: input.seed,
    iterations: input.iterations,
    initial,
  });
}

/** Start a week from the published week before it: same workers on the same ideal-week items where the rules allow. */
export async function rollForwardService(ctx: HandlerContext, isoWeek: string): Promise<RotaWeekView> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const prev = shiftIsoWeek(isoWeek, -1);
  const prevWeek = await findWeek(db, prev);
  if (prevWeek?.status !== 'published')
    throw AppError.field(
      ['isoWeek'],
      `The ${formatWeekInSentence(prev)} is not published, so there is nothing to roll forward from.`,
    );
  const existing = await findWeek(db, isoWeek);
  if (existing?.status === 'published')
    throw new AppError('CONFLICT', `The ${formatWeekInSentence(isoWeek)} is already published.`);
  const built = await buildInstance(db, isoWeek);
  if (built.instance.visits.length === 0)
    throw AppError.field(
      ['isoWeek'],
      `There is nothing to plan in the ${formatWeekInSentence(isoWeek)}: nobody has an ideal week in force that week.`,
    );
  const previous = await loadStoredPlan(db, prev);
  // Visit ids are ideal-week item + date, so the same item a week later is the same id with the date moved 7 days.
  const shifted = new Map(
    previous.plan.assignments.map((a) => [
      a.visitId.replace(/:(\d{4}-\d{2}-\d{2})$/, (_m, d: string) => `:${addDays(d, 7)}`),
      a,
    ]),
  );
  const initial: RotaPlan = {
    isoWeek,
    assignments: built.instance.visits.flatMap((v) => {
      const a = shifted.get(v.id);
      return a ? [{ ...a, visitId: v.id }] : [];
    }),
    unassigned: [],
    objective: null,
    stopReason: null,
    seed: null,
    iterations: null,
  };
  return runAndSave(ctx, caller.username, isoWeek, built.instance, built.meta, built.warnings, {
    seed: 1,
    iterations: undefined,
    initial,
  });
}

async function runAndSave(
  ctx: HandlerContext,
  actor: string,
  isoWeek: string,
  instance: RotaInstance,
  meta: Map<string, VisitMeta>,
  warnings: string[],
  options: { seed: number; iterations: number | undefined; initial: RotaPlan | undefined },
): Promise<RotaWeekView> {
  if (running.has(isoWeek))
    throw new AppError(
      'CONFLICT',
      `The ${formatWeekInSentence(isoWeek)} is being planned already; wait for it to finish.`,
    );
  running.add(isoWeek);
  let plan: RotaPlan;
  try {
    const budget = await readPlannerBudget(ctx.deps.db);
    ctx.deps.events.publish('rota.progress', { isoWeek, fraction: 0, phase: 'construct' });
    plan = await runPlannerInWorker(
      {
        type: 'plan',
        instance,
        options: {
          seed: options.seed,
          iterations: options.iterations ?? budget.iterations,
          timeLimitMs: budget.timeLimitMs,
          ...(options.initial ? { initial: options.initial } : {}),
        },
      },
      (p) => ctx.deps.events.publish('rota.progress', { isoWeek, fraction: p.fraction, phase: p.phase }),
    );
  } finally {
    running.delete(isoWeek);
  }
  // The planner's result is checked by the independent validator before anything is saved.
  // Only breaches the plan itself causes count: those its data alone causes are the coordinator's warnings.
  const breaches = breachesCausedByPlan(instance, plan).caused;
  if (breaches.length > 0) {
    console.error(`[rota] planner result refused for ${isoWeek}:`, JSON.stringify(breaches.slice(0, 5)));
    throw new AppError(
      'INTERNAL',
      `The planner produced a plan that breaks ${breaches.length} rule(s); nothing was saved.`,
    );
  }
  ctx.deps.events.publish('rota.progress', { isoWeek, fraction: 1, phase: 'saving' });
  const measures = computeMeasures(instance, plan);
  const now = ctx.deps.clock.now().toISOString();
  const byVisit = new Map(plan.assignments.map((a) => [a.visitId, a]));
  const reasons = new Map(plan.unassigned.map((u) => [u.visitId, u.reasons]));
  const pinned = new Set(instance.pins.map((p) => p.visitId));
  const rows: Insertable<RotaVisitTable>[] = instance.visits.map((v) => {
    const a = byVisit.get(v.id);
    const m = meta.get(v.id);
    return {
      iso_week: isoWeek,
      id: v.id,
      client_id: v.clientId,
      date: v.date,
      ideal_start_minute: m?.idealStartMinute ?? v.startMinute,
      start_minute: a?.startMinute ?? v.startMinute,
      duration_minutes: v.durationMinutes,
      workers_needed: v.workersNeeded,
      purpose: m?.purpose ?? 'Visit',
      worker1_id: a?.workerIds[0] ?? null,
      worker2_id: a?.workerIds[1] ?? null,
      pinned: a && pinned.has(v.id) ? 1 : 0,
      set_by: 'planner',
      set_at: now,
      unassigned_json: JSON.stringify(reasons.get(v.id) ?? []),
      one_off_id: m?.oneOffId ?? null,
    };
  });
  // The instance is stored without pins: pins live on the visit rows.
  const snapshot: RotaInstance = { ...instance, pins: [] };
  await ctx.deps.db.transaction().execute(async (trx) => {
    await replaceWeek(
      trx,
      {
        iso_week: isoWeek,
        status: 'draft',
        seed: plan.seed ?? options.seed,
        iterations: plan.iterations,
        stop_reason: plan.stopReason,
        instance_json: JSON.stringify(snapshot),
        measures_json: JSON.stringify(measures),
        warnings_json: JSON.stringify(warnings),
        planned_at: now,
        planned_by: actor,
        published_at: null,
        published_by: null,
        updated_at: now,
      },
      rows,
    );
    await ctx.audit(trx, {
      action: 'rota.planWeek',
      entity: 'rota_week',
      entityId: isoWeek,
      outcome: 'success',
      detail: `${plan.assignments.length} assigned, ${plan.unassigned.length} unassigned`,
    });
  });
  ctx.deps.events.publish('rota.progress', { isoWeek, fraction: 1, phase: 'done' });
  ctx.deps.events.publish('rota.changed', { ids: [isoWeek] });
  return getWeekView(ctx, isoWeek);
}
