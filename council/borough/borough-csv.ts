import Papa from 'papaparse';
import { neutraliseCell } from '@shared/domain/csv/formula-cells';
import { formatPeriod } from '@council/web/format';
import { cellText } from '@council/web/line-chart';
import { MONTH_COLUMNS, WEEK_COLUMNS, charterFigureText, charterKey, charterStatusText } from './borough-columns';
import type { BoroughView } from './borough-view';

// CSV exports of the borough view, written the branch app's way: CRLF line ends and every text cell neutralised
// against formula injection (a branch name beginning "=" stays text in a spreadsheet).

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    Papa.unparse(
      { fields: header.map(neutraliseCell), data: rows.map((r) => r.map(neutraliseCell)) },
      {
        newline: '\r\n',
      },
    ) + '\r\n'
  );
}

/** The latest month's and week's figures, one row per branch and period, with the Charter statuses. */
export function latestCsv(view: BoroughView): string {
  const charterKeys = [
    ...new Set(view.month.branches.flatMap((b) => (b.summary.charter ?? []).map((c) => charterKey(c)))),
  ].sort();
  const columns = [...MONTH_COLUMNS, ...WEEK_COLUMNS];
  const header = [
    'Neighbourhood',
    'Branch',
    'Branch id',
    'Provider',
    'Period',
    ...columns.map((c) => c.heading),
    ...charterKeys,
  ];
  const rows = [view.month, view.week].flatMap((period) =>
    period.branches.map((b) => {
      const s = b.summary;
      const charter = charterKeys.map((key) => {
        const c = s.charter?.find((x) => charterKey(x) === key);
        return c ? `${charterStatusText(c)} (${charterFigureText(c)})` : '';
      });
      return [
        s.branch.neighbourhood,
        s.branch.branchName,
        s.branch.branchId,
        s.branch.providerName,
        formatPeriod(s.period.kind, s.period.start),
        ...columns.map((c) => c.cell(s)),
        ...charter,
      ];
    }),
  );
  return csv(header, rows);
}

/** Every chart's figures over time: one row per chart, line and period. */
export function trendsCsv(view: BoroughView): string {
  const rows = [...view.charts, ...view.visitTimesCharts].flatMap((chart) =>
    chart.series.flatMap((line) =>
      chart.periods.map((p, i) => [
        chart.spec.title,
        line.label,
        formatPeriod(chart.spec.period, p),
        p,
        cellText(chart.spec.unit, line.values[i] ?? null, line.gaps?.[i]),
      ]),
    ),
  );
  return csv(['Figure', 'Line', 'Period', 'Period starts', 'Value'], rows);
}
