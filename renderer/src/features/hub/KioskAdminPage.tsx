import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Kiosk } from '@shared/domain/hub/kiosk';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole, useSessionState } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';

/** Turning this screen into the kiosk, after saying what that means. */
function StartKiosk() {
  const [asking, setAsking] = useState(false);
  const queryClient = useQueryClient();
  const { refresh } = useSessionState();
  const form = useProcedureForm('hub.startKiosk', {
    id: 'kiosk-start',
    initial: { name: 'Front desk' },
    toInput: (v) => ({ name: v.name }),
    onSuccess: async () => {
      // Nothing the person who started it had open may stay behind the kiosk.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth.session' });
      await refresh();
    },
  });
  if (!asking) return <Button onClick={() => setAsking(true)}>Start the kiosk on this screen</Button>;
  return (
    <GovForm form={form} submitLabel="Yes, start the kiosk" onCancel={() => setAsking(false)} grid={false}>
      <Banner tone="warning" title="You will be signed out.">
        This screen will only let people sign in and out of the building. To end it, a manager or coordinator types
        their username and password at the kiosk.
      </Banner>
      <TextField label="Name of this kiosk" hint="For example, Front desk" {...form.field('name')} />
    </GovForm>
  );
}

/** The kiosks running now, each of which a manager can end from here. */
function RunningKiosks() {
  const api = useApi();
  const kiosks = useQuery(procedureQuery(api, 'hub.kiosks', {}));
  const end = useProcedureMutation('hub.endKiosk');
  const columns: Column<Kiosk>[] = [
    { key: 'name', header: 'Kiosk', rowHeader: true, render: (k) => k.name },
    { key: 'started', header: 'Started', render: (k) => `${formatInstant(k.startedAt)} by ${k.startedBy}` },
    {
      key: 'end',
      header: 'End',
      width: '16em',
      render: (k) => (
        <ConfirmAction
          label={`End ${k.name}`}
          confirmLabel="Yes, end the kiosk"
          title={`End the kiosk ${k.name}?`}
          pending={end.isPending}
          onConfirm={() => end.mutate({ id: k.id })}
        >
          <p>Its screen goes back to the sign-in page.</p>
        </ConfirmAction>
      ),
    },
  ];
  return (
    <Panel title="Kiosks running now">
      <QueryState isLoading={kiosks.isLoading} error={kiosks.error} what="the kiosks">
        <DataTable
          label="Kiosks running now"
          columns={columns}
          rows={kiosks.data ?? []}
          rowKey={(k) => k.id}
          empty="No kiosk is running."
        />
      </QueryState>
    </Panel>
  );
}

/** Set up the hub's front-desk kiosk on this screen, and (managers) see and end the kiosks running. */
export function KioskAdminPage() {
  const manager = useHasRole('manager');
  return (
    <>
      <PageHeader title="Front desk kiosk" caption="The hub" />
      <Panel title="This screen">
        <p>
          At the front desk, visitors, contractors and staff sign in and out of the building on a kiosk. It shows no
          one’s details and goes back to its start after a minute untouched.
        </p>
        <StartKiosk />
      </Panel>
      {manager && <RunningKiosks />}
    </>
  );
}
