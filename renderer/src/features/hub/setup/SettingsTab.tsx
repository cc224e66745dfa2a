import { NO_SHOW_MINUTES_MAX, NO_SHOW_MINUTES_MIN, type HubSettings } from '@shared/domain/hub/setup';
import { TextAreaField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';

/** The house rules shown at each sign-in, and how long a booked desk waits for its person. */
export function SettingsTab({ settings }: { settings: HubSettings }) {
  const form = useProcedureForm('hub.saveSettings', {
    id: 'hub-settings',
    initial: { noShowMinutes: String(settings.noShowMinutes), houseRules: settings.houseRules },
    toInput: (v) => ({ noShowMinutes: toNumber(v.noShowMinutes), houseRules: v.houseRules }),
    success: 'The house rules and settings are saved.',
  });
  return (
    <Panel title="House rules and settings">
      <GovForm form={form} submitLabel="Save" grid={false}>
        <TextAreaField
          label="House rules"
          hint="Shown at the kiosk before everyone signs in: fire exits, Wi-Fi, confidentiality"
          rows={8}
          {...form.field('houseRules')}
        />
        <TextField
          label="Release a booked desk after (minutes)"
          hint={
            'A booking not signed in for this long after it starts is freed for others and counted as not used. ' +
            `From ${NO_SHOW_MINUTES_MIN} to ${NO_SHOW_MINUTES_MAX}.`
          }
          inputMode="numeric"
          className="input--narrow"
          {...form.field('noShowMinutes')}
        />
      </GovForm>
    </Panel>
  );
}
