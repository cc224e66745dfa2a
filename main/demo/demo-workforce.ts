import type { Skill } from '@shared/domain/skills';
import type { Strand } from '@shared/domain/training/catalogue';
import type { Random } from '../platform/random';

/** One weekly recurring availability window, as saved on a worker's availability. */
export interface WeeklyWindow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A visit of a person's ideal week, as the workforce plan and the team choice see it. */
export interface DemandItem {
  weekday: number;
  startMinute: number;
  durationMinutes: number;
  workersNeeded: number;
  requiredSkills: readonly Skill[];
}

/**
 * The shift patterns a homecare branch recruits for (windows the worker can be rostered in, not hours worked):
 * most cover both the morning and the teatime peak, and the evening ones run to 23:00 so late calls have cover.
 */
const SHIFTS = {
  split: [
    [7 * 60, 14 * 60],
    [16 * 60, 23 * 60],
  ],
  long: [[7 * 60, 23 * 60]],
  early: [[7 * 60, 14 * 60 + 30]],
  late: [[14 * 60, 23 * 60]],
} as const;
type Shift = keyof typeof SHIFTS;
const SHIFT_MIX: { shift: Shift; weight: number }[] = [
  { shift: 'split', weight: 0.55 },
  { shift: 'long', weight: 0.15 },
  { shift: 'early', weight: 0.18 },
  { shift: 'late', weight: 0.12 },
];

/** Spare workers a branch keeps at every moment over those its visits need (sickness, leave, a late bus). */
export const PEAK_SLACK = 1.15;
// Paid travel a worker needs beside each visit, as a branch plans its rounds.
const TRAVEL_ALLOWANCE_MINUTES = 15;
// The moments of the day checked: every quarter hour from 07:00 to 23:00.
const STEP = 15;
const DAY_FROM = 7 * 60;
const DAY_TO = 23 * 60;
const MOMENTS = (DAY_TO - DAY_FROM) / STEP;

/** A worker as the workforce plan sees them: contracted hours (null for bank or zero-hours). */
export interface PlannedWorker {
  id: string;
  guaranteedHours: number | null;
}

/** Days a week a worker is available for, from their contracted hours: more hours, more days (never all seven). */
function daysFor(guaranteedHours: number | null): number {
  if (guaranteedHours === null || guaranteedHours < 20) return 4;
  if (guaranteedHours < 30) return 5;
  return 6;
}

function pickShift(random: Random): Shift {
  let x = random.next();
  for (const { shift, weight } of SHIFT_MIX) {
    x -= weight;
    if (x < 0) return shift;
  }
  return 'split';
}

function shiftCovers(shift: Shift, moment: number): boolean {
  const t = DAY_FROM + moment * STEP;
  return SHIFTS[shift].some(([from, to]) => from <= t && to >= t + STEP);
}

/**
 * Workers each quarter hour of each weekday needs (index (weekday - 1) * MOMENTS + moment): the visits in
 * progress then, each with its workers and its share of travel.
 */
export function workersNeeded(items: readonly DemandItem[]): Float64Array {
  const need = new Float64Array(7 * MOMENTS);
  for (const item of items) {
    const withTravel = (item.workersNeeded * (item.durationMinutes + TRAVEL_ALLOWANCE_MINUTES)) / item.durationMinutes;
    const end = item.startMinute + item.durationMinutes;
    for (let m = 0; m < MOMENTS; m += 1) {
      const t = DAY_FROM + m * STEP;
      // The part of this quarter hour the visit takes.
      const overlap = Math.max(0, Math.min(end, t + STEP) - Math.max(item.startMinute, t)) / STEP;
      if (overlap <= 0) continue;
      const i = (item.weekday - 1) * MOMENTS + m;
      need[i] = (need[i] ?? 0) + withTravel * overlap;
    }
  }
  return need;
}

/** Workers available each quarter hour of each weekday (same index as workersNeeded). */
export function workersAvailable(windows: ReadonlyMap<string, readonly WeeklyWindow[]>): Float64Array {
  const available = new Float64Array(7 * MOMENTS);
  for (const own of windows.values())
    for (const w of own)
      for (let m = 0; m < MOMENTS; m += 1) {
        const t = DAY_FROM + m * STEP;
        if (w.startMinute > t || w.endMinute < t + STEP) continue;
        const i = (w.weekday - 1) * MOMENTS + m;
        available[i] = (available[i] ?? 0) + 1;
      }
  return available;
}

/** The least spare cover over the week: workers available over workers needed at the busiest moment. */
export function leastCover(windows: ReadonlyMap<string, readonly WeeklyWindow[]>, items: readonly DemandItem[]) {
  const need = workersNeeded(items);
  const available = workersAvailable(windows);
  let least = Number.POSITIVE_INFINITY;
  need.forEach((n, i) => {
    if (n > 0) least = Math.min(least, (available[i] ?? 0) / n);
  });
  return least;
}

/**
 * Each care worker's weekly windows, as a branch staffs its week: a shift pattern (mostly split shifts over the
 * morning and teatime peaks), days a week from their contracted hours, days off spread so every weekday is staffed
 * alike; then, while any quarter hour of the week has fewer workers available than its visits need (with travel)
 * plus 15%, a worker off that day whose shift covers it takes the day (fewest days first, never a seventh), or a
 * worker on that day whose shift misses it widens to a split or long shift. Deterministic for the random source.
 */
export function planAvailability(
  random: Random,
  workers: readonly PlannedWorker[],
  demandItems: readonly DemandItem[],
): Map<string, WeeklyWindow[]> {
  const shifts = new Map<string, Shift>();
  const days = new Map<string, Set<number>>();
  const staffedDays = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const worker of workers) {
    shifts.set(worker.id, pickShift(random));
    const count = daysFor(worker.guaranteedHours);
    // Days off on the days already best staffed (ties broken by a random start), so the week stays even.
    const start = random.int(1, 7);
    const order = [1, 2, 3, 4, 5, 6, 7]
      .map((d) => ((d + start - 2) % 7) + 1)
      .sort((a, b) => (staffedDays[a] ?? 0) - (staffedDays[b] ?? 0));
    const own = new Set(order.slice(0, count));
    for (const d of own) staffedDays[d] = (staffedDays[d] ?? 0) + 1;
    days.set(worker.id, own);
  }
  const windowsOf = (id: string): WeeklyWindow[] =>
    [...(days.get(id) ?? [])]
      .sort((a, b) => a - b)
      .flatMap((weekday) =>
        SHIFTS[shifts.get(id) ?? 'split'].map(([startMinute, endMinute]) => ({ weekday, startMinute, endMinute })),
      );
  const need = workersNeeded(demandItems);
  const available = workersAvailable(new Map(workers.map((w) => [w.id, windowsOf(w.id)])));
  const change = (id: string, apply: () => void) => {
    const before = workersAvailable(new Map([[id, windowsOf(id)]]));
    apply();
    const after = workersAvailable(new Map([[id, windowsOf(id)]]));
    after.forEach((a, i) => {
      available[i] = (available[i] ?? 0) + a - (before[i] ?? 0);
    });
  };
  // Bounded: each change adds a day (at most six each) or widens a shift (at most twice each).
  for (let round = 0; round < workers.length * 9; round += 1) {
    let worst = -1;
    let shortfall = 0;
    need.forEach((n, i) => {
      const gap = n * PEAK_SLACK - (available[i] ?? 0);
      if (gap > shortfall) {
        shortfall = gap;
        worst = i;
      }
    });
    if (worst < 0) break;
    const weekday = Math.floor(worst / MOMENTS) + 1;
    const moment = worst % MOMENTS;
    const wider = (shift: Shift): Shift => (shiftCovers('split', moment) && shift !== 'long' ? 'split' : 'long');
    const joiner = workers
      .filter((w) => !days.get(w.id)?.has(weekday) && (days.get(w.id)?.size ?? 0) < 6)
      .filter((w) => shiftCovers(shifts.get(w.id) ?? 'split', moment))
      .sort((a, b) => (days.get(a.id)?.size ?? 0) - (days.get(b.id)?.size ?? 0))[0];
    if (joiner) {
      change(joiner.id, () => days.get(joiner.id)?.add(weekday));
      continue;
    }
    const widen = workers.find(
      (w) => days.get(w.id)?.has(weekday) && !shiftCovers(shifts.get(w.id) ?? 'split', moment),
    );
    if (widen) {
      change(widen.id, () => shifts.set(widen.id, wider(shifts.get(widen.id) ?? 'split')));
      continue;
    }
    const offAndNarrow = workers.find((w) => !days.get(w.id)?.has(weekday) && (days.get(w.id)?.size ?? 0) < 6);
    if (!offAndNarrow) break;
    change(offAndNarrow.id, () => shifts.set(offAndNarrow.id, wider(shifts.get(offAndNarrow.id) ?? 'split')));
  }
  return new Map(workers.map((w) => [w.id, windowsOf(w.id)]));
}

/** Share of care workers a branch trains in each specialist strand, beyond those their teams' needs call for. */
const STRAND_SHARE: Partial<Record<Strand, number>> = {
  dementia: 0.55,
  end_of_life: 0.3,
  mental_health: 0.25,
  learning_disability: 0.2,
};
/** The skills every care worker holds from the core training (medication, moving and assisting people). */
const CORE_SKILLS: Skill[] = ['medication', 'moving_and_handling'];
const SKILL_OF_STRAND: Partial<Record<Strand, Skill>> = {
  dementia: 'dementia',
  end_of_life: 'end_of_life',
  mental_health: 'mental_health',
  learning_disability: 'learning_disability',
};

/** Which specialist strands each care worker is trained and kept current in (the branch's training plan). */
export function planStrands(random: Random, workerIds: readonly string[]): Map<string, Set<Strand>> {
  return new Map(
    workerIds.map((id) => [
      id,
      new Set(
        (Object.entries(STRAND_SHARE) as [Strand, number][])
          .filter(([, share]) => random.chance(share))
          .map(([strand]) => strand),
      ),
    ]),
  );
}

/** The skills a worker will hold under the training plan: the core ones and their strands' skills. */
export function plannedSkills(strands: ReadonlySet<Strand>): Set<Skill> {
  const skills = new Set<Skill>(CORE_SKILLS);
  for (const strand of strands) {
    const skill = SKILL_OF_STRAND[strand];
    if (skill) skills.add(skill);
  }
  return skills;
}
