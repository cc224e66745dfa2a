import type { Kysely } from 'kysely';
import { ActualsSettings, DEFAULT_ACTUALS_SETTINGS } from '@shared/domain/actuals/actuals';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { readSetting, writeSetting } from '../settings/settings';

const KEY = 'actuals.settings';

/** The branch's rules for flagging late and missed visits (15 minutes unless the manager changed it). */
export function readActualsSettings(db: Kysely<Database>): Promise<ActualsSettings> {
  return readSetting(db, KEY, ActualsSettings, DEFAULT_ACTUALS_SETTINGS);
}

/** Save the branch's late threshold, audited with the change. */
export async function saveActualsSettings(ctx: HandlerContext, settings: ActualsSettings): Promise<ActualsSettings> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    const before = await readActualsSettings(trx);
    await writeSetting(trx, KEY, settings, ctx.deps.clock.now());
    await ctx.audit(trx, {
      action: 'actuals.saveSettings',
      entity: 'setting',
      entityId: KEY,
      outcome: 'success',
      detail: `late after ${before.lateMinutes} → ${settings.lateMinutes} minutes`,
    });
  });
  return settings;
}
