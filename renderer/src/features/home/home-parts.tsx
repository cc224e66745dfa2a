import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SickToday, WeekCoverage } from '@shared/domain/home/home';
import { formatDate, formatDayOfWeek, formatWeekInSentence } from '@shared/domain/time/format';
import { BarChartFigure } from '@renderer/components/BarChartFigure';

/** One headline figure that opens the page behind it. */
export interface HomeStat {
  value: ReactNode;
  label: string;
  to: string;
}

/** The row of headline figures at the top of a home page, each a link to the page that deals with it. */
export function HomeStats({ label, stats }: { label: string; stats: readonly HomeStat[] }) {
  return (
    <nav className="stat-grid home-stats" aria-label={label}>
      {stats.map((stat) => (
        <Link key={stat.label} className="stat" to={stat.to}>
          <span className="stat__value">{stat.value}</span>
          <span className="stat__label">{stat.label}</span>
        </Link>
      ))}
    </nav>
  );
}

/** "1 person", "3 people": a count with its noun. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Who is off sick today, with the day they expect to be back. */
export function SickTodayList({ sick }: { sick: readonly SickToday[] }) {
  if (sick.length === 0) return <p>Nobody is off sick today.</p>;
  return (
    <ul className="home-list">
      {sick.map((s) => (
        <li key={`${s.staffId}-${s.startDate}`}>
          {s.name}, since {formatDate(s.startDate)}
          {s.endDate === null ? ', return not known yet' : `, expected back after ${formatDate(s.endDate)}`}
        </li>
      ))}
    </ul>
  );
}

/** A week's visits by day, covered and not: the chart and its summary. */
export function CoverageChart({ coverage }: { coverage: WeekCoverage }) {
  const title = `Visits by day, ${formatWeekInSentence(coverage.isoWeek)}`;
  if (coverage.status === 'unplanned')
    return <p>The {formatWeekInSentence(coverage.isoWeek)} has not been planned yet.</p>;
  return (
    <BarChartFigure
      title={title}
      summary={`${coverage.visits - coverage.unassigned} of ${coverage.visits} visits have a worker; ${count(
        coverage.unassigned,
        'visit has',
        'visits have',
      )} nobody yet.`}
      rows={coverage.days}
      rowLabel={(d) => formatDate(d.date)}
      // Under the bars only the weekday and day fit ("Mon 7"); the table gives the full date.
      tickLabel={(d) => formatDayOfWeek(d.date).split(' ').slice(0, 2).join(' ')}
      rowHeading="Day"
      stacked
      series={[
        { key: 'covered', label: 'With a worker', tone: 'brand', value: (d) => d.visits - d.unassigned },
        { key: 'open', label: 'Nobody yet', tone: 'error', value: (d) => d.unassigned },
      ]}
    />
  );
}
