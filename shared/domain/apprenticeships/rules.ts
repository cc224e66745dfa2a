import { addMonths } from '@shared/domain/time/calendar';
import { addDays, daysBetween } from '@shared/domain/time/iso-week';
import {
  ENGLISH_MATHS_RULES,
  MINIMUM_DURATION_RULES,
  OTJ_BEHIND_TOLERANCE_HOURS,
  STATUTORY_LEAVE_WEEKS_PER_YEAR,
  OTJ_RULES,
  REVIEW_INTERVAL_DAYS,
  type OtjRule,
} from './policy';

/** The OTJ rule that applies to an apprenticeship starting on a date, with its one-line summary. */
export function otjRuleFor(startDate: string): { rule: OtjRule; summary: string } {
  let chosen = OTJ_RULES[0]!;
  for (const row of OTJ_RULES) if (row.from <= startDate) chosen = row;
  return { rule: chosen.rule, summary: chosen.summary };
}

/** What the planned-hours calculation needs about an apprenticeship. */
export interface OtjPlanFacts {
  startDate: string;
  plannedEndDate: string;
  weeklyHours: number;
  /** The standard's published minimum OTJ hours (used from Aug 2025). */
  standardMinimumHours: number;
}

/** Hours rounded to one decimal place for display and comparison. */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** The minimum duration for an apprenticeship starting on a date (months), and the earliest planned end it allows. */
export function minimumDuration(startDate: string): { months: number; earliestEnd: string } {
  let months = MINIMUM_DURATION_RULES[0]!.months;
  for (const row of MINIMUM_DURATION_RULES) if (row.from <= startDate) months = row.months;
  return { months, earliestEnd: addDays(addMonths(startDate, months), -1) };
}

/** Weeks of the planned duration less the statutory annual leave in them (the weeks OTJ time is planned over). */
export function weeksLessStatutoryLeave(startDate: string, plannedEndDate: string): number {
  const weeks = Math.max(0, daysBetween(startDate, plannedEndDate)) / 7;
  return weeks * (1 - STATUTORY_LEAVE_WEEKS_PER_YEAR / 52);
}

/**
 * Total OTJ hours planned over the whole apprenticeship, by the rule for its start date; the percentage and weekly
 * rules count the weeks of the planned duration less statutory leave, as the funding rules do.
 */
export function plannedTotalOtjHours(facts: OtjPlanFacts): number {
  const weeks = weeksLessStatutoryLeave(facts.startDate, facts.plannedEndDate);
  const { rule } = otjRuleFor(facts.startDate);
  switch (rule.kind) {
    case 'percentOfHours':
      return roundHours((facts.weeklyHours * weeks * rule.percent) / 100);
    case 'weeklyHours': {
      const perWeek =
        facts.weeklyHours >= rule.fullTimeHours
          ? rule.weeklyHours
          : (rule.weeklyHours * facts.weeklyHours) / rule.fullTimeHours;
      return roundHours(perWeek * weeks);
    }
    case 'standardMinimum':
      return facts.standardMinimumHours;
  }
}

/** OTJ status of an apprenticeship on a date. */
export type OtjStatus = 'on_track' | 'behind' | 'met';

/** Planned vs actual OTJ hours to date, the status, and the hours a week needed from now to finish on time. */
export interface OtjProgress {
  plannedTotal: number;
  plannedToDate: number;
  actualToDate: number;
  status: OtjStatus;
  /** Hours a week from today to the planned end that would reach the planned total (0 when met). */
  catchUpPerWeek: number;
}

/**
 * Planned hours accrue evenly from start to planned end (OTJ need not be evenly spread, but an even line is the fair
 * yardstick for "behind"). Behind means at least the tolerance fewer approved hours than the line says by today.
 */
export function otjProgress(facts: OtjPlanFacts, actualToDate: number, today: string): OtjProgress {
  const plannedTotal = plannedTotalOtjHours(facts);
  const totalDays = Math.max(1, daysBetween(facts.startDate, facts.plannedEndDate));
  const elapsed = Math.min(totalDays, Math.max(0, daysBetween(facts.startDate, today)));
  const plannedToDate = roundHours((plannedTotal * elapsed) / totalDays);
  const actual = roundHours(actualToDate);
  const remainingHours = Math.max(0, plannedTotal - actual);
  if (remainingHours === 0)
    return { plannedTotal, plannedToDate, actualToDate: actual, status: 'met', catchUpPerWeek: 0 };
  const weeksLeft = daysBetween(today, facts.plannedEndDate) / 7;
  const catchUpPerWeek = weeksLeft >= 1 ? roundHours(remainingHours / weeksLeft) : roundHours(remainingHours);
  return {
    plannedTotal,
    plannedToDate,
    actualToDate: actual,
    status: actual + OTJ_BEHIND_TOLERANCE_HOURS > plannedToDate ? 'on_track' : 'behind',
    catchUpPerWeek,
  };
}

/** Whether English and maths are required or optional for an apprentice of this age at start, judged on a date. */
export function englishMathsRequirement(ageAtStart: number, onDate: string): 'required' | 'optional' {
  let rule = ENGLISH_MATHS_RULES[0]!;
  for (const row of ENGLISH_MATHS_RULES) if (row.from <= onDate) rule = row;
  return rule.optionalFromAge !== null && ageAtStart >= rule.optionalFromAge ? 'optional' : 'required';
}

/** The functional skills level an apprentice aims for: Level 1 on a Level 2 standard, Level 2 on Level 3 and above. */
export function englishMathsTargetLevel(standardLevel: number): 1 | 2 {
  return standardLevel <= 2 ? 1 : 2;
}

/** Review status: when the next review is due (12 weeks after the last, or after the start) and whether it is late. */
export function nextReviewDue(startDate: string, lastReviewDate: string | null): string {
  return addDays(lastReviewDate ?? startDate, REVIEW_INTERVAL_DAYS);
}

/** Days until a review is due (negative when overdue). */
export function reviewDaysLeft(startDate: string, lastReviewDate: string | null, today: string): number {
  return daysBetween(today, nextReviewDue(startDate, lastReviewDate));
}
