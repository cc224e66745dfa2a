import type { VisitTimeRow, VisitTimeTotals } from '@shared/domain/actuals/visit-time-figures';
import { BarChartFigure } from '@renderer/components/BarChartFigure';
import { hoursWords, inHours, punctualityWords, SHORTENED_REASON_WORDS, SHORTENED_REASONS } from './visit-times-words';

/** Visits due by what happened: on time, late, missed. */
export function ArrivalsChart({ totals, lateMinutes }: { totals: VisitTimeTotals; lateMinutes: number }) {
  const rows = [
    { label: 'On time', value: totals.onTime },
    { label: `More than ${lateMinutes} minutes late`, value: totals.late },
    { label: 'Missed (no arrival)', value: totals.missed },
  ];
  return (
    <BarChartFigure
      title="Arrivals at the visits due"
      summary={`${totals.due} visits due: ${punctualityWords(totals)}; ${totals.missed} missed.`}
      rows={rows}
      rowLabel={(r) => r.label}
      rowHeading="What happened"
      horizontal
      series={[{ key: 'visits', label: 'Visits', tone: 'brand', value: (r) => r.value }]}
    />
  );
}

/** Completed visits lengthened and shortened, and why the shortened ones ended early. */
export function LengthsChart({ totals }: { totals: VisitTimeTotals }) {
  const rows = [
    { label: 'Lengthened', value: totals.lengthened },
    ...SHORTENED_REASONS.map((reason) => ({
      label: `Shortened: ${SHORTENED_REASON_WORDS[reason]}`,
      value: totals.shortenedByReason[reason],
    })).filter((r) => r.value > 0),
  ];
  const noReason = totals.shortenedByReason.no_reason;
  return (
    <BarChartFigure
      title="Visits lengthened and shortened"
      summary={
        `Of ${totals.completed} visits with both times recorded, ${totals.lengthened} were lengthened and ` +
        `${totals.shortened} shortened` +
        (noReason > 0 ? `, ${noReason} of them with no reason given yet.` : '.')
      }
      rows={rows}
      rowLabel={(r) => r.label}
      rowHeading="Visit length"
      horizontal
      series={[{ key: 'visits', label: 'Visits', tone: 'warning', value: (r) => r.value }]}
    />
  );
}

// A branch has over a hundred workers: the chart shows those furthest from plan; the tables below list everyone.
const ROWS_SHOWN = 15;

/** Actual against planned hours of the completed visits, for each worker or person. */
export function HoursChart({
  rows,
  who,
  totals,
}: {
  rows: readonly VisitTimeRow[];
  who: string;
  totals: VisitTimeTotals;
}) {
  const completed = rows.filter((r) => r.completed > 0);
  if (completed.length === 0) return <p>Actual hours show here once visits have an arrival and a departure.</p>;
  const gap = (r: VisitTimeRow) => Math.abs(r.actualMinutesCompleted - r.plannedMinutesCompleted);
  const shown = [...completed].sort((a, b) => gap(b) - gap(a) || a.name.localeCompare(b.name)).slice(0, ROWS_SHOWN);
  return (
    <BarChartFigure
      title={
        completed.length > shown.length
          ? `The ${shown.length} of ${completed.length} ${who}s whose actual hours differ most from planned`
          : `Actual against planned hours, by ${who}`
      }
      summary={`Visits with both times recorded: ${hoursWords(totals)}.`}
      rows={shown}
      rowLabel={(r) => r.name}
      rowHeading={who === 'worker' ? 'Worker' : 'Person'}
      horizontal
      format={(hours) => `${hours} h`}
      series={[
        { key: 'actual', label: 'Actual', tone: 'brand', value: (r) => inHours(r.actualMinutesCompleted) },
        { key: 'planned', label: 'Planned', tone: 'muted', value: (r) => inHours(r.plannedMinutesCompleted) },
      ]}
    />
  );
}
