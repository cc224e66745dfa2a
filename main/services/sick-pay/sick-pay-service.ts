import { AppError } from '@shared/contract/errors';
import { ospRemaining, type SickPayScheme } from '@shared/domain/policy/sick-pay';
import type { WorkerSickPay } from '@shared/domain/policy/sick-pay-record';
import { wholeMonthsBetween } from '@shared/domain/time/calendar';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '../clients/client-access';
import { writeSetting } from '../settings/settings';
import { readSickPayBasis, readSickPayScheme, SICK_PAY_SCHEME_KEY } from './sick-pay-basis';
import { ensureSickPay, figuresByAbsence, refreshSickPay } from './sick-pay-store';

/**
 * A worker's sickness with what each absence pays, and the occupational sick pay still to use today. A worker may
 * read only their own.
 */
export async function workerSickPay(ctx: HandlerContext, staffId: string): Promise<WorkerSickPay> {
  const access = callerAccess(ctx);
  if (!access.privileged && access.staffId !== staffId)
    throw new AppError('FORBIDDEN', 'You can only see your own sick pay.');
  const db = ctx.deps.db;
  const today = londonDate(ctx.deps.clock.now());
  await ensureSickPay(db, [staffId], today);
  const basis = (await readSickPayBasis(db, [staffId], today)).get(staffId);
  if (!basis) throw new AppError('NOT_FOUND', 'That worker is not on record.');
  const rows = await db
    .selectFrom('availability_exception')
    .select(['id', 'start_date', 'end_date'])
    .where('staff_id', '=', staffId)
    .where('kind', '=', 'sickness')
    .where('status', '=', 'recorded')
    .orderBy('start_date', 'desc')
    .execute();
  const figures = await figuresByAbsence(
    db,
    rows.map((r) => r.id),
  );
  const absences = rows.flatMap((r) => {
    const f = figures.get(r.id);
    return f ? [{ id: r.id, startDate: r.start_date, endDate: r.end_date, ...f }] : [];
  });
  const left = ospRemaining(basis, today, absences);
  return {
    staffId,
    inScheme: basis.inScheme,
    band: left.band,
    serviceMonths: wholeMonthsBetween(basis.serviceStart, today),
    fullPayDaysLeft: left.fullLeft,
    halfPayDaysLeft: left.halfLeft,
    fullPayDays: left.fullDays,
    halfPayDays: left.halfDays,
    qualifyingDaysPerWeek: basis.qualifyingWeekdays.size,
    averageWeeklyEarningsPence: basis.averageWeeklyEarningsPence,
    absences,
  };
}

/** The branch's occupational sick pay scheme. */
export function sickPaySchemeView(ctx: HandlerContext): Promise<SickPayScheme> {
  return readSickPayScheme(ctx.deps.db);
}

/**
 * Change the branch's scheme. Every recorded sickness is paid again under it, in the same transaction, so the
 * figures shown and exported always follow the scheme in force.
 */
export async function updateSickPayScheme(ctx: HandlerContext, scheme: SickPayScheme): Promise<SickPayScheme> {
  const today = londonDate(ctx.deps.clock.now());
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, SICK_PAY_SCHEME_KEY, scheme, ctx.deps.clock.now());
    const sick = await trx
      .selectFrom('availability_exception')
      .select('staff_id')
      .distinct()
      .where('kind', '=', 'sickness')
      .where('status', '=', 'recorded')
      .execute();
    await refreshSickPay(
      trx,
      sick.map((s) => s.staff_id),
      today,
    );
    await ctx.audit(trx, {
      action: 'policy.updateSickPayScheme',
      entity: 'setting',
      entityId: SICK_PAY_SCHEME_KEY,
      outcome: 'success',
      detail: JSON.stringify(scheme),
    });
  });
  ctx.deps.events.publish('policy.changed', { ids: [SICK_PAY_SCHEME_KEY] });
  return readSickPayScheme(ctx.deps.db);
}
