import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import {
  DEFAULT_PAY_SETTINGS,
  PaySettings,
  benchmarkOn,
  charterBenchmark,
  floorOn,
  type PayPolicyValue,
  type PayPolicyValueInput,
  type PayPolicyView,
} from '@shared/domain/policy/pay-policy';
import type { Database } from '@main/db/schema';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { readSetting, writeSetting } from '../settings/settings';

const SETTINGS_KEY = 'policy.pay';

/** Every benchmark value, oldest first within each benchmark. */
export async function listPolicyValues(db: Kysely<Database>): Promise<PayPolicyValue[]> {
  const rows = await db
    .selectFrom('pay_policy_value')
    .selectAll()
    .orderBy('benchmark')
    .orderBy('effective_from')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    benchmark: row.benchmark,
    effectiveFrom: row.effective_from,
    pencePerHour: row.pence_per_hour,
    note: row.note,
  }));
}

/** The branch's pay and compliance settings (defaults until a manager changes them). */
export function readPaySettings(db: Kysely<Database>): Promise<PaySettings> {
  return readSetting(db, SETTINGS_KEY, PaySettings, DEFAULT_PAY_SETTINGS);
}

/** Values, settings and what is in force today. */
export async function payPolicyView(ctx: HandlerContext): Promise<PayPolicyView> {
  const today = londonDate(ctx.deps.clock.now());
  const [values, settings] = await Promise.all([listPolicyValues(ctx.deps.db), readPaySettings(ctx.deps.db)]);
  const charter = charterBenchmark(settings);
  return {
    values,
    settings,
    floorToday: floorOn(values, settings, today),
    charterBenchmark: charter,
    charterPenceToday: benchmarkOn(values, charter, today),
  };
}

/** Add a benchmark value from a date (a new rate is a new row; history stays). */
export async function addPolicyValue(ctx: HandlerContext, input: PayPolicyValueInput): Promise<PayPolicyView> {
  const clash = await ctx.deps.db
    .selectFrom('pay_policy_value')
    .select('id')
    .where('benchmark', '=', input.benchmark)
    .where('effective_from', '=', input.effectiveFrom)
    .executeTakeFirst();
  if (clash) throw AppError.field(['effectiveFrom'], 'This benchmark already has a value from that date');
  const id = ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pay_policy_value')
      .values({
        id,
        benchmark: input.benchmark,
        effective_from: input.effectiveFrom,
        pence_per_hour: input.pencePerHour,
        note: input.note,
        created_at: ctx.deps.clock.now().toISOString(),
      })
      .execute();
    await ctx.audit(trx, {
      action: 'policy.addPayValue',
      entity: 'pay_policy_value',
      entityId: id,
      outcome: 'success',
      detail: `${input.benchmark} ${input.pencePerHour}p from ${input.effectiveFrom}`,
    });
  });
  ctx.deps.events.publish('policy.changed', { ids: [id] });
  return payPolicyView(ctx);
}

/** Change the floor choice, London flag, retention and warning windows. */
export async function updatePaySettings(ctx: HandlerContext, settings: PaySettings): Promise<PayPolicyView> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, SETTINGS_KEY, settings, ctx.deps.clock.now());
    await ctx.audit(trx, {
      action: 'policy.updateSettings',
      entity: 'setting',
      entityId: SETTINGS_KEY,
      outcome: 'success',
      detail: JSON.stringify(settings),
    });
  });
  ctx.deps.events.publish('policy.changed', { ids: [SETTINGS_KEY] });
  return payPolicyView(ctx);
}
