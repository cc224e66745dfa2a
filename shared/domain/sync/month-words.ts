import { STRAND_LABELS, type Strand } from '../training/catalogue';
import { capacityTrackerAnswers } from './capacity-tracker';
import { SMALL, WITHHELD, type Count, type Measure, type Rate, type Share } from './counts';
import type { LowestRateBand, TrainingSet } from './summary-v1';
import type { Summary } from './summary';
import type { SummaryReading } from './sync-views';

// A monthly workforce summary in the manager's words ("134 workers, 0 on zero-hours contracts, …"); the weekly
// sections are read in summary-words.ts, which joins these lines to its own.

type Lines = SummaryReading['lines'];

const BAND_WORDS: Record<LowestRateBand, string> = {
  below_floor: 'below the pay floor',
  floor_to_london_living_wage: 'at or above the pay floor, below the London Living Wage',
  at_or_above_london_living_wage: 'at or above the London Living Wage',
};

const STATUS_WORDS = { met: 'met', not_met: 'not met', not_measured: 'not measured' } as const;

/** The workforce, pay, training, apprenticeships and Charter sections of a monthly summary, in plain words. */
export function monthLines(summary: Summary): Lines {
  return [
    ...workforceLines(summary),
    ...payLines(summary),
    ...trainingLines(summary),
    ...apprenticeshipLines(summary),
    ...charterLines(summary),
    ...capacityTrackerLines(summary),
  ];
}

function capacityTrackerLines(summary: Summary): Lines {
  const answers = capacityTrackerAnswers(summary);
  if (answers.length === 0) return [];
  return [
    {
      heading: 'Lined up with the Capacity Tracker',
      lines: answers.map((a) => {
        const answer = a.answer === null ? 'not sent (too few to count safely)' : a.answer.toLocaleString('en-GB');
        return `${a.question}: ${answer} (from ${a.from})`;
      }),
    },
  ];
}

function workforceLines(summary: Summary): Lines {
  const w = summary.workforce;
  if (!w) return [];
  return [
    {
      heading: 'Workforce on the last day of the month',
      lines: [
        `${count(w.headcount, 'worker', 'workers')}, ${countWord(w.zeroHours.count)} on zero-hours contracts`,
        `${count(w.starters12Months, 'starter', 'starters')} and ${countWord(w.leavers12Months)} leavers ` +
          `in the last 12 months (turnover ${measureRate(w.turnover12Months)})`,
        `${count(w.vacancies, 'post', 'posts')} vacant`,
        `${share(w.livingInBorough)} of workers with a home address recorded live in the borough`,
      ],
    },
  ];
}

function payLines(summary: Summary): Lines {
  const p = summary.pay;
  if (!p) return [];
  return [
    {
      heading: 'Pay in the month (from the published rotas’ pay view)',
      lines: [
        p.lowestRateBand === null
          ? 'No pay in the month’s published rotas'
          : `The lowest hourly rate paid is ${BAND_WORDS[p.lowestRateBand]}`,
        `${share(p.atOrAboveFloor)} of workers paid were paid at or above the pay floor`,
        `${share(p.travelPaidFullRate)} of shifts with travel had it paid at the full hourly rate`,
        p.occupationalSickPay === null
          ? 'Occupational sick pay: no workers to say'
          : p.occupationalSickPay
            ? 'Every worker is covered by the occupational sick pay scheme'
            : 'Not every worker is covered by the occupational sick pay scheme',
        `${count(p.sickDays, 'day', 'days')} lost to sickness; ${measure(p.sickPayHours, 'hours')} of sick pay`,
      ],
    },
  ];
}

function trainingLines(summary: Summary): Lines {
  const t = summary.training;
  if (!t) return [];
  return [
    {
      heading: 'Training at the end of the month',
      lines: (Object.keys(t) as TrainingSet[]).map((set) => {
        const s = t[set];
        const name = set === 'mandatory' ? 'Mandatory training' : STRAND_LABELS[set as Strand];
        if (s.compliant.of === 0) return `${name}: required of no one`;
        return (
          `${name}: ${share(s.compliant)} of those who need it are up to date; ` +
          `${countWord(s.expiringWithin90Days)} expire within 90 days`
        );
      }),
    },
  ];
}

function apprenticeshipLines(summary: Summary): Lines {
  const a = summary.apprenticeships;
  if (!a) return [];
  return [
    {
      heading: 'Apprenticeships',
      lines: [
        `${count(a.activeByStandard.total, 'apprentice', 'apprentices')} on programme; ` +
          `${countWord(a.starts)} started and ${countWord(a.completions)} completed in the month`,
        `${share(a.offTheJobOnTrack)} on track for their off-the-job hours; ` +
          `${countWord(a.reviewsOverdue)} with a progress review overdue`,
      ],
    },
  ];
}

function charterLines(summary: Summary): Lines {
  const c = summary.charter;
  if (!c) return [];
  return [
    {
      heading: 'Ethical Care Charter',
      lines: c.map(
        (item) =>
          `Stage ${item.stage}.${item.number}, ${item.commitment}: ${STATUS_WORDS[item.status]}` +
          (item.figure ? ` (${countWord(item.figure.count)} of ${countWord(item.figure.of)})` : ''),
      ),
    },
  ];
}

/** A count in words: "134 workers", "Fewer than 5 workers", "No workers". */
export function count(value: Count, one: string, many: string): string {
  if (value === 0) return `No ${many}`;
  if (value === SMALL) return `Fewer than 5 ${many}`;
  if (value === WITHHELD) return `A number of ${many} not sent`;
  return `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`;
}

/** A count inside a sentence: "134", "fewer than 5", "not sent". */
export function countWord(value: Count): string {
  if (value === SMALL) return 'fewer than 5';
  if (value === WITHHELD) return 'not sent';
  return value.toLocaleString('en-GB');
}

/** A measure with its unit: "12.5 hours", "hours not sent". */
export function measure(value: Measure, unit: string): string {
  if (value === null) return `no ${unit}`;
  if (value === WITHHELD) return `${unit} not sent`;
  return `${value.toLocaleString('en-GB')} ${unit}`;
}

function measureRate(value: Measure): string {
  if (value === null) return 'none to count';
  if (value === WITHHELD) return 'not sent';
  return `${Math.round(value * 100)}%`;
}

/** A share as a percentage, or why it is not sent. */
export function share(value: Share): string {
  return rateWords(value.rate);
}

/** A rate as a percentage, or why it is not sent. */
export function rateWords(rate: Rate): string {
  if (rate === null) return 'None (nothing to count)';
  if (rate === WITHHELD) return 'A share not sent (too few to count safely)';
  return `${Math.round(rate * 100)}%`;
}
