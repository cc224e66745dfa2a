import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { Panel, QueryState } from '@renderer/components/Layout';
import { ArrivalsChart } from './VisitTimesCharts';

/** A home page panel: this week's arrivals so far (on time, late, missed) and shortened visits still to ask about. */
export function VisitTimesPanel() {
  const api = useApi();
  const isoWeek = isoWeekOf(useToday());
  const query = useQuery(procedureQuery(api, 'visitTimes.figures', { kind: 'week', isoWeek }));
  const report = query.data;
  const noReason = report?.totals.shortenedByReason.no_reason ?? 0;
  return (
    <Panel title="Visit times this week">
      <QueryState isLoading={query.isLoading} error={query.error} what="this week’s visit times">
        {report &&
          (report.totals.due === 0 ? (
            <p>No visit this week is due yet, so there is nothing to count.</p>
          ) : (
            <>
              <ArrivalsChart totals={report.totals} lateMinutes={report.lateMinutes} />
              {noReason > 0 && (
                <p>
                  {noReason === 1
                    ? '1 shortened visit has no reason given yet.'
                    : `${noReason} shortened visits have no reason given yet.`}
                </p>
              )}
            </>
          ))}
        <p>
          <Link to="/visit-times">See all visit times</Link>
        </p>
      </QueryState>
    </Panel>
  );
}
