import { useQuery } from '@tanstack/react-query';
import { DBS_PENDING_POLICY_LABELS, type DbsPendingPolicy } from '@shared/domain/staff/eligibility';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { SelectField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Panel, QueryState } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { useProcedureForm } from '@renderer/components/use-form';

const OPTIONS = optionsFrom(DBS_PENDING_POLICY_LABELS);

/**
 * The branch's policy for starting while a DBS check is pending, as data: the manager chooses it here, and the one
 * eligibility rule (planner, board, sickness cover, validator) applies it. Others read it in words.
 */
export function DbsPendingPolicyPanel() {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'policy.dbsPendingPolicy', {}));
  return (
    <Panel title="Starting while a DBS check is pending">
      <QueryState isLoading={query.isLoading} error={query.error} what="the pending DBS policy">
        {query.data &&
          (isManager ? (
            <PolicyForm policy={query.data.policy} />
          ) : (
            <p>{DBS_PENDING_POLICY_LABELS[query.data.policy]}.</p>
          ))}
      </QueryState>
    </Panel>
  );
}

function PolicyForm({ policy }: { policy: DbsPendingPolicy }) {
  const form = useProcedureForm('policy.updateDbsPendingPolicy', {
    id: 'dbs-pending',
    initial: { policy: policy as string },
    toInput: (v) => ({ policy: v.policy }),
    success: 'Policy saved: plans and rota changes from now on follow it.',
  });
  return (
    <GovForm form={form} submitLabel="Save the policy">
      <SelectField
        label="May someone work while their enhanced DBS check is pending?"
        hint={
          'A check is pending from the date it was applied for (on the record’s DBS details) until the ' +
          'certificate is recorded'
        }
        options={OPTIONS}
        {...form.field('policy')}
      />
    </GovForm>
  );
}
