import type { ApprenticeshipDashboard } from '@shared/domain/apprenticeships/apprenticeships';
import { GATEWAY_SOON_DAYS, REVIEW_DUE_SOON_DAYS } from '@shared/domain/apprenticeships/policy';
import { addMonths, lastTwelveMonths, monthOf } from '@shared/domain/time/calendar';
import { daysBetween } from '@shared/domain/time/iso-week';
import type { HandlerContext } from '@main/rpc/context';
import { londonDate } from '@main/platform/clock';
import { apprenticeshipRows } from './apprenticeship-rows';

/** The apprenticeships dashboard on today's date. */
export async function apprenticeshipDashboard(ctx: HandlerContext): Promise<ApprenticeshipDashboard> {
  const today = londonDate(ctx.deps.clock.now());
  const since = `${addMonths(`${today.slice(0, 7)}-01`, -11)}`;
  const db = ctx.deps.db;
  const [active, standards, started, completed, pending] = await Promise.all([
    apprenticeshipRows(ctx, { status: 'active' }, today),
    db.selectFrom('apprenticeship_standard').select(['code', 'title']).orderBy('code').execute(),
    db
      .selectFrom('apprenticeship')
      .select('start_date')
      .where('start_date', '>=', since)
      .where('start_date', '<=', today)
      .execute(),
    db
      .selectFrom('apprenticeship')
      .select('completed_on')
      .where('completed_on', '>=', since)
      .where('completed_on', '<=', today)
      .execute(),
    db
      .selectFrom('otj_entry as e')
      .innerJoin('apprenticeship as a', 'a.id', 'e.apprenticeship_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.status', '=', 'pending')
      .where('a.status', '=', 'active')
      .executeTakeFirstOrThrow(),
  ]);
  const months = lastTwelveMonths(today);
  const tally = (dates: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const d of dates) if (d) counts.set(monthOf(d), (counts.get(monthOf(d)) ?? 0) + 1);
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
  };
  return {
    activeByStandard: standards
      .map((s) => ({
        standardCode: s.code,
        title: s.title,
        count: active.filter((a) => a.standardCode === s.code).length,
      }))
      .filter((s) => s.count > 0),
    active,
    behind: active.filter((a) => a.otjStatus === 'behind').sort((a, b) => b.catchUpPerWeek - a.catchUpPerWeek),
    reviewsDue: active
      .filter((a) => a.reviewDaysLeft <= REVIEW_DUE_SOON_DAYS)
      .sort((a, b) => a.reviewDaysLeft - b.reviewDaysLeft),
    gatewaysSoon: active
      .filter((a) => daysBetween(today, a.plannedEndDate) <= GATEWAY_SOON_DAYS)
      .sort((a, b) => (a.plannedEndDate < b.plannedEndDate ? -1 : 1)),
    startsByMonth: tally(started.map((s) => s.start_date)),
    completionsByMonth: tally(completed.map((c) => c.completed_on)),
    pendingOtjEntries: Number(pending.n),
  };
}
