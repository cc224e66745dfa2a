import { AppError } from '@shared/contract/errors';
import { accruedMinutes, accruesOnHoursWorked, leaveYearOf } from '@shared/domain/policy/holiday';
import type { PayView } from '@shared/domain/rota-board/board';
import {
  periodWeeks,
  type PayPeriodInput,
  type PayrollExport,
  type PayrollExportInput,
  type PayrollSummary,
} from '@shared/domain/rota-board/payroll';
import { formatDate, formatWeekInSentence } from '@shared/domain/time/format';
import { addDays, mondayOf } from '@shared/domain/time/iso-week';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '../clients/client-access';
import { writeCsv } from '../csv/csv-writer';
import { readHolidayPolicy, readHolidayWorkers } from '../holiday/holiday-basis';
import { sickLeaveAccrual } from '../holiday/sick-leave-accrual';
import { payView } from './pay-view';
import { assertExportAllowed } from '../staff/staff-export-csv';
import { payrollTable, sumWeeks as sum, type PeriodWorker } from './payroll-layouts';

async function periodPay(ctx: HandlerContext, input: PayPeriodInput) {
  const weeks = periodWeeks(input.kind, input.firstWeek);
  const views: PayView[] = [];
  for (const week of weeks) {
    try {
      views.push(await payView(ctx, week));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw AppError.field(
          ['firstWeek'],
          `The ${formatWeekInSentence(week)} has not been planned yet: plan every week of the period before exporting`,
        );
      throw error;
    }
  }
  const startDate = mondayOf(weeks[0] ?? input.firstWeek);
  const endDate = addDays(mondayOf(weeks[weeks.length - 1] ?? input.firstWeek), 6);
  const byWorker = new Map<string, PeriodWorker>();
  for (const view of views)
    for (const w of view.workers) {
      const entry = byWorker.get(w.staffId) ?? {
        staffId: w.staffId,
        name: w.name,
        reference: '',
        givenName: '',
        familyName: '',
        weeks: [],
        accruedMinutes: 0,
      };
      entry.weeks.push(w);
      byWorker.set(w.staffId, entry);
    }
  const ids = [...byWorker.keys()];
  const [people, holidayWorkers, policy] = await Promise.all([
    ids.length === 0
      ? []
      : ctx.deps.db
          .selectFrom('staff')
          .select(['id', 'reference', 'given_name', 'family_name'])
          .where('id', 'in', ids)
          .execute(),
    readHolidayWorkers(ctx.deps.db, ids),
    readHolidayPolicy(ctx.deps.db),
  ]);
  // Holiday accrues at the end of each pay period, in the leave year the period ends in (reg 15B), on the hours worked
  // and on days off sick (reg 15C).
  const leaveYear = leaveYearOf(endDate, policy.leaveYearStartMonth).start;
  const accruing = new Map([...holidayWorkers].filter(([, basis]) => accruesOnHoursWorked(basis, leaveYear)));
  const onSickLeave = await sickLeaveAccrual(ctx.deps.db, accruing, { start: startDate, end: endDate });
  for (const person of people) {
    const entry = byWorker.get(person.id);
    if (!entry) continue;
    entry.reference = person.reference;
    entry.givenName = person.given_name;
    entry.familyName = person.family_name;
    entry.accruedMinutes = accruing.has(person.id)
      ? accruedMinutes(sum(entry.weeks, (w) => w.paidMinutes)) + (onSickLeave.get(person.id) ?? 0)
      : 0;
  }
  const workers = [...byWorker.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { weeks, startDate, endDate, workers, holidayWorkers };
}

async function overlappingExport(ctx: HandlerContext, startDate: string, endDate: string) {
  const row = await ctx.deps.db
    .selectFrom('payroll_export')
    .select(['period_start', 'period_end', 'exported_at'])
    .where('period_start', '<=', endDate)
    .where('period_end', '>=', startDate)
    .orderBy('period_start')
    .executeTakeFirst();
  return row ? { startDate: row.period_start, endDate: row.period_end, exportedAt: row.exported_at } : null;
}

function summaryOf(
  input: PayPeriodInput,
  period: Awaited<ReturnType<typeof periodPay>>,
  overlaps: PayrollSummary['overlaps'],
): PayrollSummary {
  const all = period.workers.flatMap((w) => w.weeks);
  return {
    kind: input.kind,
    weeks: period.weeks,
    startDate: period.startDate,
    endDate: period.endDate,
    workers: period.workers.length,
    paidMinutes: sum(all, (w) => w.paidMinutes),
    topUpPence: sum(all, (w) => w.topUpPence),
    sspPence: sum(all, (w) => w.sspPence),
    ospPence: sum(all, (w) => w.ospPence),
    holidayMinutes: sum(all, (w) => w.holidayMinutes),
    holidayPence: sum(all, (w) => w.holidayPence),
    rolledUpHolidayPence: sum(all, (w) => w.rolledUpHolidayPence),
    grossPence: sum(all, (w) => w.grossPence),
    belowFloor: period.workers.filter((w) => w.weeks.some((x) => x.belowFloor)).length,
    fromActuals: period.workers.filter((w) => sum(w.weeks, (x) => x.visitsFromActuals) > 0).length,
    overlaps,
  };
}

/** What exporting a pay period would hold, for the check-answers step (nothing is written). */
export async function payrollSummary(ctx: HandlerContext, input: PayPeriodInput): Promise<PayrollSummary> {
  const period = await periodPay(ctx, input);
  return summaryOf(input, period, await overlappingExport(ctx, period.startDate, period.endDate));
}

/**
 * Export a pay period as CSV in the layout asked for, once: a period overlapping one already exported is refused
 * (naming the first week), so nobody is paid twice. The export, each worker's hours worked and the holiday accrued and
 * paid on them are recorded and audited in one transaction.
 */
export async function exportPayroll(ctx: HandlerContext, input: PayrollExportInput): Promise<PayrollExport> {
  // Every worker's pay for the period leaves the app in one file: a recent password, as for the other exports.
  assertExportAllowed(ctx);
  const period = await periodPay(ctx, input);
  const table = payrollTable(input.layout, period.workers, period);
  const csv = writeCsv(table.header, table.rows);
  const summary = summaryOf(input, period, null);
  const access = callerAccess(ctx);
  await ctx.deps.db.transaction().execute(async (trx) => {
    const clash = await overlappingExport({ ...ctx, deps: { ...ctx.deps, db: trx } }, period.startDate, period.endDate);
    if (clash)
      throw AppError.field(
        ['firstWeek'],
        `This period overlaps the one from ${formatDate(clash.startDate)} to ${formatDate(clash.endDate)}, ` +
          'already exported: choose a period that starts after it',
      );
    const id = ctx.deps.ids();
    await trx
      .insertInto('payroll_export')
      .values({
        id,
        period_kind: input.kind,
        period_start: period.startDate,
        period_end: period.endDate,
        workers: summary.workers,
        gross_pence: summary.grossPence,
        exported_by: access.actor,
        exported_at: ctx.deps.clock.now().toISOString(),
      })
      .execute();
    if (period.workers.length > 0)
      await trx
        .insertInto('holiday_accrual')
        .values(
          period.workers.map((p) => ({
            export_id: id,
            staff_id: p.staffId,
            period_start: period.startDate,
            period_end: period.endDate,
            irregular: period.holidayWorkers.get(p.staffId)?.irregular ? 1 : 0,
            worked_minutes: sum(p.weeks, (w) => w.paidMinutes),
            accrued_minutes: p.accruedMinutes,
            holiday_minutes: sum(p.weeks, (w) => w.holidayMinutes),
            holiday_pence: sum(p.weeks, (w) => w.holidayPence),
            rolled_up_pence: sum(p.weeks, (w) => w.rolledUpHolidayPence),
          })),
        )
        .execute();
    await ctx.audit(trx, {
      action: 'rota.payrollExport',
      entity: 'payroll_export',
      entityId: id,
      outcome: 'success',
      detail: `${input.kind} ${period.startDate} to ${period.endDate} (${input.layout}): ${summary.workers} workers`,
    });
  });
  const prefix = input.layout === 'brightpay' ? 'payroll-brightpay' : 'payroll';
  return { summary, fileName: `${prefix}-${period.startDate}-to-${period.endDate}.csv`, csv };
}
