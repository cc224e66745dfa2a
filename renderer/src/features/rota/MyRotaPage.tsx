import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useSession } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { saveFile } from './rota-format';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { useToday } from '@renderer/app/use-clock';
import { WeekPicker } from './WeekPicker';
import { MyDayActuals } from '@renderer/features/actuals/MyDayActuals';
import './rota.css';
import { formatDate, formatMinute, formatWeek } from '@shared/domain/time/format';

/** A worker's own published week, with a calendar file for their phone and a printable page. */
export function MyRotaPage() {
  const api = useApi();
  const session = useSession();
  const today = useToday();
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const query = useQuery(procedureQuery(api, 'rota.myWeek', { isoWeek }));
  const calendar = useProcedureMutation('rota.myWeekIcs');
  const printable = useProcedureMutation('rota.printWorkerWeek');
  const week = query.data;
  const days = week ? [...new Set(week.visits.map((v) => v.date))] : [];
  return (
    <>
      <PageHeader caption="My rota" title={formatWeek(isoWeek)} />
      <div className="rota-toolbar">
        <WeekPicker value={isoWeek} onChange={setIsoWeek} />
        {week?.published && (
          <>
            <Button disabled={calendar.isPending} onClick={() => calendar.mutate({ isoWeek }, { onSuccess: saveFile })}>
              Add to my phone’s calendar (.ics)
            </Button>
            <Button
              variant="secondary"
              disabled={printable.isPending}
              onClick={() => printable.mutate({ isoWeek, staffId: session.staffId ?? '' }, { onSuccess: saveFile })}
            >
              Print my week
            </Button>
          </>
        )}
      </div>
      <ErrorSummary error={calendar.error ?? printable.error} />
      <MyDayActuals />
      <QueryState isLoading={query.isLoading} error={query.error} what="your week">
        {week && !week.published && <Panel>Your rota for this week has not been published yet.</Panel>}
        {week?.published && week.visits.length === 0 && <Panel>You have no visits this week.</Panel>}
        {days.map((d) => (
          <Panel key={d} title={formatDate(d)}>
            <ul className="rota-list">
              {week?.visits
                .filter((v) => v.date === d)
                .map((v) => (
                  <li key={v.visitId}>
                    <strong>
                      {formatMinute(v.startMinute)}–{formatMinute(v.startMinute + v.durationMinutes)}
                    </strong>{' '}
                    {v.clientName}, {v.address}
                    <br />
                    {v.purpose}
                    {v.coWorkerNames.length > 0 ? ` · with ${v.coWorkerNames.join(', ')}` : ''}
                  </li>
                ))}
            </ul>
          </Panel>
        ))}
      </QueryState>
    </>
  );
}
