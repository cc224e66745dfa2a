import type { Kysely } from 'kysely';
import type { CouncilDatabase } from '@council/db/schema';
import {
  latestPeriodStart,
  missingBranches,
  neighbourhoods,
  summariesFor,
  trendRows,
  visitTimesRows,
  type BranchSummary,
  type MissingBranch,
} from './borough-data';
import { chartsFor, type ChartData } from './trends';
import { visitTimesCharts } from './visit-times-trends';

/** The latest period of one kind: every branch's summary for it and the branches that have not sent one. */
export interface LatestPeriod {
  kind: 'week' | 'month';
  start: string | null;
  branches: BranchSummary[];
  missing: MissingBranch[];
}

/** Everything the borough page shows. */
export interface BoroughView {
  neighbourhood: string | null;
  neighbourhoods: string[];
  month: LatestPeriod;
  week: LatestPeriod;
  charts: ChartData[];
  /** Weekly charts from actual visit times (summary version 2), combined and for each branch. */
  visitTimesCharts: ChartData[];
}

/** Gather the borough view, for every neighbourhood or one. */
export async function boroughView(
  db: Kysely<CouncilDatabase>,
  neighbourhood: string | null,
  options: { charts: boolean } = { charts: true },
): Promise<BoroughView> {
  const latest = async (kind: 'week' | 'month'): Promise<LatestPeriod> => {
    const start = await latestPeriodStart(db, kind);
    return {
      kind,
      start,
      branches: start ? await summariesFor(db, kind, start, neighbourhood) : [],
      missing: await missingBranches(db, kind, start, neighbourhood),
    };
  };
  const [month, week, areas, monthRows, weekRows, visitRows] = await Promise.all([
    latest('month'),
    latest('week'),
    neighbourhoods(db),
    options.charts ? trendRows(db, 'month', neighbourhood) : Promise.resolve([]),
    options.charts ? trendRows(db, 'week', neighbourhood) : Promise.resolve([]),
    options.charts ? visitTimesRows(db, neighbourhood) : Promise.resolve([]),
  ]);
  return {
    neighbourhood,
    neighbourhoods: areas,
    month,
    week,
    charts: options.charts ? [...chartsFor('month', monthRows), ...chartsFor('week', weekRows)] : [],
    visitTimesCharts: options.charts ? visitTimesCharts(visitRows) : [],
  };
}

/** Branch summaries grouped by neighbourhood, in order. */
export function byNeighbourhood(branches: readonly BranchSummary[]): [string, BranchSummary[]][] {
  const groups = new Map<string, BranchSummary[]>();
  for (const b of branches) {
    const key = b.summary.branch.neighbourhood;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.entries()];
}
