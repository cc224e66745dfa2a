import type { WorkerHoursLine, WeekCoverage } from '@shared/domain/home/home';
import type { RotaWeekView } from '@shared/domain/rota-board/board';

/** A week's visits counted by day, with how many have nobody assigned: read off the board's own view of the week. */
export function weekCoverage(view: RotaWeekView): WeekCoverage {
  const days = view.dates.map((date) => {
    const visits = view.visits.filter((v) => v.date === date);
    return { date, visits: visits.length, unassigned: visits.filter((v) => v.workerIds.length === 0).length };
  });
  return {
    isoWeek: view.isoWeek,
    status: view.status,
    visits: view.visits.length,
    unassigned: days.reduce((sum, d) => sum + d.unassigned, 0),
    days,
  };
}

/** Every team worker's planned minutes in the week against their guaranteed minutes, furthest below first. */
export function hoursAgainstGuaranteed(view: RotaWeekView): WorkerHoursLine[] {
  return view.workers
    .map((w) => ({
      staffId: w.id,
      name: w.name,
      plannedMinutes: w.plannedMinutes,
      guaranteedMinutes: w.guaranteedMinutes,
    }))
    .sort(
      (a, b) =>
        a.plannedMinutes - a.guaranteedMinutes - (b.plannedMinutes - b.guaranteedMinutes) ||
        a.name.localeCompare(b.name),
    );
}
