import type { CharterCommitmentV1 } from '@shared/domain/sync/summary-v1';
import type { BranchSummary } from '@council/borough/borough-data';
import {
  MONTH_COLUMNS,
  WEEK_COLUMNS,
  charterFigureText,
  charterKey,
  charterStatusText,
  type Column,
} from '@council/borough/borough-columns';
import { byNeighbourhood, type BoroughView, type LatestPeriod } from '@council/borough/borough-view';
import { formatInstant, formatPeriod } from '@council/web/format';
import { html, type Html } from '@council/web/html';
import { lineChart } from '@council/web/line-chart';

/** The borough view's main content. */
export function boroughPage(view: BoroughView): Html {
  const query = view.neighbourhood ? `?neighbourhood=${encodeURIComponent(view.neighbourhood)}` : '';
  return html`<h1>Borough view${view.neighbourhood ? html`: ${view.neighbourhood}` : null}</h1>
    <form method="get" action="/borough" class="filter">
      <label for="neighbourhood">Neighbourhood</label>
      <select id="neighbourhood" name="neighbourhood">
        <option value="">All neighbourhoods</option>
        ${view.neighbourhoods.map(
          (n) => html`<option value="${n}" ${n === view.neighbourhood ? html`selected` : null}>${n}</option>`,
        )}
      </select>
      <button type="submit" class="button secondary">Show</button>
    </form>
    <p>
      <a href="/borough/latest.csv${query}" download>Download the latest figures (CSV)</a> ·
      <a href="/borough/trends.csv${query}" download>Download the figures over time (CSV)</a>
    </p>
    ${notReported(view)} ${latestTable(view.month, 'Workforce, pay and training', MONTH_COLUMNS)}
    ${charterTables(view.month)} ${latestTable(view.week, 'Care delivery and the hub', WEEK_COLUMNS)}
    <h2 id="trends">Trends</h2>
    ${view.charts.map(lineChart)}
    <h2 id="visit-times-trends">Visit times</h2>
    <p>
      From the times visits actually began and ended, as branches on the current summary (version 2) send them. Figures
      a branch held back to protect small numbers show as “suppressed”, never as 0; weeks a branch sent the older
      summary are blank.
    </p>
    ${view.visitTimesCharts.map(lineChart)}`;
}

function notReported(view: BoroughView): Html {
  const block = (period: LatestPeriod) => {
    if (!period.start) return null;
    const when = formatPeriod(period.kind, period.start);
    if (period.missing.length === 0) return html`<p>Every branch has sent its summary for ${when}.</p>`;
    return html`<p>
        ${period.missing.length === 1 ? '1 branch has' : `${period.missing.length} branches have`} not sent a summary
        for ${when}:
      </p>
      <ul>
        ${period.missing.map(
          (m) =>
            html`<li>
              ${m.branchName ?? m.branchId}${m.neighbourhood ? html` (${m.neighbourhood})` : null}:
              ${
                m.lastPeriodStart
                  ? html`last sent for ${formatPeriod(period.kind, m.lastPeriodStart)}`
                  : 'has never sent one'
              }
            </li>`,
        )}
      </ul>`;
  };
  return html`<section class="panel" aria-labelledby="not-reported">
    <h2 id="not-reported">Branches that have not reported</h2>
    ${view.month.start || view.week.start ? [block(view.month), block(view.week)] : html`<p>No summaries yet.</p>`}
  </section>`;
}

function latestTable(period: LatestPeriod, heading: string, columns: readonly Column[]): Html {
  const id = `latest-${period.kind}`;
  if (!period.start)
    return html`<h2 id="${id}">${heading}</h2>
      <p>No summaries yet.</p>`;
  const when = formatPeriod(period.kind, period.start);
  return html`<h2 id="${id}">${heading}: ${when}</h2>
    ${byNeighbourhood(period.branches).map(
      ([area, branches]) =>
        html`<h3>${area}</h3>
          <div class="table-scroll" role="region" aria-label="${heading}, ${area}" tabindex="0">
            <table>
              <caption class="visually-hidden">
                ${heading} for ${when}, ${area}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Branch</th>
                  ${columns.map((c) => html`<th scope="col" class="numeric">${c.heading}</th>`)}
                  <th scope="col">Received</th>
                </tr>
              </thead>
              <tbody>
                ${branches.map(
                  (b) =>
                    html`<tr>
                      <th scope="row">
                        ${b.summary.branch.branchName}<span class="muted block">${b.summary.branch.providerName}</span>
                      </th>
                      ${columns.map((c) => html`<td class="numeric">${c.cell(b.summary)}</td>`)}
                      <td>${formatInstant(b.receivedAt)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
    )}`;
}

function charterTables(period: LatestPeriod): Html | null {
  if (!period.start || period.branches.length === 0) return null;
  const commitments = commitmentList(period.branches);
  const when = formatPeriod(period.kind, period.start);
  return html`<h2 id="charter">Ethical Care Charter: ${when}</h2>
    <details>
      <summary>What each commitment says</summary>
      <dl class="key">
        ${commitments.map(
          (c) =>
            html`<dt>${charterKey(c)}</dt>
              <dd>${c.commitment}</dd>`,
        )}
      </dl>
    </details>
    ${byNeighbourhood(period.branches).map(
      ([area, branches]) =>
        html`<h3>${area}</h3>
          <div class="table-scroll" role="region" aria-label="Charter, ${area}" tabindex="0">
            <table>
              <caption class="visually-hidden">
                Ethical Care Charter for ${when}, ${area}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Branch</th>
                  ${commitments.map(commitmentHeading)}
                </tr>
              </thead>
              <tbody>
                ${branches.map(
                  (b) =>
                    html`<tr>
                      <th scope="row">${b.summary.branch.branchName}</th>
                      ${commitments.map((c) => charterCell(b.summary.charter?.find((x) => sameCommitment(x, c))))}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
    )}`;
}

function commitmentHeading(c: CharterCommitmentV1): Html {
  return html`<th scope="col"><abbr title="${c.commitment}">${charterKey(c)}</abbr></th>`;
}

function charterCell(c: CharterCommitmentV1 | undefined): Html {
  if (!c) return html`<td>not sent</td>`;
  return html`<td>
    <strong class="tag tag-${c.status}">${charterStatusText(c)}</strong>
    <span class="block muted">${charterFigureText(c)}</span>
  </td>`;
}

function commitmentList(branches: readonly BranchSummary[]): CharterCommitmentV1[] {
  const seen = new Map<string, CharterCommitmentV1>();
  for (const b of branches)
    for (const c of b.summary.charter ?? []) if (!seen.has(charterKey(c))) seen.set(charterKey(c), c);
  return [...seen.values()].sort((a, b) => a.stage - b.stage || a.number - b.number);
}

function sameCommitment(a: { stage: number; number: number }, b: { stage: number; number: number }): boolean {
  return a.stage === b.stage && a.number === b.number;
}
