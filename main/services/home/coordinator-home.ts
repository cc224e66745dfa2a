import type { CoordinatorHome } from '@shared/domain/home/home';
import { addDays, isoWeekOf } from '@shared/domain/time/iso-week';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { getWeekView } from '../rota/week-view';
import { sickToday } from './sick-today';
import { hoursAgainstGuaranteed, weekCoverage } from './week-coverage';

/**
 * The coordinator's day from the rota's own view of this week and the next: today's visits and the ones with
 * nobody, who is off sick, how far next week's plan has got, and each worker's hours against their guarantee.
 */
export async function coordinatorHome(ctx: HandlerContext): Promise<CoordinatorHome> {
  const today = londonDate(ctx.deps.clock.now());
  const [thisWeek, nextWeek, sick] = await Promise.all([
    getWeekView(ctx, isoWeekOf(today)),
    getWeekView(ctx, isoWeekOf(addDays(today, 7))),
    sickToday(ctx, today),
  ]);
  const todays = thisWeek.visits.filter((v) => v.date === today);
  return {
    today,
    visitsToday: todays.length,
    unassignedToday: todays
      .filter((v) => v.workerIds.length === 0)
      .sort((a, b) => a.startMinute - b.startMinute || a.clientName.localeCompare(b.clientName))
      .map((v) => ({
        visitId: v.id,
        clientName: v.clientName,
        startMinute: v.startMinute,
        durationMinutes: v.durationMinutes,
      })),
    sickToday: sick,
    thisWeek: weekCoverage(thisWeek),
    nextWeek: { ...weekCoverage(nextWeek), plannedAt: nextWeek.plannedAt, publishedAt: nextWeek.publishedAt },
    hours: hoursAgainstGuaranteed(thisWeek),
  };
}
