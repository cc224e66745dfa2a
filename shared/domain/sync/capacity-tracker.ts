import { SMALL, WITHHELD, type Breakdown, type Count } from './counts';
import type { Summary } from './summary';

// The Capacity Tracker's home care workforce questions (the monthly return mandated under section 277A of the Health
// and Social Care Act 2012: headcounts of directly employed care-providing and non-care-providing staff, of agency or
// bank staff, and days lost to sickness), answered from what a monthly summary already sends. Each answer is a sum of
// cells the summary sends, so it discloses nothing a reader could not add up; a cell held back leaves it unanswered.

/** One Capacity Tracker question and the summary's answer to it. */
export interface CapacityTrackerAnswer {
  /** The question, in the Tracker's words. */
  question: string;
  /** The answer (a number), or null when a figure it is added up from is held back. */
  answer: number | null;
  /** Which summary fields it is added up from, in words. */
  from: string;
}

/** The Tracker's workforce questions a monthly summary answers; empty for a weekly summary. */
export function capacityTrackerAnswers(summary: Summary): CapacityTrackerAnswer[] {
  const w = summary.workforce;
  const p = summary.pay;
  if (!w || !p) return [];
  const roles = w.byRoleGroup;
  const contracts = w.byContractType;
  const agencyOrBank = sumOf(contracts, ['bank', 'agency']);
  return [
    {
      question: 'Total headcount of directly employed staff',
      answer: minus(exact(w.headcount), agencyOrBank),
      from: 'headcount, less pool or bank and agency contracts (ASC-WDS EMPLSTATUS 3 and 4)',
    },
    {
      question: 'Total headcount of agency or bank staff',
      answer: agencyOrBank,
      from: 'pool or bank and agency contracts',
    },
    {
      question: 'Care-providing staff (headcount)',
      answer: sumOf(roles, ['care_providing']),
      from: 'the care-providing job role group (ASC-WDS MAINJOBROLE grouped)',
    },
    {
      question: 'Non-care-providing staff (headcount)',
      answer: sumOf(roles, ['managerial', 'professional', 'it_digital', 'other']),
      from: 'every other job role group',
    },
    {
      question: 'Days lost to sickness in the month',
      answer: exact(p.sickDays),
      from: 'days lost to sickness (ASC-WDS DAYSSICK, summed)',
    },
    {
      question: 'Vacancies',
      answer: exact(w.vacancies),
      from: 'posts advertised and not filled on the last day (ASC-WDS VACANCIES)',
    },
  ];
}

function exact(count: Count): number | null {
  return count === SMALL || count === WITHHELD ? null : count;
}

function sumOf<K extends string>(breakdown: Breakdown<K>, keys: readonly K[]): number | null {
  if (breakdown.cells === WITHHELD) return null;
  let sum = 0;
  for (const key of keys) {
    const cell = exact(breakdown.cells[key]);
    if (cell === null) return null;
    sum += cell;
  }
  return sum;
}

function minus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}
