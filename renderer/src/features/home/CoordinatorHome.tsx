import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CoordinatorHome as CoordinatorHomeData, UnassignedVisit } from '@shared/domain/home/home';
import { formatInstant, formatMinute, formatWeek } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { BarChartFigure } from '@renderer/components/BarChartFigure';
import { CoverageChart, HomeStats, SickTodayList } from './home-parts';
import { HubToday } from './HubToday';
import { VisitTimesPanel } from '@renderer/features/visit-times/VisitTimesPanel';
import { InvitedMeetings } from '@renderer/features/team-meetings/InvitedMeetings';

const UNASSIGNED_COLUMNS: Column<UnassignedVisit>[] = [
  {
    key: 'time',
    header: 'Time',
    width: '8em',
    render: (v) => `${formatMinute(v.startMinute)}–${formatMinute(v.startMinute + v.durationMinutes)}`,
  },
  { key: 'person', header: 'Person', rowHeader: true, render: (v) => v.clientName },
];

// The chart names the workers furthest below their guarantee; the summary counts them all.
const HOURS_SHOWN = 10;

/** Minutes as hours to one decimal place, for the chart's scale. */
const inHours = (minutes: number) => Math.round(minutes / 6) / 10;

type NextWeek = CoordinatorHomeData['nextWeek'];

function nextWeekState(week: NextWeek) {
  if (week.status === 'unplanned') return <Tag tone="amber">Not planned yet</Tag>;
  if (week.status === 'draft') return <Tag tone="grey">Planned, not published</Tag>;
  return <Tag tone="green">Published</Tag>;
}

/** The coordinator's home: today's visits and gaps, who is sick, next week's plan, and hours against guarantees. */
export function CoordinatorHome() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'home.coordinator', {}));
  const home = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="your overview">
      {home && (
        <>
          <HomeStats
            label="Today at a glance"
            stats={[
              { value: home.visitsToday, label: 'visits today', to: '/rota' },
              { value: home.unassignedToday.length, label: 'visits today with nobody', to: '/rota' },
              { value: home.sickToday.length, label: 'off sick today', to: '/availability' },
              { value: home.thisWeek.unassigned, label: 'visits this week with nobody', to: '/rota' },
              {
                value: home.hours.filter((h) => h.plannedMinutes < h.guaranteedMinutes).length,
                label: 'workers below their guaranteed hours',
                to: '/rota',
              },
            ]}
          />
          <div className="home-grid">
            <div>
              <Panel title="Today’s visits with nobody">
                {home.unassignedToday.length === 0 ? (
                  <p>
                    {home.visitsToday === 0
                      ? 'There are no visits on the rota today.'
                      : `All ${home.visitsToday} of today’s visits have a worker.`}
                  </p>
                ) : (
                  <DataTable
                    label="Today’s visits with nobody"
                    columns={UNASSIGNED_COLUMNS}
                    rows={home.unassignedToday}
                    rowKey={(v) => v.visitId}
                    maxHeight={260}
                  />
                )}
                <p>
                  <Link to="/rota">Open the rota</Link>
                </p>
              </Panel>
              <Panel title="Off sick today">
                <SickTodayList sick={home.sickToday} />
              </Panel>
              <Panel title="Next week">
                <SummaryList
                  items={[
                    { key: 'Week', value: formatWeek(home.nextWeek.isoWeek) },
                    { key: 'Plan', value: nextWeekState(home.nextWeek) },
                    ...(home.nextWeek.status === 'unplanned'
                      ? []
                      : [
                          {
                            key: 'Visits',
                            value: `${home.nextWeek.visits}, of which ${home.nextWeek.unassigned} with nobody yet`,
                          },
                        ]),
                    ...(home.nextWeek.plannedAt === null
                      ? []
                      : [{ key: 'Planned', value: formatInstant(home.nextWeek.plannedAt) }]),
                    ...(home.nextWeek.publishedAt === null
                      ? []
                      : [{ key: 'Published', value: formatInstant(home.nextWeek.publishedAt) }]),
                  ]}
                />
              </Panel>
            </div>
            <div>
              <Panel title="This week’s cover">
                <CoverageChart coverage={home.thisWeek} />
              </Panel>
              <Panel title="Hours against guaranteed hours">
                <HoursChart home={home} />
              </Panel>
              <HubToday />
              <VisitTimesPanel />
              <InvitedMeetings title="Your team meetings" />
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}

function HoursChart({ home }: { home: CoordinatorHomeData }) {
  if (home.thisWeek.status === 'unplanned' || home.hours.length === 0)
    return <p>Hours show here once this week is planned.</p>;
  const below = home.hours.filter((h) => h.plannedMinutes < h.guaranteedMinutes);
  const shown = below.slice(0, HOURS_SHOWN);
  const summary = `${below.length} of ${home.hours.length} workers are planned below their guaranteed hours this week.`;
  if (shown.length === 0) return <p>Every worker is planned at least their guaranteed hours this week.</p>;
  return (
    <BarChartFigure
      title={
        below.length > shown.length
          ? `The ${shown.length} workers furthest below their guaranteed hours`
          : 'Workers below their guaranteed hours'
      }
      summary={summary}
      rows={shown}
      rowLabel={(h) => h.name}
      rowHeading="Worker"
      horizontal
      format={(hours) => `${hours} h`}
      series={[
        { key: 'planned', label: 'Planned', tone: 'brand', value: (h) => inHours(h.plannedMinutes) },
        { key: 'guaranteed', label: 'Guaranteed', tone: 'muted', value: (h) => inHours(h.guaranteedMinutes) },
      ]}
    />
  );
}
