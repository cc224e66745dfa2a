import { useQuery } from '@tanstack/react-query';
import { PRESENCE_KIND_LABELS, type BuildingPerson } from '@shared/domain/hub/safety';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { RollCallPanel } from './RollCallPanel';
import './hub.css';

// Who is in the building changes as people come and go at the kiosk; the page asks again this often.
const BUILDING_POLL_MS = 15_000;

/**
 * Who is in the building now (visitors, staff, contractors) by floor, and the roll call for the fire alarm: open to
 * any member of staff, since whoever is there when the alarm sounds may be anyone.
 */
export function BuildingPage() {
  const api = useApi();
  const building = useQuery({ ...procedureQuery(api, 'hub.building', {}), refetchInterval: BUILDING_POLL_MS });
  const rollCall = useQuery(procedureQuery(api, 'hub.rollCall', { id: null }));
  const start = useProcedureMutation('hub.startRollCall');
  const signOut = useProcedureMutation('hub.signOutPerson');
  const columns: Column<BuildingPerson>[] = [
    { key: 'name', header: 'Name', rowHeader: true, render: (p) => p.name, sortValue: (p) => p.name },
    { key: 'kind', header: 'Who', width: '8em', render: (p) => PRESENCE_KIND_LABELS[p.kind] },
    { key: 'organisation', header: 'Organisation', render: (p) => p.organisationName ?? '' },
    { key: 'space', header: 'Space', render: (p) => p.spaceName ?? '' },
    { key: 'in', header: 'Came in', width: '14em', render: (p) => formatInstant(p.signedInAt) },
    {
      key: 'out',
      header: 'Left without signing out?',
      width: '16em',
      render: (p) => (
        <ConfirmAction
          label={`Sign out ${p.name}`}
          confirmLabel="Yes, sign them out"
          title={`Sign out ${p.name}?`}
          variant="secondary"
          pending={signOut.isPending}
          onConfirm={() => signOut.mutate({ presenceId: p.presenceId })}
        >
          <p>Only if you know they have left: they drop off the list for the fire alarm.</p>
        </ConfirmAction>
      ),
    },
  ];
  const b = building.data;
  const call = rollCall.data;
  const callOpen = call !== null && call !== undefined && call.endedAt === null;
  return (
    <>
      <PageHeader title="Who is in the building" caption="The hub" />
      <QueryState isLoading={building.isLoading || rollCall.isLoading} error={building.error ?? rollCall.error}>
        {b && (
          <>
            {!callOpen && (
              <Panel title="Fire alarm">
                <p>
                  {b.total} {b.total === 1 ? 'person is' : 'people are'} signed in now.
                </p>
                {start.error && <Banner tone="error">{start.error.message}</Banner>}
                <ConfirmAction
                  label="Start a roll call"
                  confirmLabel="Yes, start the roll call"
                  title="Start a roll call?"
                  variant="warning"
                  pending={start.isPending}
                  onConfirm={() => start.mutate({})}
                >
                  <p>
                    Everyone signed in is listed to tick at the assembly point, and the kiosk stops taking sign-ins
                    until you close the roll call. It is kept in the audit log.
                  </p>
                </ConfirmAction>
              </Panel>
            )}
            {call && <RollCallPanel rollCall={call} />}
            {b.floors.map((floor) => (
              <Panel key={floor.floorId ?? 'none'} title={`${floor.floorName}: ${floor.people.length}`}>
                <DataTable
                  label={`In the building: ${floor.floorName}`}
                  columns={columns}
                  rows={floor.people}
                  rowKey={(p) => p.presenceId}
                  empty="Nobody signed in here."
                />
              </Panel>
            ))}
            {b.floors.length === 0 && <p>Nobody is signed in.</p>}
          </>
        )}
      </QueryState>
    </>
  );
}
