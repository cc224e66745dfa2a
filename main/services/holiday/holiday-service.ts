import { AppError } from '@shared/contract/errors';
import {
  accruedMinutes,
  accruesOnHoursWorked,
  datesFrom,
  leaveYearOf,
  regularEntitlementMinutes,
  workingDaysAmong,
  type HolidayBooking,
  type HolidayPolicy,
  type WorkerHoliday,
} from '@shared/domain/policy/holiday';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '../clients/client-access';
import { writeSetting } from '../settings/settings';
import {
  HOLIDAY_POLICY_KEY,
  averageWeeklyWorked,
  dayMinutesOf,
  readHolidayPolicy,
  readHolidayWorkers,
  rolledUpOn,
} from './holiday-basis';
import { leaveBookings } from './holiday-week';

/**
 * A worker's holiday in the leave year that holds today: the entitlement (5.6 weeks of a regular week, pro rata), or
 * for irregular hours what has accrued from the pay periods exported; the leave booked through availability, taken
 * (approved, on days up to today), booked ahead and waiting for a decision; and what is left. A worker reads only
 * their own.
 */
export async function workerHoliday(ctx: HandlerContext, staffId: string): Promise<WorkerHoliday> {
  const access = callerAccess(ctx);
  if (!access.privileged && access.staffId !== staffId)
    throw new AppError('FORBIDDEN', 'You can only see your own holiday.');
  const db = ctx.deps.db;
  const today = londonDate(ctx.deps.clock.now());
  const [policy, workers, average] = await Promise.all([
    readHolidayPolicy(db),
    readHolidayWorkers(db, [staffId]),
    averageWeeklyWorked(db, [staffId], today),
  ]);
  const worker = workers.get(staffId);
  if (!worker) throw new AppError('NOT_FOUND', 'That worker is not on record.');
  const year = leaveYearOf(today, policy.leaveYearStartMonth);
  const irregular = accruesOnHoursWorked(worker, year.start);
  const dayMinutes = dayMinutesOf(worker, average.get(staffId) ?? null);
  const [leave, accruals] = await Promise.all([
    leaveBookings(db, [staffId], year.start, year.end, ['approved', 'requested']),
    db
      .selectFrom('holiday_accrual')
      .select(['period_start', 'period_end', 'worked_minutes', 'accrued_minutes'])
      .where('staff_id', '=', staffId)
      .where('period_end', '>=', year.start)
      .where('period_end', '<=', year.end)
      .orderBy('period_start')
      .execute(),
  ]);
  let taken = 0;
  let booked = 0;
  let requested = 0;
  const bookings: HolidayBooking[] = leave.map((e) => {
    const from = e.start_date > year.start ? e.start_date : year.start;
    const end = e.end_date === null || e.end_date > year.end ? year.end : e.end_date;
    const days = workingDaysAmong(worker, datesFrom(from, end));
    const status = e.status === 'approved' ? 'approved' : 'requested';
    if (status === 'requested') requested += days.length * dayMinutes;
    else
      for (const d of days)
        if (d <= today) taken += dayMinutes;
        else booked += dayMinutes;
    return {
      id: e.id,
      startDate: e.start_date,
      endDate: e.end_date ?? e.start_date,
      status,
      workingDays: days.length,
      minutes: days.length * dayMinutes,
    };
  });
  const entitlement = irregular
    ? accruals.reduce((a, r) => a + r.accrued_minutes, 0)
    : regularEntitlementMinutes(worker, year);
  return {
    staffId,
    leaveYearStart: year.start,
    leaveYearEnd: year.end,
    basis: irregular ? 'irregular' : 'regular',
    rolledUp: rolledUpOn(worker, policy, today),
    workingDaysPerWeek: worker.workingWeekdays.size,
    dayMinutes,
    entitlementMinutes: entitlement,
    takenMinutes: taken,
    bookedMinutes: booked,
    requestedMinutes: requested,
    remainingMinutes: entitlement - taken - booked,
    bookings,
    accruals: accruals.map((r) => ({
      periodStart: r.period_start,
      periodEnd: r.period_end,
      workedMinutes: r.worked_minutes,
      accruedMinutes: r.accrued_minutes,
      // What is beyond 12.07% of the hours worked accrued on days off sick (reg 15C).
      onSickLeaveMinutes: Math.max(0, r.accrued_minutes - accruedMinutes(r.worked_minutes)),
    })),
  };
}

/** The branch's holiday rules. */
export function holidayPolicyView(ctx: HandlerContext): Promise<HolidayPolicy> {
  return readHolidayPolicy(ctx.deps.db);
}

/** Change the branch's holiday rules (audited); pay views and the holiday tab follow them from now on. */
export async function updateHolidayPolicy(ctx: HandlerContext, policy: HolidayPolicy): Promise<HolidayPolicy> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, HOLIDAY_POLICY_KEY, policy, ctx.deps.clock.now());
    await ctx.audit(trx, {
      action: 'policy.updateHolidayPolicy',
      entity: 'setting',
      entityId: HOLIDAY_POLICY_KEY,
      outcome: 'success',
      detail: JSON.stringify(policy),
    });
  });
  ctx.deps.events.publish('policy.changed', { ids: [HOLIDAY_POLICY_KEY] });
  return readHolidayPolicy(ctx.deps.db);
}
