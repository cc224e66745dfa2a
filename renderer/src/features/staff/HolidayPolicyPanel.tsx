import { useQuery } from '@tanstack/react-query';
import type { HolidayPolicy } from '@shared/domain/policy/holiday';
import { formatMonthName } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { SelectField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel, QueryState } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';

const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: formatMonthName(`2026-${String(i + 1).padStart(2, '0')}`),
}));

function HolidayPolicyForm({ policy }: { policy: HolidayPolicy }) {
  const form = useProcedureForm('policy.updateHolidayPolicy', {
    id: 'holiday-policy',
    initial: {
      leaveYearStartMonth: String(policy.leaveYearStartMonth),
      rolledUpHolidayPay: policy.rolledUpHolidayPay ? 'yes' : 'no',
    },
    toInput: (v) => ({
      leaveYearStartMonth: toNumber(v.leaveYearStartMonth),
      rolledUpHolidayPay: v.rolledUpHolidayPay === 'yes',
    }),
    success: 'Holiday rules saved.',
  });
  return (
    <GovForm form={form} submitLabel="Save holiday rules">
      <SelectField
        label="The leave year starts on the first of"
        options={MONTH_OPTIONS}
        {...form.field('leaveYearStartMonth')}
      />
      <SelectField
        label="Pay irregular-hours workers rolled-up holiday pay"
        hint={
          'Zero-hours workers and those with no guaranteed hours accrue 12.07% of the hours they work. Rolled-up ' +
          'holiday pay adds 12.07% to each pay period’s pay, on its own line, instead of paying the leave when it is ' +
          'taken (allowed for leave years from 1 April 2024).'
        }
        options={YES_NO_OPTIONS}
        {...form.field('rolledUpHolidayPay')}
      />
    </GovForm>
  );
}

/** The branch's holiday rules: when the leave year starts, and rolled-up holiday pay for irregular hours. */
export function HolidayPolicyPanel() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'policy.holidayPolicy', {}));
  return (
    <Panel title="Holiday">
      <p>
        Statutory holiday is 5.6 weeks a year (at most 28 days). Workers with guaranteed hours get 5.6 weeks of their
        guaranteed week, pro rata when they start or leave during the year.
      </p>
      <QueryState isLoading={query.isLoading} error={query.error} what="the holiday rules">
        {query.data && <HolidayPolicyForm policy={query.data} />}
      </QueryState>
    </Panel>
  );
}
