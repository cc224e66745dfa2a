import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import './chart.css';

/** One series of bars: its name (legend and table heading) and the CSS class that colours it. */
export interface ChartSeries<Row> {
  key: string;
  label: string;
  tone: 'brand' | 'error' | 'warning' | 'muted';
  value: (row: Row) => number;
}

interface BarChartFigureProps<Row> {
  /** What the chart shows; its caption and its table's. */
  title: string;
  /** One sentence with the figures that matter, read before the chart (and instead of it by a screen reader). */
  summary: string;
  rows: readonly Row[];
  rowLabel: (row: Row) => string;
  /** A shorter label under each bar where the full one would crowd (the table keeps the full one). */
  tickLabel?: (row: Row) => string;
  /** The heading of the table's first column (what each row is). */
  rowHeading: string;
  series: readonly ChartSeries<Row>[];
  /** Bars stack (parts of one whole) or stand side by side (compared). */
  stacked?: boolean;
  /** Horizontal bars, for long labels such as names or course titles. */
  horizontal?: boolean;
  /** How a value reads in the table (hours, counts). */
  format?: (value: number) => string;
  width?: number;
}

const ROW_PX = 26;

/**
 * A bar chart with its text alternative: the summary sentence, and the same figures as a table for screen readers
 * (the drawing itself is hidden from them). The width is fixed, narrow enough for a half-width panel at 1280 px, so
 * the chart draws the same in every window and in tests, which have no layout to measure.
 */
export function BarChartFigure<Row>({
  title,
  summary,
  rows,
  rowLabel,
  tickLabel = rowLabel,
  rowHeading,
  series,
  stacked = false,
  horizontal = false,
  format = String,
  width = 440,
}: BarChartFigureProps<Row>) {
  const data = rows.map((row) => ({
    label: tickLabel(row),
    ...Object.fromEntries(series.map((s) => [s.key, s.value(row)])),
  }));
  const height = horizontal ? Math.max(120, rows.length * ROW_PX * (stacked ? 1 : 1.5) + 40) : 200;
  return (
    <figure className="chart">
      <figcaption>
        <span className="chart__title">{title}</span>
        <span className="chart__summary">{summary}</span>
      </figcaption>
      <div aria-hidden="true">
        <ul className="chart__legend">
          {series.map((s) => (
            <li key={s.key}>
              <span className={`chart__swatch chart__swatch--${s.tone}`} />
              {s.label}
            </li>
          ))}
        </ul>
        {rows.length > 0 && (
          <BarChart
            width={width}
            height={height}
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            barCategoryGap={horizontal ? 4 : '20%'}
            // The table below is the chart's accessible form; recharts' own keyboard layer would be a second one.
            accessibilityLayer={false}
          >
            <CartesianGrid className="chart__grid" horizontal={!horizontal} vertical={horizontal} />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} tickFormatter={format} />
                <YAxis type="category" dataKey="label" width={150} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" interval={0} />
                <YAxis allowDecimals={false} width={36} tickFormatter={format} />
              </>
            )}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                className={`chart__bar chart__bar--${s.tone}`}
                isAnimationActive={false}
                {...(stacked ? { stackId: 'all' } : {})}
              />
            ))}
          </BarChart>
        )}
      </div>
      {/* Hidden in a div: a table ignores the 1px width that hides it, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowLabel(row)}>
                <th scope="row">{rowLabel(row)}</th>
                {series.map((s) => (
                  <td key={s.key}>{format(s.value(row))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
