import { useQuery } from '@tanstack/react-query';
import type { SyncSettings } from '@shared/domain/sync/sync-views';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel, QueryState } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';

/** The council's address, what it calls this branch, and the token it gave the branch (set once). */
export function SettingsView() {
  const api = useApi();
  const settings = useQuery(procedureQuery(api, 'sync.settings', {}));
  return (
    <QueryState isLoading={settings.isLoading} error={settings.error} what="the sync settings">
      {settings.data && <SettingsForm settings={settings.data} />}
    </QueryState>
  );
}

function SettingsForm({ settings }: { settings: SyncSettings }) {
  const form = useProcedureForm('sync.saveSettings', {
    id: 'sync-settings',
    initial: {
      councilUrl: settings.councilUrl ?? '',
      branchId: settings.branchId ?? settings.suggestedBranchId,
      token: '',
    },
    toInput: (v) => ({ councilUrl: v.councilUrl, branchId: v.branchId, token: v.token }),
    resetOnSuccess: ['token'],
    success: 'Saved. Summaries go to this address from now on.',
  });
  return (
    <Panel title="Where summaries go">
      <GovForm form={form} submitLabel="Save the settings">
        <TextField
          label="The council’s address"
          hint="Given by the council. It starts with https:// so nothing crosses the internet unencrypted."
          autoComplete="url"
          spellCheck={false}
          {...form.field('councilUrl')}
        />
        <TextField
          label="This branch’s name at the council"
          hint="Given by the council with the token: letters, digits, full stops, dashes or underscores."
          spellCheck={false}
          {...form.field('branchId')}
        />
        <TextField
          label={settings.tokenSet ? 'Replace the branch token' : 'Branch token'}
          hint={
            (settings.tokenSet ? 'A token is kept. Leave this empty to keep it. ' : 'Given by the council once. ') +
            `It is kept ${settings.tokenKeptWhere}, never in the branch’s records.`
          }
          type="password"
          autoComplete="off"
          spellCheck={false}
          {...form.field('token')}
        />
      </GovForm>
    </Panel>
  );
}
