import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useSession } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { formatDate, formatMinute, formatWeek } from '@shared/domain/time/format';
import { isoWeekOf, isValidIsoWeek, shiftIsoWeek } from '@shared/domain/time/iso-week';
import { useToday } from '@renderer/app/use-clock';
import { saveFile } from './rota-format';
import './rota.css';

/** A worker's own published week, with a calendar file for their phone and a printable page. */
export function MyRotaPage() {
  const api = useApi();
  const session = useSession();
  const today = useToday();
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const [error, setError] = useState<string | null>(null);
  const query = useQuery(procedureQuery(api, 'rota.myWeek', { isoWeek }));
  const week = query.data;
  const download = (what: 'ics' | 'pdf') => {
    setError(null);
    const call =
      what === 'ics'
        ? api.call('rota.myWeekIcs', { isoWeek })
        : api.call('rota.printWorkerWeek', { isoWeek, staffId: session.staffId ?? '' });
    call.then(saveFile).catch((e: unknown) => setError(e instanceof Error ? e.message : 'Could not make the file.'));
  };
  const days = week ? [...new Set(week.visits.map((v) => v.date))] : [];
  return (
    <>
      <PageHeader caption="My rota" title={formatWeek(isoWeek)} />
      <div className="rota-toolbar">
        <Button variant="secondary" onClick={() => setIsoWeek(shiftIsoWeek(isoWeek, -1))}>
          Previous week
        </Button>
        <label>
          Week
          <input
            className="input input--narrow"
            type="week"
            value={isoWeek}
            onChange={(e) => isValidIsoWeek(e.target.value) && setIsoWeek(e.target.value)}
          />
        </label>
        <Button variant="secondary" onClick={() => setIsoWeek(shiftIsoWeek(isoWeek, 1))}>
          Next week
        </Button>
        {week?.published && (
          <>
            <Button onClick={() => download('ics')}>Add to my phone’s calendar (.ics)</Button>
            <Button variant="secondary" onClick={() => download('pdf')}>
              Print my week
            </Button>
          </>
        )}
      </div>
      {error && <Banner tone="error">{error}</Banner>}
      <QueryState isLoading={query.isLoading} error={query.error}>
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
