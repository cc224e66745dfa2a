import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PLANNING_TIME_LABELS, type PlannerSettings } from '@shared/domain/rota-board/planner-settings';
import type { ObjectiveWeights } from '@shared/domain/rota/instance';
import {
  PLANNING_PRIORITIES,
  PRIORITY_LEVEL_LABELS,
  PriorityLevel,
  levelOf,
  weightOf,
  type PlanningPriority,
} from '@shared/domain/rota-board/planning-priorities';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { SelectField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { useProcedureForm } from '@renderer/components/use-form';

/** The branch’s planning priorities (the planner’s weights after coverage) and how long a plan may take. */
export function PlannerSettingsPage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'rota.plannerSettings', {}));
  const isManager = useHasRole('manager');
  return (
    <>
      <PageHeader caption="Rota" title="Planning priorities" />
      <p>
        The planner first covers as many visits as the rules allow. Among plans that cover the same visits, it weighs
        these priorities against each other as the branch sets them here. <Link to="/rota">Back to the rota</Link>
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
          ...PLANNING_PRIORITIES.map((p) => {
            const level = levelOf(p.name, settings.weights[p.name]);
            return { key: `${p.label} matters`, value: `${PRIORITY_LEVEL_LABELS[level]}: ${p.levels[level]}` };
          }),
          { key: 'Planning time', value: PLANNING_TIME_LABELS[settings.planningTime] },
        ]}
      />
    </Panel>
  );
}

const PLANNING_TIME_OPTIONS = optionsFrom(PLANNING_TIME_LABELS);

const LEVEL_OPTIONS = optionsFrom(PRIORITY_LEVEL_LABELS);

/** What each level of a priority makes the planner do, as the field's hint. */
function levelsHint(p: PlanningPriority): string {
  return PriorityLevel.options.map((l) => `${PRIORITY_LEVEL_LABELS[l]}: ${p.levels[l]}.`).join(' ');
}

function PrioritiesForm({ existing }: { existing: PlannerSettings }) {
  const initial: Record<string, string> = {
    ...Object.fromEntries(PLANNING_PRIORITIES.map((p) => [p.name, levelOf(p.name, existing.weights[p.name])])),
    planningTime: existing.planningTime,
  };
  // Fields are named by weight, so `weights.x` errors land on field `x`; a level the form does not know keeps the
  // weight as stored.
  const form = useProcedureForm('rota.savePlannerSettings', {
    id: 'planner-settings',
    initial,
    errorPrefix: ['weights'],
    toInput: (v) => {
      const weight = (name: keyof ObjectiveWeights) => {
        const level = PriorityLevel.safeParse(v[name]);
        return level.success ? weightOf(name, level.data) : existing.weights[name];
      };
      const weights = Object.fromEntries(PLANNING_PRIORITIES.map((p) => [p.name, weight(p.name)]));
      return { weights: { ...existing.weights, ...weights }, planningTime: v.planningTime ?? '' };
    },
    success: 'Priorities saved. The next plan uses them.',
  });
  return (
    <Panel title="What matters after covering every visit">
      <GovForm form={form} submitLabel="Save priorities">
        {PLANNING_PRIORITIES.map((p) => (
          <SelectField
            key={p.name}
            label={`${p.label} matters`}
            hint={levelsHint(p)}
            options={LEVEL_OPTIONS}
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
