/** A stretch of local minutes on one day, end exclusive: `[start, end)`. */
export type MinuteSpan = readonly [number, number];

/**
 * A day's availability windows as continuous stretches: sorted, with windows that overlap or touch joined
 * (09:00-12:00 and 12:00-15:00 are one stretch, 09:00-15:00: a worker free until noon and from noon is free
 * across it). Empty windows are dropped.
 */
export function joinWindows(windows: Iterable<MinuteSpan>): [number, number][] {
  const sorted = [...windows].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether one of a day's continuous stretches (from `joinWindows`) holds the whole of `[start, end)`. */
export function stretchHolds(stretches: readonly MinuteSpan[], start: number, end: number): boolean {
  return stretches.some(([a, b]) => a <= start && end <= b);
}

/**
 * THE availability test of rota.md rule 2: whether a worker with these windows on a day is available for the
 * whole of `[start, end)`. The validator calls it; the planner joins each day's windows once per week with
 * `joinWindows` and then asks `stretchHolds`, which is this test without the joining on its hot path.
 */
export function availableFor(windows: Iterable<MinuteSpan>, start: number, end: number): boolean {
  return stretchHolds(joinWindows(windows), start, end);
}
