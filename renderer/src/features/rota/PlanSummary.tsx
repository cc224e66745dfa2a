import type { RotaWeekView } from '@shared/domain/rota-board/board';
import { Banner } from '@renderer/components/Layout';
import { formatInstant } from '@shared/domain/time/format';
import { hoursText, pounds } from './rota-format';

const STOP_WORDS: Record<string, string> = {
  time: 'the time limit',
  converged: 'no better plan to find',
  iterations: 'the number of changes it may try',
};

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The figures in the detail, each a tile. */
function tilesOf(week: RotaWeekView): { label: string; value: string }[] {
  const m = week.measures;
  if (!m) return [];
  const below = m.workerHours.filter((h) => h.plannedMinutes < h.guaranteedMinutes).length;
  return [
    { label: 'Visits covered', value: `${week.visits.length - m.unassignedVisits} of ${week.visits.length}` },
    { label: 'Unassigned', value: `${m.unassignedVisits} (${hoursText(m.unassignedMinutes)})` },
    {
      label: 'Different workers per person',
      value: `usually ${m.distinctWorkersPerClientMedian}, 9 in 10 people ${m.distinctWorkersPerClientP90} or fewer`,
    },
    { label: 'By preferred workers', value: `${Math.round(m.preferredShare * 100)}%` },
    { label: 'Paid travel', value: hoursText(m.paidTravelMinutes) },
    { label: 'Below guaranteed hours', value: count(below, 'worker', 'workers') },
    { label: 'Estimated pay cost', value: pounds(m.estimatedPayPence) },
    { label: 'Working-time rules broken', value: m.wtrExceptions === 0 ? 'None' : String(m.wtrExceptions) },
  ];
}

/** The one line the summary reads when closed: coverage, gaps and what to check. */
function lineOf(week: RotaWeekView): string {
  const m = week.measures;
  const parts: string[] = [];
  if (m) {
    const below = m.workerHours.filter((h) => h.plannedMinutes < h.guaranteedMinutes).length;
    parts.push(
      `${(week.visits.length - m.unassignedVisits).toLocaleString('en-GB')} of ` +
        `${count(week.visits.length, 'visit', 'visits')} covered`,
      `${m.unassignedVisits.toLocaleString('en-GB')} unassigned`,
      `${below.toLocaleString('en-GB')} below guaranteed hours`,
    );
  }
  if (week.warnings.length > 0) parts.push(`${week.warnings.length.toLocaleString('en-GB')} to check`);
  return parts.join(' · ');
}

/**
 * The plan's summary as one line that opens to the detail (figures, when it was planned and published, and what to
 * check before planning helps), so the board starts near the top of the page.
 */
export function PlanSummary({ week }: { week: RotaWeekView }) {
  const line = lineOf(week);
  if (line === '') return null;
  const stop = week.stopReason ? STOP_WORDS[week.stopReason] : undefined;
  const when = [
    week.plannedAt ? `Planned ${formatInstant(week.plannedAt)}` : '',
    stop ? `the planner stopped at ${stop}` : '',
    week.publishedAt ? `published ${formatInstant(week.publishedAt)}` : '',
  ].filter(Boolean);
  const tiles = tilesOf(week);
  return (
    <details className="rota-summary" aria-label="Plan summary">
      <summary
        className={week.warnings.length > 0 ? 'rota-summary__line rota-summary__line--warn' : 'rota-summary__line'}
      >
        {line}
      </summary>
      <div className="rota-summary__detail">
        {when.length > 0 && <p className="rota-board__hours">{when.join(' · ')}</p>}
        {tiles.length > 0 && (
          <div className="rota-tiles">
            {tiles.map((t) => (
              <div className="rota-tile" key={t.label}>
                <span className="rota-tile__value">{t.value}</span>
                <span className="rota-tile__label">{t.label}</span>
              </div>
            ))}
          </div>
        )}
        {week.warnings.map((w) => (
          <Banner key={w} tone="warning">
            {w}
          </Banner>
        ))}
      </div>
    </details>
  );
}
