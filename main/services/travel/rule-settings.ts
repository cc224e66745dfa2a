import type { Kysely } from 'kysely';
import { RuleSettings } from '@shared/domain/rota/instance';
import type { Database } from '@main/db/schema';
import { readSetting } from '../settings/settings';

/** Settings key of the rota rule numbers (travel speeds, detour, minimum visit...): policy as data. */
export const RULE_SETTINGS_KEY = 'rota.rules';

/** The branch's rota rule settings, or the defaults of rota.md when none are stored. */
export function readRuleSettings(db: Kysely<Database>): Promise<RuleSettings> {
  return readSetting(db, RULE_SETTINGS_KEY, RuleSettings, DEFAULTS);
}

const DEFAULTS: RuleSettings = RuleSettings.parse({});
