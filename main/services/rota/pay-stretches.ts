import type { PayStretch } from '@shared/domain/rota-board/board';
import type { RotaInstance, RotaWorker } from '@shared/domain/rota/instance';
import { travelMinutes } from '@shared/domain/rota/travel';

/** One thing in a worker's day that the planner counts as work: a visit (at a person's home) or a commitment. */
export interface PayItem {
  date: string;
  start: number;
  end: number;
  /** The person visited; null for training, meetings and other paid commitments (no place, no travel). */
  clientId: string | null;
}

// The planner's day order (main/rota/planner/worker-day.ts dayOrder): by start, commitments before visits.
function byDayOrder(a: PayItem, b: PayItem): number {
  return (
    a.date.localeCompare(b.date) || a.start - b.start || (a.clientId === null ? 0 : 1) - (b.clientId === null ? 0 : 1)
  );
}

/**
 * A worker's paid stretches, by the same rule the planner counts working time with (evaluateDay): items whose idle
 * gap after travel is at most the stretch gap form one stretch, paid end to end; a longer gap is an unpaid break,
 * but the travel to the first visit after it is still paid (travel between visits is working time, rota.md). Each
 * minute is counted once, so a meeting inside a paid stretch is not paid again on top of it.
 */
export function payStretches(
  instance: Pick<RotaInstance, 'settings' | 'clients'>,
  worker: Pick<RotaWorker, 'travelMode'>,
  items: readonly PayItem[],
  recorded: ReadonlyMap<string, number>,
): PayStretch[] {
  const clients = new Map(instance.clients.map((c) => [c.id, c]));
  const travel = (from: PayItem, to: PayItem): number => {
    const a = from.clientId === null ? undefined : clients.get(from.clientId);
    const b = to.clientId === null ? undefined : clients.get(to.clientId);
    if (!a || !b) return 0;
    return travelMinutes(
      instance.settings,
      { id: a.id, point: a.location },
      { id: b.id, point: b.location },
      worker.travelMode,
      recorded,
    );
  };
  const stretches: PayStretch[] = [];
  let cur: PayStretch | null = null;
  let coveredTo = 0;
  let prev: PayItem | null = null;
  for (const item of [...items].sort(byDayOrder)) {
    const sameDay: boolean = prev !== null && prev.date === item.date;
    const t = prev && sameDay ? travel(prev, item) : 0;
    const joins =
      cur !== null && prev !== null && sameDay && item.start - prev.end - t <= instance.settings.stretchGapMinutes;
    if (!joins || cur === null) {
      if (cur) stretches.push(cur);
      cur = {
        date: item.date,
        startMinute: item.start,
        endMinute: item.start,
        visitMinutes: 0,
        travelMinutes: 0,
        waitingMinutes: 0,
        commitmentMinutes: 0,
        breakTravelMinutes: t,
        visits: 0,
      };
      coveredTo = item.start;
    } else cur.travelMinutes += t;
    // Only the part not already covered counts, so overlapping commitments are paid once.
    const own = Math.max(0, item.end - Math.max(item.start, coveredTo));
    if (item.clientId === null) cur.commitmentMinutes += own;
    else {
      cur.visitMinutes += own;
      cur.visits += 1;
    }
    coveredTo = Math.max(coveredTo, item.end);
    cur.endMinute = Math.max(cur.endMinute, item.end);
    // The item ending last is where the worker leaves from (a short meeting inside a long one does not end it).
    if (prev === null || !sameDay || item.end >= prev.end) prev = item;
  }
  if (cur) stretches.push(cur);
  for (const s of stretches)
    s.waitingMinutes = Math.max(
      0,
      s.endMinute - s.startMinute - s.visitMinutes - s.commitmentMinutes - s.travelMinutes,
    );
  return stretches;
}

/** Paid minutes of a set of stretches: each stretch end to end, plus the travel into it after a break. */
export function paidMinutesOf(stretches: readonly PayStretch[]): number {
  return stretches.reduce((a, s) => a + s.endMinute - s.startMinute + s.breakTravelMinutes, 0);
}
