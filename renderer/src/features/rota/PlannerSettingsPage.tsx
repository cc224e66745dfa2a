import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PLANNING_TIME_LABELS, type PlannerSettings } from '@shared/domain/rota-board/planner-settings';
import type { ObjectiveWeights } from '@shared/domain/rota/instance';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';

/** Each priority in the coordinator's words: what one point is paid for, and when to raise it. */
const PRIORITIES: { name: keyof ObjectiveWeights; label: string; hint: string }[] = [
  {
    name: 'distinctWorker',
    label: 'Each extra worker a person sees in a week',
    hint:
      'Raise it to keep each person’s week with fewer of their team ' +
      '(continuity). Works best with the thorough planning time.',
  },
  {
    name: 'notPreferred',
    label: 'A visit not done by one of the person’s preferred workers',
    hint: 'Per visit that has preferred workers.',
  },
  {
    name: 'travelMinute',
    label: 'Each minute of paid travel',
    hint: 'Travel is paid at the full hourly rate; this is the unit the others compare with.',
  },
  { name: 'splitShift', label: 'Each split shift', hint: 'Per extra working stretch in a worker’s day.' },
  {
    name: 'guaranteedShortfallMinute',
    label: 'Each minute a worker is planned below their guaranteed hours',
    hint: 'Ethical Care Charter stage 2: contracted hours are worked, not zero hours.',
  },
  {
    name: 'startDeviationMinute',
    label: 'Each minute a visit moves from its ideal time',
    hint: 'Only within the flexibility the person agreed.',
  },
  {
    name: 'fairnessExcessMinute',
    label: 'Each minute a worker is planned above their guaranteed hours',
    hint: 'Spreads extra hours fairly across the team.',
  },
];

/** The branch’s planning priorities (the planner’s weights after coverage) and how long a plan may take. */
export function PlannerSettingsPage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'rota.plannerSettings', {}));
  const isManager = useHasRole('manager');
  return (
    <>
      <PageHeader caption="Rota" title="Planning priorities" />
      <p>
        The planner first covers as many visits as the rules allow. Among plans that cover the same visits, it picks the
        one with the fewest points below. <Link to="/rota">Back to the rota</Link>
      </p>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {query.data &&
          (isManager ? <PrioritiesForm existing={query.data} /> : <PrioritiesSummary settings={query.data} />)}
      </QueryState>
    </>
  );
}

function PrioritiesSummary({ settings }: { settings: PlannerSettings }) {
  return (
    <Panel title="Set by the branch manager">
      <SummaryList
        items={[
          ...PRIORITIES.map((p) => ({ key: p.label, value: `${settings.weights[p.name]} points` })),
          { key: 'Planning time', value: PLANNING_TIME_LABELS[settings.planningTime] },
        ]}
      />
    </Panel>
  );
}

const PLANNING_TIME_OPTIONS = optionsFrom(PLANNING_TIME_LABELS);

function PrioritiesForm({ existing }: { existing: PlannerSettings }) {
  const initial: Record<string, string> = {
    ...Object.fromEntries(PRIORITIES.map((p) => [p.name, String(existing.weights[p.name])])),
    planningTime: existing.planningTime,
  };
  // Fields are named by weight, so `weights.x` errors land on field `x`.
  const form = useProcedureForm('rota.savePlannerSettings', {
    id: 'planner-settings',
    initial,
    errorPrefix: ['weights'],
    toInput: (v) => {
      const weight = (name: keyof ObjectiveWeights) => toNumber(v[name]);
      return {
        weights: {
          distinctWorker: weight('distinctWorker'),
          notPreferred: weight('notPreferred'),
          travelMinute: weight('travelMinute'),
          splitShift: weight('splitShift'),
          guaranteedShortfallMinute: weight('guaranteedShortfallMinute'),
          startDeviationMinute: weight('startDeviationMinute'),
          fairnessExcessMinute: weight('fairnessExcessMinute'),
        },
        planningTime: v.planningTime ?? '',
      };
    },
    success: 'Priorities saved. The next plan uses them.',
  });
  return (
    <Panel title="Points per unit">
      <GovForm form={form} submitLabel="Save priorities">
        {PRIORITIES.map((p) => (
          <TextField
            key={p.name}
            label={p.label}
            hint={p.hint}
            inputMode="decimal"
            className="input--narrow"
            {...form.field(p.name)}
          />
        ))}
        <SelectField
          label="Planning time"
          hint="The planner runs in the background; the board stays usable while it works."
          options={PLANNING_TIME_OPTIONS}
          {...form.field('planningTime')}
        />
      </GovForm>
    </Panel>
  );
}
