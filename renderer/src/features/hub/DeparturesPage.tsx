import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RECORDED_DAYS_SHOWN, type ForgottenDeparture } from '@shared/domain/hub/departures';
import { formatDate, formatInstant, formatTimeOfInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { RecordDeparture, whoWords } from './RecordDeparture';
import './hub.css';

const COMMON_COLUMNS: Column<ForgottenDeparture>[] = [
  { key: 'name', header: 'Name', rowHeader: true, render: (d) => d.name, sortValue: (d) => d.name },
  { key: 'who', header: 'Who', render: whoWords },
  { key: 'day', header: 'Day', width: '10em', render: (d) => formatDate(d.date), sortValue: (d) => d.signedInAt },
  { key: 'in', header: 'Came in', width: '6em', render: (d) => formatTimeOfInstant(d.signedInAt) },
];

const RECORDED_COLUMNS: Column<ForgottenDeparture>[] = [
  ...COMMON_COLUMNS,
  {
    key: 'left',
    header: 'Left',
    width: '6em',
    render: (d) => (d.record?.leftAt ? formatTimeOfInstant(d.record.leftAt) : 'Not known'),
  },
  {
    key: 'by',
    header: 'Recorded',
    render: (d) => (d.record ? `${formatInstant(d.record.recordedAt)} by ${d.record.recordedBy}` : ''),
  },
];

/**
 * People who forgot to sign out: the hub signed them out at closing so the fire list stayed right, and here the
 * manager or a coordinator records when each really left (or that nobody knows), one at a time after a check.
 */
export function DeparturesPage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'hub.forgottenDepartures', {}));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = query.data;
  const chosen = list?.toRecord.find((d) => d.presenceId === chosenId) ?? null;
  const toRecordColumns: Column<ForgottenDeparture>[] = [
    ...COMMON_COLUMNS,
    {
      key: 'closing',
      header: 'Signed out at closing',
      width: '11em',
      render: (d) => formatTimeOfInstant(d.signedOutAtClosing),
    },
    {
      key: 'record',
      header: 'When they left',
      width: '12em',
      render: (d) => (
        <Button
          variant="secondary"
          aria-label={`Record when ${d.name} left on ${formatDate(d.date)}`}
          onClick={() => {
            setDone(null);
            setChosenId(d.presenceId);
          }}
        >
          Record
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title="Forgotten sign-outs" caption="The hub" />
      <p>
        Whoever is still signed in when the hub closes is signed out at closing time, so the list for the fire alarm
        stays right. Record when each of them really left, or that nobody knows.
      </p>
      {done && <Banner tone="success">{done}</Banner>}
      <QueryState isLoading={query.isLoading} error={query.error} what="the forgotten sign-outs">
        {list && (
          <>
            {chosen && (
              <RecordDeparture
                key={chosen.presenceId}
                departure={chosen}
                onClose={() => setChosenId(null)}
                onRecorded={(message) => {
                  setDone(message);
                  setChosenId(null);
                }}
              />
            )}
            <Panel title={`Still to record: ${list.toRecord.length}`}>
              <DataTable
                label="Sign-outs still to record"
                columns={toRecordColumns}
                rows={list.toRecord}
                rowKey={(d) => d.presenceId}
                empty="Nobody is left to record: everyone signed out, or their leaving time is recorded."
                maxHeight={420}
              />
            </Panel>
            <Panel title={`Recorded in the last ${RECORDED_DAYS_SHOWN} days`}>
              <DataTable
                label="Sign-outs recorded"
                columns={RECORDED_COLUMNS}
                rows={list.recorded}
                rowKey={(d) => d.presenceId}
                empty="None recorded lately."
              />
            </Panel>
          </>
        )}
      </QueryState>
    </>
  );
}
