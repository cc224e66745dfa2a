import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DEFAULT_IDEAL_WEEK_POLICY, type IdealWeekPolicy } from '@shared/domain/clients/ideal-week';
import type { Database } from '@main/db/schema';
import { readRuleSettings } from '../travel/rule-settings';
import { readSetting } from '../settings/settings';

/** Settings key of the ideal-week limits that are not planner rules (longest visit, widest flexibility). */
export const IDEAL_WEEK_POLICY_KEY = 'people.idealWeekPolicy';

const StoredPolicy = z.object({
  maxVisitMinutes: z.number().int().positive(),
  maxFlexMinutes: z.number().int().min(0),
});

/**
 * The ideal-week policy: the shortest unflagged visit is the planner's rule (one number), the rest are branch
 * settings.
 */
export async function readIdealWeekPolicy(db: Kysely<Database>): Promise<IdealWeekPolicy> {
  const rules = await readRuleSettings(db);
  const stored = await readSetting(db, IDEAL_WEEK_POLICY_KEY, StoredPolicy, {
    maxVisitMinutes: DEFAULT_IDEAL_WEEK_POLICY.maxVisitMinutes,
    maxFlexMinutes: DEFAULT_IDEAL_WEEK_POLICY.maxFlexMinutes,
  });
  return { minVisitMinutes: rules.minVisitMinutes, ...stored };
}
