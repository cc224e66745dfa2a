import type { BackupStatus } from '@shared/domain/backup/backup';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { hourWords } from './backup-words';

/** When the automatic backup runs, how many are kept, and where they go. */
export function ScheduleForm({ status }: { status: BackupStatus }) {
  const { schedule } = status;
  const form = useProcedureForm('backup.saveSchedule', {
    id: 'backup-schedule',
    initial: {
      enabled: schedule.enabled,
      hour: String(schedule.hour),
      keepDays: String(schedule.keepDays),
      keepWeeks: String(schedule.keepWeeks),
      folder: schedule.folder ?? '',
    },
    toInput: (v) => ({
      enabled: v.enabled,
      hour: toNumber(v.hour),
      keepDays: toNumber(v.keepDays),
      keepWeeks: toNumber(v.keepWeeks),
      folder: orNull(v.folder),
    }),
    success: (out) =>
      out.schedule.enabled
        ? `Saved. The app backs up each day from ${hourWords(out.schedule.hour)} while it is open.`
        : 'Saved. Automatic backups are off.',
  });
  return (
    <GovForm
      form={form}
      submitLabel="Save the schedule"
      submitVariant="secondary"
      after={
        <label className="checkbox">
          <input type="checkbox" {...form.checkbox('enabled')} /> Back up automatically each day
        </label>
      }
    >
      <TextField
        label="From this hour"
        hint="0 to 23, UK time. The backup runs the first time the app is open at or after it."
        inputMode="numeric"
        className="input--narrow"
        {...form.field('hour')}
      />
      <TextField
        label="Days of daily backups kept"
        inputMode="numeric"
        className="input--narrow"
        {...form.field('keepDays')}
      />
      <TextField
        label="Then weeks of weekly backups kept"
        hint="13 weeks is about 3 months"
        inputMode="numeric"
        className="input--narrow"
        {...form.field('keepWeeks')}
      />
      <TextField
        label="Folder"
        hint={`Leave empty for the folder beside the app's data${status.folder ? ` (${status.folder})` : ''}.`}
        {...form.field('folder')}
      />
    </GovForm>
  );
}
