import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { WeekPicker } from '@renderer/features/rota/WeekPicker';
import { formatDate, formatWeek } from '@shared/domain/time/format';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { visitsOf, type MyVisit as Row } from './my-visits';
import { MyVisitsPanel } from './MyVisitsPanel';
import { RequestsPanel } from './RequestsPanel';
import { ShiftSwapPanel } from './ShiftSwapPanel';
import { visitTimes as when } from './team-change-words';

const WHO_IS_GOING: Column<Row>[] = [
  {
    key: 'day',
    header: 'Day',
    width: '10em',
    render: (v) => formatDate(v.date),
    sortValue: (v) => [v.date, v.startMinute],
  },
  { key: 'time', header: 'Time', width: '8em', render: when, sortValue: (v) => [v.date, v.startMinute] },
  { key: 'person', header: 'Person', render: (v) => v.person, sortValue: (v) => [v.person, v.date, v.startMinute] },
  { key: 'purpose', header: 'For', render: (v) => v.purpose },
  {
    key: 'who',
    header: 'Who is going',
    render: (v) =>
      v.open ? (
        <Tag tone="amber">Nobody yet</Tag>
      ) : v.mine ? (
        <strong>{v.workerNames.join(' and ')} (you)</strong>
      ) : (
        v.workerNames.join(' and ')
      ),
  },
];

/**
 * The published week of the people in the worker's teams: who is going when, and the open visits (nobody going yet)
 * the worker may take, the worker's own visits to give up or swap, and the swaps and give-ups they asked or were
 * asked. Only what the team needs to know of each person.
 */
export function TeamWeekPage() {
  const api = useApi();
  const today = useToday();
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const query = useQuery(procedureQuery(api, 'teamWeek.get', { isoWeek }));
  const take = useProcedureMutation('teamWeek.takeOpenVisit');
  const [taken, setTaken] = useState<Row | null>(null);
  const week = query.data;
  const rows = visitsOf(week);
  const open = rows.filter((v) => v.open);
  const openColumns: Column<Row>[] = [
    ...WHO_IS_GOING.slice(0, 4),
    {
      key: 'take',
      header: 'Can you take it?',
      width: '22em',
      render: (v) =>
        v.canTake ? (
          <ConfirmAction
            label={`Take the visit to ${v.person}, ${formatDate(v.date)} ${when(v)}`}
            confirmLabel="Yes, take this visit"
            title="Take this visit?"
            variant="primary"
            pending={take.isPending}
            onConfirm={() => take.mutate({ isoWeek, visitId: v.visitId }, { onSuccess: () => setTaken(v) })}
          >
            It goes into your rota at once and the coordinator is told.
          </ConfirmAction>
        ) : (
          v.whyNot
        ),
    },
  ];
  return (
    <>
      <PageHeader caption="Team week" title={formatWeek(isoWeek)} />
      <div className="rota-toolbar">
        <WeekPicker value={isoWeek} onChange={setIsoWeek} />
      </div>
      {taken && (
        <Banner tone="success" title="The visit is yours">
          {`${taken.person}, ${formatDate(taken.date)} ${when(taken)}. `}
          It is in My rota, and the coordinator has been told.
        </Banner>
      )}
      <ErrorSummary error={take.error} />
      <QueryState isLoading={query.isLoading} error={query.error} what="your team’s week">
        {week && !week.published && <Panel>The rota for this week has not been published yet.</Panel>}
        {week && week.people.length === 0 && <Panel>You are not in anyone’s team yet.</Panel>}
        {week?.published && (
          <>
            <Panel title="Open visits">
              <DataTable
                label="Open visits"
                columns={openColumns}
                rows={open}
                rowKey={(v) => v.visitId}
                initialSort={{ key: 'day', direction: 'asc' }}
                empty="Every visit this week has someone going."
              />
            </Panel>
            <MyVisitsPanel isoWeek={isoWeek} visits={rows} />
            <ShiftSwapPanel isoWeek={isoWeek} />
            <RequestsPanel isoWeek={isoWeek} />
            <Panel title="Who is going when">
              <DataTable
                label="Who is going when"
                columns={WHO_IS_GOING}
                rows={rows}
                rowKey={(v) => v.visitId}
                initialSort={{ key: 'day', direction: 'asc' }}
                search={{ label: 'Search by person or worker', text: (v) => `${v.person} ${v.workerNames.join(' ')}` }}
                empty="No visits this week."
              />
            </Panel>
          </>
        )}
        {week && week.people.length > 0 && (
          <Panel title="The people you support">
            <SummaryList
              items={week.people.map((p) => ({
                key: p.name,
                value: `Likes to be called ${p.addressedAs}.${p.whatMatters ? ` What matters: ${p.whatMatters}` : ''}`,
              }))}
            />
          </Panel>
        )}
      </QueryState>
    </>
  );
}
