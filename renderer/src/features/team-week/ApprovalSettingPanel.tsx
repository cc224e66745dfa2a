import { useQuery } from '@tanstack/react-query';
import type { TeamChangeApproval } from '@shared/domain/team-week/team-changes';
import { formatDuration } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';

const MODES: Record<TeamChangeApproval['mode'], string> = {
  every: 'The coordinator approves every swap and give-up',
  beyond_limit: 'Only those that change who visits a person, or move hours beyond a limit',
};

function ApprovalForm({ setting }: { setting: TeamChangeApproval }) {
  const form = useProcedureForm('teamWeek.saveApproval', {
    id: 'approval',
    initial: { mode: setting.mode as string, hoursLimitMinutes: String(setting.hoursLimitMinutes) },
    toInput: (v) => ({ mode: v.mode, hoursLimitMinutes: toNumber(v.hoursLimitMinutes) }),
    success: (saved) => `Saved: ${MODES[saved.mode].toLowerCase()}.`,
  });
  return (
    <GovForm form={form} submitLabel="Save the approval setting" submitVariant="secondary">
      <SelectField
        label="Which changes wait for the coordinator?"
        options={optionsFrom(MODES)}
        {...form.field('mode')}
      />
      <TextField
        label="Hours limit, in minutes"
        hint="With the second choice: a change moving more than this of a worker’s weekly hours waits. 120 is 2 hours."
        inputMode="numeric"
        {...form.field('hoursLimitMinutes')}
      />
    </GovForm>
  );
}

/**
 * The branch's choice of which swaps and give-ups wait for the coordinator: a form for managers, in words for
 * coordinators (only a manager may change it). A give-up through sickness never waits.
 */
export function ApprovalSettingPanel() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'teamWeek.approval', {}));
  const manager = useHasRole('manager');
  const setting = query.data;
  return (
    <Panel title="Which changes the coordinator approves">
      <p>A give-up because a worker is unwell never waits: the visit is open for the team at once.</p>
      <QueryState isLoading={query.isLoading} error={query.error} what="the approval setting">
        {setting &&
          (manager ? (
            // Drawn once from the setting as first read: a save refreshes the query but keeps the form and its message.
            <ApprovalForm setting={setting} />
          ) : (
            <SummaryList
              items={[
                { key: 'Which changes wait', value: MODES[setting.mode] },
                { key: 'Hours limit', value: formatDuration(setting.hoursLimitMinutes) },
                { key: 'Who can change this', value: 'A manager' },
              ]}
            />
          ))}
      </QueryState>
    </Panel>
  );
}
