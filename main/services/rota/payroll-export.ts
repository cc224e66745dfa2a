import { AppError } from '@shared/contract/errors';
import type { PayView, WorkerPay } from '@shared/domain/rota-board/board';
import {
  PAY_PERIOD_WEEKS,
  type PayPeriodInput,
  type PayrollExport,
  type PayrollSummary,
} from '@shared/domain/rota-board/payroll';
import { formatDate, formatWeekInSentence } from '@shared/domain/time/format';
import { addDays, mondayOf, shiftIsoWeek } from '@shared/domain/time/iso-week';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '../clients/client-access';
import { writeCsv } from '../csv/csv-writer';
import { payView } from './pay-view';

/** One worker's pay over the period: the weeks' pay views added up. */
interface PeriodPay {
  staffId: string;
  name: string;
  weeks: WorkerPay[];
}

const sum = (weeks: readonly WorkerPay[], f: (w: WorkerPay) => number) => weeks.reduce((a, w) => a + f(w), 0);
const travelMinutes = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.travelMinutes + s.breakTravelMinutes, 0);
const visitMinutes = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.visitMinutes, 0);
const waitingMinutes = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.waitingMinutes, 0);
const hours = (minutes: number) => (minutes / 60).toFixed(2);
const pounds = (pence: number) => (pence / 100).toFixed(2);
const visitCount = (w: WorkerPay) => w.stretches.reduce((a, s) => a + s.visits, 0);
/** Where a worker's visit hours come from: recorded actual times (for how many visits), or the plan. */
function visitTimes(weeks: readonly WorkerPay[]): string {
  const actual = sum(weeks, (w) => w.visitsFromActuals);
  return actual === 0 ? 'Planned' : `Actual for ${actual} of ${sum(weeks, visitCount)} visits`;
}
const ukDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

async function periodPay(ctx: HandlerContext, input: PayPeriodInput) {
  const weeks = Array.from({ length: PAY_PERIOD_WEEKS[input.kind] }, (_, i) => shiftIsoWeek(input.firstWeek, i));
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
  const byWorker = new Map<string, PeriodPay>();
  for (const view of views)
    for (const w of view.workers) {
      const entry = byWorker.get(w.staffId) ?? { staffId: w.staffId, name: w.name, weeks: [] };
      entry.weeks.push(w);
      byWorker.set(w.staffId, entry);
    }
  const startDate = mondayOf(weeks[0] ?? input.firstWeek);
  const endDate = addDays(mondayOf(weeks[weeks.length - 1] ?? input.firstWeek), 6);
  const workers = [...byWorker.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { weeks, startDate, endDate, workers };
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

/** The payroll file's columns: one row per worker, hours as decimal hours, money in pounds, dates DD/MM/YYYY. */
export const PAYROLL_COLUMNS = [
  'Staff reference',
  'Name',
  'Period start',
  'Period end',
  'Hours worked',
  'Visit hours',
  'Travel minutes paid',
  'Waiting hours',
  'Training and meeting hours',
  'Guaranteed hours top-up hours',
  'Guaranteed hours top-up pay',
  'Sick days',
  'Statutory sick pay',
  'Occupational sick pay',
  'Hourly rate',
  'Gross pay',
  'Pay floor',
  'Pay floor met',
  'Visit times',
] as const;

/**
 * Export a pay period as CSV, once: a period overlapping one already exported is refused (naming the first week),
 * so nobody is paid twice. The export is recorded and audited in one transaction.
 */
export async function exportPayroll(ctx: HandlerContext, input: PayPeriodInput): Promise<PayrollExport> {
  const period = await periodPay(ctx, input);
  const refs = new Map(
    period.workers.length === 0
      ? []
      : (
          await ctx.deps.db
            .selectFrom('staff')
            .select(['id', 'reference'])
            .where(
              'id',
              'in',
              period.workers.map((w) => w.staffId),
            )
            .execute()
        ).map((r) => [r.id, r.reference]),
  );
  const rows = period.workers.map((p) => {
    const last = p.weeks[p.weeks.length - 1];
    return [
      refs.get(p.staffId) ?? '',
      p.name,
      ukDate(period.startDate),
      ukDate(period.endDate),
      hours(sum(p.weeks, (w) => w.paidMinutes)),
      hours(sum(p.weeks, visitMinutes)),
      sum(p.weeks, travelMinutes),
      hours(sum(p.weeks, waitingMinutes)),
      hours(sum(p.weeks, (w) => w.commitmentMinutes)),
      hours(sum(p.weeks, (w) => w.topUpMinutes)),
      pounds(sum(p.weeks, (w) => w.topUpPence)),
      sum(p.weeks, (w) => w.sickDays),
      pounds(sum(p.weeks, (w) => w.sspPence)),
      pounds(sum(p.weeks, (w) => w.ospPence)),
      pounds(last?.ratePencePerHour ?? 0),
      pounds(sum(p.weeks, (w) => w.grossPence)),
      pounds(Math.max(...p.weeks.map((w) => w.floorPencePerHour))),
      p.weeks.some((w) => w.belowFloor) ? 'No' : 'Yes',
      visitTimes(p.weeks),
    ];
  });
  const csv = writeCsv(PAYROLL_COLUMNS, rows);
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
    await ctx.audit(trx, {
      action: 'rota.payrollExport',
      entity: 'payroll_export',
      entityId: id,
      outcome: 'success',
      detail: `${input.kind} ${period.startDate} to ${period.endDate}: ${summary.workers} workers`,
    });
  });
  return { summary, fileName: `payroll-${period.startDate}-to-${period.endDate}.csv`, csv };
}
