import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText, requiredText } from '../common';
import { Skill } from '../skills';
import { daysBetween } from '@shared/domain/time/iso-week';

/** Days of the ideal week, ISO numbering (1 = Monday … 7 = Sunday). */
export const Weekday = z
  .number()
  .int()
  .min(1, 'Choose a day from Monday to Sunday')
  .max(7, 'Choose a day from Monday to Sunday');
export type Weekday = z.infer<typeof Weekday>;

/** Day names in ISO order (index 0 = Monday). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Every week, or alternate weeks (A or B, counted from the version's anchor Monday). */
export const RepeatPattern = z.enum(['weekly', 'week_a', 'week_b']);
export type RepeatPattern = z.infer<typeof RepeatPattern>;

/** Labels for repeat patterns. */
export const REPEAT_LABELS: Record<RepeatPattern, string> = {
  weekly: 'Every week',
  week_a: 'Alternate weeks (A)',
  week_b: 'Alternate weeks (B)',
};

/** Whether a week starting on `monday` is week A (true) or B of a pattern anchored on the Monday `anchor`. */
export function isWeekA(anchor: string, monday: string): boolean {
  const weeks = Math.floor(daysBetween(anchor, monday) / 7);
  return ((weeks % 2) + 2) % 2 === 0;
}

/** Policy for ideal-week items; data, passed in from the settings so no number hides in the rules. */
export interface IdealWeekPolicy {
  /** Visits shorter than this need the "agreed short visit" flag (Ethical Care Charter, NICE QS123). */
  minVisitMinutes: number;
  /** The longest single visit. */
  maxVisitMinutes: number;
  /** The widest start flexibility either side. */
  maxFlexMinutes: number;
}

/** The defaults of the branch policy (settings may override them). */
export const DEFAULT_IDEAL_WEEK_POLICY: IdealWeekPolicy = {
  minVisitMinutes: 30,
  maxVisitMinutes: 720,
  maxFlexMinutes: 120,
};

/** One item of the ideal week, as typed on the grid. Structural checks only; policy checks are in idealWeekProblems. */
export const IdealWeekItemInput = z.object({
  weekday: Weekday,
  startMinute: z
    .number({ message: 'Enter a start time' })
    .int()
    .min(0, 'Start time must be 00:00 or later')
    .max(1439, 'Start time must be before midnight'),
  durationMinutes: z
    .number({ message: 'Enter a duration in minutes' })
    .int('Enter whole minutes')
    .min(1, 'A visit must last at least 1 minute'),
  workersNeeded: z.union([z.literal(1), z.literal(2)], { message: 'A visit needs 1 or 2 workers' }),
  purpose: requiredText('what the visit is for, in the person’s words', 500),
  requiredSkills: z.array(Skill).refine((list) => new Set(list).size === list.length, 'List each skill once'),
  flexMinutes: z.number().int().min(0, 'Flexibility cannot be negative'),
  preferredWorkerIds: z.array(Id).max(12),
  agreedShortVisit: z.boolean(),
  repeat: RepeatPattern,
});
export type IdealWeekItemInput = z.infer<typeof IdealWeekItemInput>;

/** A new version of a person's ideal week, in force from a date (earlier weeks keep the version they had). */
export const IdealWeekInput = z.object({
  clientId: Id,
  effectiveFrom: IsoDate,
  /** A Monday: week A of alternate-week items is the week starting on this date (and every second week). */
  anchorDate: IsoDate,
  note: optionalText('note', 500),
  items: z.array(IdealWeekItemInput).max(200, 'An ideal week holds at most 200 visits'),
});
export type IdealWeekInput = z.infer<typeof IdealWeekInput>;

/** An ideal-week item as stored. */
export const IdealWeekItem = IdealWeekItemInput.extend({ id: Id });
export type IdealWeekItem = z.infer<typeof IdealWeekItem>;

/** Weekly totals: hours, visits, double-ups (alternate-week items count half, as an average week). */
export const IdealWeekTotals = z.object({
  minutes: z.number(),
  visits: z.number(),
  doubleUps: z.number(),
});
export type IdealWeekTotals = z.infer<typeof IdealWeekTotals>;

/** One version in the history of a person's ideal week. */
export const IdealWeekVersionSummary = z.object({
  id: Id,
  effectiveFrom: IsoDate,
  itemCount: z.number().int(),
  createdAt: IsoDateTime,
  createdBy: z.string(),
});
export type IdealWeekVersionSummary = z.infer<typeof IdealWeekVersionSummary>;

/** A person's ideal week as in force on a date, with its history. */
export const IdealWeekView = z.object({
  clientId: Id,
  onDate: IsoDate,
  version: z
    .object({
      id: Id,
      effectiveFrom: IsoDate,
      anchorDate: IsoDate,
      note: z.string().nullable(),
      items: z.array(IdealWeekItem),
      totals: IdealWeekTotals,
    })
    .nullable(),
  versions: z.array(IdealWeekVersionSummary),
});
export type IdealWeekView = z.infer<typeof IdealWeekView>;

/** Totals for a set of items: an alternate-week item happens every other week, so it counts half. */
export function idealWeekTotals(
  items: readonly Pick<IdealWeekItemInput, 'durationMinutes' | 'workersNeeded' | 'repeat'>[],
): IdealWeekTotals {
  let minutes = 0;
  let visits = 0;
  let doubleUps = 0;
  for (const item of items) {
    const share = item.repeat === 'weekly' ? 1 : 0.5;
    minutes += item.durationMinutes * share;
    visits += share;
    if (item.workersNeeded === 2) doubleUps += share;
  }
  return { minutes, visits, doubleUps };
}

/** A problem with one item, at its path in the input. */
export interface ItemProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules a schema cannot see, given the branch policy and the person's team: duration limits, the agreed
 * short-visit flag, a visit crossing midnight, preferred workers outside the team, and overlapping items needing
 * more workers at once than the team holds.
 */
export function idealWeekProblems(
  items: readonly IdealWeekItemInput[],
  team: readonly string[],
  policy: IdealWeekPolicy,
): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const teamSet = new Set(team);
  items.forEach((item, i) => {
    const at = (field: string) => ['items', i, field];
    if (item.durationMinutes > policy.maxVisitMinutes) {
      problems.push({
        path: at('durationMinutes'),
        message: `A visit may last at most ${policy.maxVisitMinutes / 60} hours`,
      });
    } else if (item.durationMinutes < policy.minVisitMinutes && !item.agreedShortVisit) {
      problems.push({
        path: at('agreedShortVisit'),
        message:
          `Visits under ${policy.minVisitMinutes} minutes are ` +
          `refused unless agreed with the person as a short visit`,
      });
    }
    if (item.startMinute + item.durationMinutes > 1440) {
      problems.push({
        path: at('durationMinutes'),
        message: 'A visit may not cross midnight; split it into two items',
      });
    }
    if (item.flexMinutes > policy.maxFlexMinutes) {
      problems.push({
        path: at('flexMinutes'),
        message: `Start flexibility may be at most ±${policy.maxFlexMinutes} minutes`,
      });
    }
    if (item.workersNeeded > team.length) {
      problems.push({
        path: at('workersNeeded'),
        message: `This visit needs ${item.workersNeeded} workers but the team has ${team.length}`,
      });
    }
    item.preferredWorkerIds.forEach((id, j) => {
      if (!teamSet.has(id))
        problems.push({
          path: ['items', i, 'preferredWorkerIds', j],
          message: 'Preferred workers must be in the person’s team',
        });
    });
  });
  // Overlaps: at any moment, the workers needed by items that can fall in the same week must fit in the team.
  for (let day = 1; day <= 7; day += 1) {
    for (const week of ['week_a', 'week_b'] as const) {
      const onDay = items
        .map((item, index) => ({ item, index }))
        .filter(({ item }) => item.weekday === day && (item.repeat === 'weekly' || item.repeat === week));
      for (const { item, index } of onDay) {
        // The demand peaks at some item's start, so checking each start is enough.
        const t = item.startMinute;
        const overlapping = onDay.filter(({ item: o }) => o.startMinute <= t && t < o.startMinute + o.durationMinutes);
        const needed = overlapping.reduce((sum, { item: o }) => sum + o.workersNeeded, 0);
        if (
          overlapping.length > 1 &&
          needed > team.length &&
          !problems.some((p) => p.path[1] === index && p.path[2] === 'startMinute')
        ) {
          problems.push({
            path: ['items', index, 'startMinute'],
            message: `Overlapping visits need ${needed} workers at once but the team has ${team.length}`,
          });
        }
      }
    }
  }
  return problems;
}
