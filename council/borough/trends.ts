import type { TrendRow } from './borough-data';
import { TREND_FIGURES } from './trend-figures';

/** What a chart's values are. */
export type ChartUnit = 'count' | 'percent' | 'number';

/** What a chart says about itself: all the page and the CSV need. */
export interface ChartHeading {
  id: string;
  title: string;
  /** One sentence saying what is plotted and how branches are combined. */
  description: string;
  period: 'week' | 'month';
  unit: ChartUnit;
}

/** Why a chart has no value for a period where it has one for others (shown instead of a number, never as 0). */
export type Gap = 'suppressed' | 'older-version' | 'none';

/** One chart of the borough view. */
export interface ChartSpec extends ChartHeading {
  /** A line per neighbourhood for one figure, or a fixed set of figures for the borough (or chosen neighbourhood). */
  lines: { byNeighbourhood: string } | { figures: readonly { key: string; label: string }[] };
}

/** A chart's data: the periods along the bottom and one line per series (null where nothing was sent). */
export interface ChartData {
  spec: ChartHeading;
  periods: string[];
  /** `gaps`, where given, says why a value is null: the table shows that instead of "not sent". */
  series: { label: string; values: (number | null)[]; gaps?: (Gap | null)[] }[];
}

/** Above this many neighbourhoods a per-neighbourhood chart shows the borough as one line instead. */
export const MAX_NEIGHBOURHOOD_LINES = 6;

const RATE_NOTE = 'Branches whose figure was withheld to protect small numbers are left out of that period.';

/** The charts, in page order. */
export const CHARTS: readonly ChartSpec[] = [
  {
    id: 'workforce',
    title: 'Workers employed',
    description: 'Everyone employed on the last day of each month, added up over the branches. ' + RATE_NOTE,
    period: 'month',
    unit: 'count',
    lines: { byNeighbourhood: 'headcount' },
  },
  {
    id: 'pay-floor',
    title: 'Workers paid at or above the pay floor',
    description: 'The share of paid workers paid at least the policy floor for every hour, each month. ' + RATE_NOTE,
    period: 'month',
    unit: 'percent',
    lines: { byNeighbourhood: 'floor' },
  },
  {
    id: 'training',
    title: 'Training up to date, by specialist strand',
    description:
      'The share of workers needing each set of training who hold all of it in date, each month. ' + RATE_NOTE,
    period: 'month',
    unit: 'percent',
    lines: {
      figures: [
        { key: 'train_end_of_life', label: 'End of life care' },
        { key: 'train_mental_health', label: 'Mental health' },
        { key: 'train_dementia', label: 'Advanced dementia' },
        { key: 'train_learning_disability', label: 'Learning disability' },
        { key: 'train_meaningful_life', label: 'Meaningful life roles' },
        { key: 'train_mandatory', label: 'Mandatory training' },
      ],
    },
  },
  {
    id: 'apprenticeships',
    title: 'Apprenticeships',
    description: 'Apprentices on programme at each month end, and apprenticeships started in the month. ' + RATE_NOTE,
    period: 'month',
    unit: 'count',
    lines: {
      figures: [
        { key: 'apprentices_active', label: 'On programme' },
        { key: 'apprentice_starts', label: 'Started in the month' },
      ],
    },
  },
  {
    id: 'continuity',
    title: 'Continuity of care: different workers each person sees in a week',
    description: 'The middle value over people supported, averaged over branches by how many people each supports.',
    period: 'week',
    unit: 'number',
    lines: { byNeighbourhood: 'continuity_median' },
  },
  {
    id: 'short-visits',
    title: 'Visits planned for under 30 minutes',
    description: 'The share of planned visits shorter than 30 minutes, each week. ' + RATE_NOTE,
    period: 'week',
    unit: 'percent',
    lines: { byNeighbourhood: 'short_visits' },
  },
  {
    id: 'unassigned',
    title: 'Visits without a worker when the rota was published',
    description: 'The share of planned visits with no worker (or no second worker) assigned, each week. ' + RATE_NOTE,
    period: 'week',
    unit: 'percent',
    lines: { byNeighbourhood: 'unassigned' },
  },
  {
    id: 'hub',
    title: 'Hub use',
    description: 'Sign-ins and desk bookings by visiting staff at the hubs, each week. ' + RATE_NOTE,
    period: 'week',
    unit: 'count',
    lines: {
      figures: [
        { key: 'hub_sign_ins', label: 'Sign-ins' },
        { key: 'hub_bookings', label: 'Desk bookings' },
      ],
    },
  },
];

/** Build every chart of one kind of period from the trend rows. */
export function chartsFor(kind: 'week' | 'month', rows: readonly TrendRow[]): ChartData[] {
  const periods = [...new Set(rows.map((r) => r.periodStart))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const areas = [...new Set(rows.map((r) => r.neighbourhood))].sort();
  return CHARTS.filter((c) => c.period === kind).map((spec) => {
    const lineDefs =
      'figures' in spec.lines
        ? spec.lines.figures.map((f) => ({ label: f.label, key: f.key, area: null as string | null }))
        : areas.length <= MAX_NEIGHBOURHOOD_LINES
          ? areas.map((area) => ({
              label: area,
              key: (spec.lines as { byNeighbourhood: string }).byNeighbourhood,
              area,
            }))
          : [{ label: 'All neighbourhoods', key: spec.lines.byNeighbourhood, area: null }];
    const series = lineDefs.map((line) => {
      const numerators: number[] = periods.map(() => 0);
      const denominators: number[] = periods.map(() => 0);
      for (const row of rows) {
        if (line.area !== null && row.neighbourhood !== line.area) continue;
        const figure = row.figures[line.key];
        if (!figure || figure.numerator === null || !figure.denominator) continue;
        const i = index.get(row.periodStart) as number;
        numerators[i] = (numerators[i] as number) + figure.numerator;
        denominators[i] = (denominators[i] as number) + figure.denominator;
      }
      const isSum = TREND_FIGURES.find((f) => f.key === line.key)?.aggregate.kind === 'sum';
      const values = periods.map((_, i) => {
        const d = denominators[i] as number;
        if (d === 0) return null;
        const n = numerators[i] as number;
        return isSum ? n : spec.unit === 'percent' ? (n / d) * 100 : n / d;
      });
      return { label: line.label, values };
    });
    return { spec, periods, series };
  });
}
