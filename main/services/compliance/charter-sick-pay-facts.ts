import { sql, type Kysely } from 'kysely';
import type { SickPayPaid } from '@shared/domain/staff/charter';
import { addDays } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { ensureSickPay } from '../sick-pay/sick-pay-store';

/**
 * What the occupational sick pay scheme actually paid the sickness of current workers in it over the 12 months to
 * today, from the sick pay days worked out for each recorded absence (brought up to date first).
 */
export async function sickPayPaidFacts(
  db: Kysely<Database>,
  members: readonly string[],
  today: string,
): Promise<SickPayPaid> {
  const from = addDays(today, -364);
  if (members.length === 0) return { from, sickDays: 0, ospDays: 0, ospPence: 0 };
  await ensureSickPay(db, members, today);
  const row = await db
    .selectFrom('sick_pay_day as d')
    .innerJoin('availability_exception as e', 'e.id', 'd.absence_id')
    .select([
      sql<number>`count(*)`.as('days'),
      sql<number>`count(CASE WHEN d.osp <> 'none' THEN 1 END)`.as('osp_days'),
      sql<number>`coalesce(sum(d.osp_pence), 0)`.as('osp_pence'),
    ])
    .where('e.status', '=', 'recorded')
    .where('d.date', '>=', from)
    .where('d.date', '<=', today)
    .where('d.staff_id', 'in', [...members])
    .executeTakeFirstOrThrow();
  return { from, sickDays: Number(row.days), ospDays: Number(row.osp_days), ospPence: Number(row.osp_pence) };
}
