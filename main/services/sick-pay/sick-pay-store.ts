import type { Kysely } from 'kysely';
import { sickPayFor } from '@shared/domain/policy/sick-pay';
import type { AbsenceSickPayFigures } from '@shared/domain/policy/sick-pay-record';
import type { Database } from '@main/db/schema';
import { readSickPayBasis } from './sick-pay-basis';

/** Recorded sickness of some workers, oldest first. */
function sicknessOf(db: Kysely<Database>, staffIds: readonly string[]) {
  return db
    .selectFrom('availability_exception')
    .select(['id', 'staff_id', 'start_date', 'end_date', 'sick_pay_through'])
    .where('staff_id', 'in', [...staffIds])
    .where('kind', '=', 'sickness')
    .where('status', '=', 'recorded')
    .orderBy('start_date')
    .execute();
}

/**
 * Work out and store the sick pay of every recorded sickness of these workers, per qualifying day. The whole history
 * is redone, because each absence depends on those before it (linked periods, the 28-week limit, the scheme's days
 * used in the last 12 months). An open absence is paid up to `today` (or its first day, if that is later).
 * Run it inside the transaction that changed the absences.
 */
export async function refreshSickPay(db: Kysely<Database>, staffIds: readonly string[], today: string): Promise<void> {
  if (staffIds.length === 0) return;
  const ids = [...new Set(staffIds)];
  const [absences, basis] = await Promise.all([sicknessOf(db, ids), readSickPayBasis(db, ids, today)]);
  await db.deleteFrom('sick_pay_day').where('staff_id', 'in', ids).execute();
  for (const staffId of ids) {
    const own = absences.filter((a) => a.staff_id === staffId);
    const input = basis.get(staffId);
    if (!input || own.length === 0) continue;
    const spans = own.map((a) => ({
      id: a.id,
      startDate: a.start_date,
      endDate: a.end_date ?? (today > a.start_date ? today : a.start_date),
    }));
    const paid = sickPayFor({ ...input, absences: spans });
    for (const [i, span] of spans.entries()) {
      const days = paid[i]?.days ?? [];
      if (days.length > 0)
        await db
          .insertInto('sick_pay_day')
          .values(
            days.map((d) => ({
              absence_id: span.id,
              staff_id: staffId,
              date: d.date,
              ssp_pence: d.sspPence,
              osp: d.osp,
              osp_pence: d.ospPence,
            })),
          )
          .execute();
      await db
        .updateTable('availability_exception')
        .set({ sick_pay_through: span.endDate })
        .where('id', '=', span.id)
        .execute();
    }
  }
}

/**
 * Bring stored sick pay up to date for these workers where it is missing (absences recorded before sick pay was
 * worked out) or an open absence has run on since it was last worked out.
 */
export async function ensureSickPay(db: Kysely<Database>, staffIds: readonly string[], today: string): Promise<void> {
  if (staffIds.length === 0) return;
  const stale = await db
    .selectFrom('availability_exception')
    .select('staff_id')
    .distinct()
    .where('staff_id', 'in', [...staffIds])
    .where('kind', '=', 'sickness')
    .where('status', '=', 'recorded')
    .where((eb) =>
      eb.or([
        eb('sick_pay_through', 'is', null),
        eb.and([eb('end_date', 'is', null), eb('sick_pay_through', '<', today)]),
      ]),
    )
    .execute();
  if (stale.length === 0) return;
  const ids = stale.map((s) => s.staff_id);
  if (db.isTransaction) await refreshSickPay(db, ids, today);
  else await db.transaction().execute((trx) => refreshSickPay(trx, ids, today));
}

/** Stored sick pay figures per absence. */
export async function figuresByAbsence(
  db: Kysely<Database>,
  absenceIds: readonly string[],
): Promise<Map<string, AbsenceSickPayFigures>> {
  if (absenceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('availability_exception as e')
    .leftJoin('sick_pay_day as d', 'd.absence_id', 'e.id')
    .select((eb) => [
      'e.id',
      'e.sick_pay_through',
      eb.fn.count<number>('d.date').as('days'),
      eb.fn.coalesce(eb.fn.sum<number>('d.ssp_pence'), eb.lit(0)).as('ssp'),
      eb.fn.coalesce(eb.fn.sum<number>('d.osp_pence'), eb.lit(0)).as('osp'),
      eb.fn.count<number>(eb.case().when('d.ssp_pence', '>', 0).then(1).end()).as('ssp_days'),
      eb.fn.count<number>(eb.case().when('d.osp', '=', 'full').then(1).end()).as('full_days'),
      eb.fn.count<number>(eb.case().when('d.osp', '=', 'half').then(1).end()).as('half_days'),
    ])
    .where('e.id', 'in', [...absenceIds])
    .where('e.sick_pay_through', 'is not', null)
    .groupBy('e.id')
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        qualifyingDays: Number(r.days),
        sspDays: Number(r.ssp_days),
        sspPence: Number(r.ssp),
        ospFullDays: Number(r.full_days),
        ospHalfDays: Number(r.half_days),
        ospPence: Number(r.osp),
        through: r.sick_pay_through ?? '',
      },
    ]),
  );
}

/** Sick pay per worker for the qualifying days between two dates (inclusive), from the stored days. */
export async function sickPayBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
  staffIds?: readonly string[],
): Promise<Map<string, { days: number; sspPence: number; ospPence: number }>> {
  let query = db
    .selectFrom('sick_pay_day as d')
    .innerJoin('availability_exception as e', 'e.id', 'd.absence_id')
    .select((eb) => [
      'd.staff_id',
      eb.fn.count<number>('d.date').as('days'),
      eb.fn.sum<number>('d.ssp_pence').as('ssp'),
      eb.fn.sum<number>('d.osp_pence').as('osp'),
    ])
    .where('e.status', '=', 'recorded')
    .where('d.date', '>=', from)
    .where('d.date', '<=', to)
    .groupBy('d.staff_id');
  if (staffIds) query = query.where('d.staff_id', 'in', staffIds.length > 0 ? [...staffIds] : ['']);
  const rows = await query.execute();
  return new Map(
    rows.map((r) => [r.staff_id, { days: Number(r.days), sspPence: Number(r.ssp), ospPence: Number(r.osp) }]),
  );
}
