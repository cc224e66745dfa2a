import type { Kysely } from 'kysely';
import { z } from 'zod';
import { PLANNING_BUDGETS, type PlannerSettings } from '@shared/domain/rota-board/planner-settings';
import type { Database } from '@main/db/schema';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { readSetting, writeSetting } from '../settings/settings';
import { RULE_SETTINGS_KEY, readRuleSettings } from '../travel/rule-settings';

/**
 * Settings key of the planner's budget in the app (move budget and a wall-clock cap so the coordinator never waits
 * long).
 */
export const PLANNER_BUDGET_KEY = 'rota.plannerBudget';
const PlannerBudget = z.object({ iterations: z.number().int().min(0), timeLimitMs: z.number().int().positive() });
/** The planner's budget as stored. */
export type PlannerBudget = z.infer<typeof PlannerBudget>;

/** The budget the next plan gets: the branch's choice, or the quick one. */
export function readPlannerBudget(db: Kysely<Database>): Promise<PlannerBudget> {
  return readSetting(db, PLANNER_BUDGET_KEY, PlannerBudget, PLANNING_BUDGETS.quick);
}

/** The branch's planning priorities (the weights inside the rule settings) and planning time. */
export async function readPlannerSettings({ db }: Pick<BackendDeps, 'db'>): Promise<PlannerSettings> {
  const [rules, budget] = await Promise.all([readRuleSettings(db), readPlannerBudget(db)]);
  return {
    weights: rules.weights,
    planningTime: budget.iterations >= PLANNING_BUDGETS.thorough.iterations ? 'thorough' : 'quick',
  };
}

/** Save the priorities and planning time in one transaction, keeping every other rule setting as it was. */
export async function savePlannerSettings(ctx: HandlerContext, settings: PlannerSettings): Promise<PlannerSettings> {
  const at = ctx.deps.clock.now();
  await ctx.deps.db.transaction().execute(async (trx) => {
    const rules = await readRuleSettings(trx);
    await writeSetting(trx, RULE_SETTINGS_KEY, { ...rules, weights: settings.weights }, at);
    await writeSetting(trx, PLANNER_BUDGET_KEY, PLANNING_BUDGETS[settings.planningTime], at);
    await ctx.audit(trx, {
      action: 'rota.savePlannerSettings',
      entity: 'setting',
      entityId: RULE_SETTINGS_KEY,
      outcome: 'success',
    });
  });
  return settings;
}
