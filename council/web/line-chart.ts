import type { ChartData, ChartUnit, Gap } from '@council/borough/trends';
import { formatPeriod, formatPeriodShort } from './format';
import { html, type Html } from './html';

// A line chart as SVG drawn on the server: no script, readable by screen readers (a title, a description naming the
// latest figures, and every figure in a table behind "Show the figures"), and lines told apart by dash pattern as
// well as colour, so it reads in greyscale too.

const WIDTH = 680;
const HEIGHT = 260;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };
const STYLES = [
  { colour: '#1d70b8', dash: '' },
  { colour: '#d4351c', dash: '8 4' },
  { colour: '#00703c', dash: '2 4' },
  { colour: '#4c2c92', dash: '10 4 2 4' },
  { colour: '#b58840', dash: '4 2' },
  { colour: '#505a5f', dash: '14 6' },
];

/** A value in the chart's unit, as words for the table and description. */
export function formatValue(unit: ChartUnit, value: number | null): string {
  if (value === null) return 'not sent';
  if (unit === 'percent') return `${value < 10 && value > 0 ? value.toFixed(1) : Math.round(value)}%`;
  if (unit === 'count') return Math.round(value).toLocaleString('en-GB');
  return (Math.round(value * 10) / 10).toLocaleString('en-GB');
}

/** What a chart's table shows for a period: the value, or why there is none ("suppressed"; blank for version 1). */
export function cellText(unit: ChartUnit, value: number | null, gap: Gap | null | undefined): string {
  if (value !== null || !gap) return formatValue(unit, value);
  return GAP_WORDS[gap];
}

const GAP_WORDS: Record<Gap, string> = { suppressed: 'suppressed', 'older-version': '', none: 'no visits' };

/** One chart: the figure, its caption, the SVG, a legend and the figures as a table. */
export function lineChart(data: ChartData): Html {
  const { spec, periods, series } = data;
  const id = `chart-${spec.id}`;
  if (periods.length === 0) {
    return html`<section class="chart" aria-labelledby="${id}-heading">
      <h3 id="${id}-heading">${spec.title}</h3>
      <p class="muted">No summaries yet.</p>
    </section>`;
  }
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(spec.unit === 'percent' ? 100 : Math.max(1, ...all));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (periods.length === 1 ? plotW / 2 : (i / (periods.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const xLabels = [...new Set([0, Math.floor((periods.length - 1) / 2), periods.length - 1])];
  const latest = periods.length - 1;
  const summary = series.map((s) => `${s.label} ${formatValue(spec.unit, lastValue(s.values))}`).join('; ');
  return html`<section class="chart" aria-labelledby="${id}-heading">
    <h3 id="${id}-heading">${spec.title}</h3>
    <p class="muted">${spec.description}</p>
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart-svg">
      <title id="${id}-title">
        ${spec.title}, ${formatPeriod(spec.period, periods[0] as string)} to
        ${formatPeriod(spec.period, periods[latest] as string)}
      </title>
      <desc id="${id}-desc">Latest figures: ${summary}.</desc>
      ${ticks.map(
        (t) =>
          html`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(t)}" y2="${y(t)}" class="grid" />
            <text x="${PAD.left - 6}" y="${y(t) + 4}" class="axis" text-anchor="end"
              >${formatValue(spec.unit, t)}</text
            >`,
      )}
      ${xLabels.map(
        (i) =>
          html`<text
            x="${x(i)}"
            y="${HEIGHT - 12}"
            class="axis"
            text-anchor="${i === 0 ? 'start' : i === latest ? 'end' : 'middle'}"
            >${formatPeriodShort(spec.period, periods[i] as string)}</text
          >`,
      )}
      ${series.map((s, k) => {
        const style = STYLES[k % STYLES.length] as (typeof STYLES)[number];
        return html`<path
          d="${pathOf(s.values, x, y)}"
          fill="none"
          stroke="${style.colour}"
          stroke-width="2"
          stroke-dasharray="${style.dash || 'none'}"
        />`;
      })}
    </svg>
    <ul class="legend">
      ${series.map((s, k) => {
        const style = STYLES[k % STYLES.length] as (typeof STYLES)[number];
        return html`<li>
          <svg width="36" height="10" aria-hidden="true" focusable="false">
            <line
              x1="0"
              x2="36"
              y1="5"
              y2="5"
              stroke="${style.colour}"
              stroke-width="3"
              stroke-dasharray="${style.dash || 'none'}"
            /></svg
          >${s.label}: ${formatValue(spec.unit, lastValue(s.values))} latest
        </li>`;
      })}
    </ul>
    <details>
      <summary>Show the figures for “${spec.title}”</summary>
      <div class="table-scroll" role="region" aria-label="${spec.title}: figures" tabindex="0">
        <table>
          <caption class="visually-hidden">
            ${spec.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${spec.period === 'week' ? 'Week' : 'Month'}</th>
              ${series.map((s) => html`<th scope="col">${s.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${periods.map(
              (p, i) =>
                html`<tr>
                  <th scope="row">${formatPeriod(spec.period, p)}</th>
                  ${series.map((s) => html`<td>${cellText(spec.unit, s.values[i] ?? null, s.gaps?.[i])}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}

function pathOf(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
    pen = true;
  });
  return d.trim() || 'M0 0';
}

function lastValue(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i] as number;
  return null;
}

function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}
