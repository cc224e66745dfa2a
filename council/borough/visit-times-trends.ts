import type { VisitTimesRow } from './borough-data';
import { MAX_NEIGHBOURHOOD_LINES, type ChartData, type ChartHeading, type Gap } from './trends';

// The borough view's charts of care delivery from actual visit times (summary version 2), week by week: combined over
// the branches shown, and each branch on its own. A share is a count of the visits due (or completed) it is taken
// from; the council works it out only where the branch sent both as numbers, so a count sent as "<5" or "withheld"
// is never treated as 0: a branch's own line shows "suppressed" for that week, and the combined line leaves the
// branch out (its count and its total both), so its hidden count cannot be worked out by subtraction. A branch still
// sending version 1 has no such figures: blank, not 0.

type Figure = 'onTime' | 'late' | 'missed' | 'lengthened' | 'shortened';

/** A share of visits: which count, of which total. */
interface ShareLine {
  label: string;
  /** The title of the chart of this share with a line per branch. */
  byBranch: string;
  count: Figure;
  of: 'due' | 'completed';
}

/** One value for a period, or why there is none. */
interface Point {
  value: number | null;
  gap: Gap | null;
}

const ARRIVALS: readonly ShareLine[] = [
  { label: 'On time', byBranch: 'Arrivals on time, by branch', count: 'onTime', of: 'due' },
  { label: 'Late', byBranch: 'Late arrivals, by branch', count: 'late', of: 'due' },
  { label: 'Missed', byBranch: 'Missed visits, by branch', count: 'missed', of: 'due' },
];
const LENGTHS: readonly ShareLine[] = [
  { label: 'Lengthened', byBranch: 'Visits lengthened, by branch', count: 'lengthened', of: 'completed' },
  { label: 'Shortened', byBranch: 'Visits shortened, by branch', count: 'shortened', of: 'completed' },
];

const LEFT_OUT =
  'A branch that held a small count back (fewer than 5) is left out of that week; branches still sending the ' +
  'older summary (version 1) have no figures from visit times.';
const EACH_BRANCH =
  'Each branch’s own figure: “suppressed” where it held a small count back (fewer than 5), blank where it still ' +
  'sends the older summary (version 1).';

const heading = (id: string, title: string, description: string, unit: ChartHeading['unit']): ChartHeading => ({
  id,
  title,
  description,
  period: 'week',
  unit,
});

/** The visit-times charts for the branches in the rows (the borough, or one neighbourhood), in page order. */
export function visitTimesCharts(rows: readonly VisitTimesRow[]): ChartData[] {
  const periods = [...new Set(rows.map((r) => r.periodStart))].sort();
  // Looked up by week and by branch and week: a borough of a hundred branches over years is thousands of rows.
  const byWeek = new Map<string, VisitTimesRow[]>(periods.map((p) => [p, []]));
  const byBranchWeek = new Map<string, VisitTimesRow>();
  for (const r of rows) {
    byWeek.get(r.periodStart)?.push(r);
    byBranchWeek.set(`${r.branchId} ${r.periodStart}`, r);
  }
  const weeks = periods.map((p) => byWeek.get(p) ?? []);
  const combined = (spec: ChartHeading, lines: readonly { label: string; point: (week: VisitTimesRow[]) => Point }[]) =>
    chart(
      spec,
      periods,
      lines.map((l) => ({ label: l.label, points: weeks.map(l.point) })),
    );
  const branches = branchList(rows);
  const perBranch = (spec: ChartHeading, point: (row: VisitTimesRow) => Point) =>
    chart(
      { ...spec, description: withLineNote(spec.description, branches.length) },
      periods,
      branches.map((b) => ({
        label: b.label,
        points: periods.map((p) => {
          const row = byBranchWeek.get(`${b.branchId} ${p}`);
          return row ? point(row) : { value: null, gap: null };
        }),
      })),
    );
  const shareOfBranch = (line: ShareLine) => (row: VisitTimesRow) => share([row], line);
  return [
    combined(
      heading(
        'visit-arrivals',
        'Arrivals: on time, late and missed',
        'The share of visits due each week that began on time, began late or were missed, added up over the ' +
          'branches. ' +
          LEFT_OUT,
        'percent',
      ),
      ARRIVALS.map((line) => ({ label: line.label, point: (week) => share(week, line) })),
    ),
    combined(
      heading(
        'visit-lengths',
        'Visits lengthened and shortened',
        'The share of completed visits that took more than 5 minutes longer or shorter than planned, added up over ' +
          'the branches. ' +
          LEFT_OUT,
        'percent',
      ),
      LENGTHS.map((line) => ({ label: line.label, point: (week) => share(week, line) })),
    ),
    combined(
      heading(
        'visit-hours',
        'Hours at completed visits: actual against planned',
        'Hours planned for the visits completed each week and hours actually spent at them, added up over the ' +
          'branches. ' +
          LEFT_OUT,
        'number',
      ),
      [
        { label: 'Planned', point: (week) => hours(week, 'plannedHours') },
        { label: 'Actual', point: (week) => hours(week, 'actualHours') },
      ],
    ),
    ...[...ARRIVALS, ...LENGTHS].map((line) =>
      perBranch(
        heading(
          `visit-${line.count}-by-branch`,
          line.byBranch,
          `The share of ${line.of === 'due' ? 'visits due' : 'completed visits'} each week. ${EACH_BRANCH}`,
          'percent',
        ),
        shareOfBranch(line),
      ),
    ),
    perBranch(
      heading(
        'visit-hours-by-branch',
        'Actual hours as a share of planned, by branch',
        `Hours actually spent at completed visits for every 100 planned, each week. ${EACH_BRANCH}`,
        'percent',
      ),
      (row) => actualOfPlanned(row),
    ),
  ];
}

/** Each branch once, by neighbourhood and name, labelled with its latest name. */
function branchList(rows: readonly VisitTimesRow[]): { branchId: string; label: string }[] {
  const latest = new Map<string, VisitTimesRow>();
  for (const r of rows) latest.set(r.branchId, r);
  return [...latest.values()]
    .sort(
      (a, b) =>
        a.neighbourhood.localeCompare(b.neighbourhood) ||
        a.branchName.localeCompare(b.branchName) ||
        a.branchId.localeCompare(b.branchId),
    )
    .map((r) => ({ branchId: r.branchId, label: r.branchName }));
}

function withLineNote(description: string, lines: number): string {
  return lines > MAX_NEIGHBOURHOOD_LINES
    ? `${description} Choose a neighbourhood above to see fewer lines; every branch is in the figures.`
    : description;
}

function chart(spec: ChartHeading, periods: string[], lines: readonly { label: string; points: Point[] }[]): ChartData {
  return {
    spec,
    periods,
    series: lines.map((l) => ({
      label: l.label,
      values: l.points.map((p) => p.value),
      gaps: l.points.map((p) => p.gap),
    })),
  };
}

/** A share (in percent) of the visits of the branches in `week` that sent both counts; why not, when none did. */
function share(week: readonly VisitTimesRow[], line: ShareLine): Point {
  const current = week.filter((r) => r.version >= 2);
  if (current.length === 0) return { value: null, gap: 'older-version' };
  let count = 0;
  let of = 0;
  let sent = 0;
  for (const r of current) {
    const c = r[line.count];
    const total = r[line.of];
    if (c === null || total === null) continue;
    sent += 1;
    count += c;
    of += total;
  }
  if (sent === 0) return { value: null, gap: 'suppressed' };
  return of === 0 ? { value: null, gap: 'none' } : { value: (count / of) * 100, gap: null };
}

/** Hours added up over the branches of `week` that sent both planned and actual hours. */
function hours(week: readonly VisitTimesRow[], which: 'plannedHours' | 'actualHours'): Point {
  const current = week.filter((r) => r.version >= 2);
  if (current.length === 0) return { value: null, gap: 'older-version' };
  const sent = current.filter((r) => r.plannedHours !== null && r.actualHours !== null);
  if (sent.length === 0) return { value: null, gap: 'suppressed' };
  return { value: sent.reduce((sum, r) => sum + (r[which] ?? 0), 0), gap: null };
}

/** One branch's actual hours for every 100 planned. */
function actualOfPlanned(row: VisitTimesRow): Point {
  if (row.version < 2) return { value: null, gap: 'older-version' };
  if (row.plannedHours === null || row.actualHours === null) return { value: null, gap: 'suppressed' };
  return row.plannedHours === 0
    ? { value: null, gap: 'none' }
    : { value: (row.actualHours / row.plannedHours) * 100, gap: null };
}
