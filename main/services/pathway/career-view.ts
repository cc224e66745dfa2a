import { CWP_CATEGORIES } from '@shared/domain/pathway/cwp';
import { addMonths, lastTwelveMonths, monthOf } from '@shared/domain/time/calendar';
import type { CareerView } from '@shared/domain/pathway/views';
import type { HandlerContext } from '@main/rpc/context';
import { londonDate } from '@main/platform/clock';
import { currentPlacements, loadPlacements } from './pathway-queries';

/**
 * Care as a career of choice. Promotions are progressions in the last 12 months; "internal vs external" compares
 * placements onto steps beyond entry (CWP 2+) filled by progression with those filled by appointing from outside.
 */
export async function careerView(ctx: HandlerContext): Promise<CareerView> {
  const today = londonDate(ctx.deps.clock.now());
  const since = addMonths(today, -12);
  const [active, placements, members] = await Promise.all([
    ctx.deps.db.selectFrom('staff').select('id').where('status', '=', 'active').execute(),
    loadPlacements(ctx.deps.db, null),
    ctx.deps.db
      .selectFrom('pathway_member as m')
      .innerJoin('staff as s', 's.id', 'm.staff_id')
      .select('m.borough_resident')
      .where('s.status', '=', 'active')
      .execute(),
  ]);
  const activeIds = new Set(active.map((s) => s.id));
  const months = lastTwelveMonths(today);
  const byMonth = new Map(months.map((m) => [m, 0]));
  let promotions = 0;
  let internalFills = 0;
  let externalFills = 0;
  for (const p of placements) {
    if (p.startDate <= since || p.startDate > today) continue;
    if (p.kind === 'progressed') {
      promotions += 1;
      byMonth.set(monthOf(p.startDate), (byMonth.get(monthOf(p.startDate)) ?? 0) + 1);
    }
    if (p.cwpCategory >= 2) {
      if (p.kind === 'progressed') internalFills += 1;
      else externalFills += 1;
    }
  }
  const current = currentPlacements(placements, today);
  const counts = new Map<number, number>();
  let placed = 0;
  for (const [staffId, p] of current) {
    if (!activeIds.has(staffId)) continue;
    placed += 1;
    counts.set(p.cwpCategory, (counts.get(p.cwpCategory) ?? 0) + 1);
  }
  const residents = members.filter((m) => m.borough_resident === 1).length;
  const known = members.filter((m) => m.borough_resident !== null).length;
  return {
    promotionsLast12Months: promotions,
    promotionsByMonth: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
    byCategory: CWP_CATEGORIES.map((c) => ({ cwpCategory: c.code, label: c.label, count: counts.get(c.code) ?? 0 })),
    notPlaced: activeIds.size - placed,
    internalFills,
    externalFills,
    boroughResidents: residents,
    boroughUnknown: activeIds.size - known,
    activeWorkers: activeIds.size,
  };
}
