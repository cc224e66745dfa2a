import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CWP_CATEGORIES } from '@shared/domain/pathway/cwp';
import { QUALIFICATIONS, qualificationTitle } from '@shared/domain/pathway/qualifications';
import type { PathwayStep } from '@shared/domain/pathway/steps';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '@renderer/components/Field';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { CWP_OPTIONS } from './options';
import './pathway.css';

function requirementsText(step: PathwayStep): string {
  const parts = [
    ...step.requiredQualifications.map(qualificationTitle),
    ...step.requiredCourses.map((c) => c.label),
    step.minMonthsInPrevious > 0 ? `${step.minMonthsInPrevious} months in the previous step` : null,
    step.requiresSignOff ? 'supervisor sign-off' : null,
  ].filter(Boolean);
  return parts.length === 0 ? 'No requirements' : parts.join(' · ');
}

/** The branch's progression steps on the Care Workforce Pathway backbone; managers add and edit them. */
export function StepsPage() {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'pathway.listSteps', { includeArchived: isManager }));
  const [editing, setEditing] = useState<PathwayStep | 'new' | null>(null);
  const steps = query.data ?? [];
  const byId = new Map(steps.map((s) => [s.id, s]));
  return (
    <>
      <PageHeader
        title="Progression steps"
        caption="Career pathway"
        actions={isManager && <Button onClick={() => setEditing('new')}>Add a step</Button>}
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {editing && (
          <StepForm
            key={editing === 'new' ? 'new' : editing.id}
            existing={editing === 'new' ? null : editing}
            steps={steps}
            onDone={() => setEditing(null)}
          />
        )}
        <div className="ladder">
          {CWP_CATEGORIES.map((category) => {
            const here = steps.filter((s) => s.cwpCategory === category.code);
            return (
              <section key={category.code} className="ladder__category" aria-label={category.label}>
                <h3>{`${category.code}. ${category.label}`}</h3>
                <span className="muted">{category.descriptor}</span>
                <div className="ladder__steps">
                  {here.length === 0 && <span className="muted">No branch step in this category yet.</span>}
                  {here.map((step) => (
                    <div
                      key={step.id}
                      className={`ladder__step${step.route === 'specialist' ? ' ladder__step--specialist' : ''}`}
                    >
                      <strong>{step.name}</strong>
                      {step.archived && <span className="ladder__meta">Archived</span>}
                      <span className="ladder__meta">
                        {step.route === 'specialist' ? 'Specialist route' : 'Core route'}
                        {step.previousStepId
                          ? ` · after ${byId.get(step.previousStepId)?.name ?? 'another step'}`
                          : ' · entry step'}
                      </span>
                      <span className="ladder__meta">{requirementsText(step)}</span>
                      {isManager && (
                        <Button variant="link" onClick={() => setEditing(step)} aria-label={`Edit ${step.name}`}>
                          Edit
                        </Button>
                      )}
                    </div>
                  ))}
                </div>
              </section>
            );
          })}
        </div>
      </QueryState>
    </>
  );
}

const ROUTE_OPTIONS = [
  { value: 'core', label: 'Core route' },
  { value: 'specialist', label: 'Specialist route' },
] as const;

function StepForm({
  existing,
  steps,
  onDone,
}: {
  existing: PathwayStep | null;
  steps: PathwayStep[];
  onDone: () => void;
}) {
  const archive = useProcedureMutation('pathway.archiveStep');
  const [quals, setQuals] = useState<number[]>(existing?.requiredQualifications ?? []);
  const [courseText, setCourseText] = useState(
    (existing?.requiredCourses ?? []).map((c) => `${c.courseId}: ${c.label}`).join('\n'),
  );
  const form = useProcedureForm('pathway.saveStep', {
    id: 'step',
    initial: {
      name: existing?.name ?? '',
      cwpCategory: existing ? String(existing.cwpCategory) : '',
      route: existing?.route ?? 'core',
      previousStepId: existing?.previousStepId ?? '',
      description: existing?.description ?? '',
      minMonthsInPrevious: String(existing?.minMonthsInPrevious ?? 0),
      requiresSignOff: existing?.requiresSignOff ?? true,
    },
    errorPrefix: ['step'],
    toInput: (v) => ({
      id: existing?.id ?? null,
      step: {
        name: v.name,
        cwpCategory: toNumber(v.cwpCategory),
        route: v.route,
        previousStepId: orNull(v.previousStepId),
        description: orNull(v.description),
        minMonthsInPrevious: toNumber(v.minMonthsInPrevious),
        requiresSignOff: v.requiresSignOff,
        requiredCourses: courseText
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [courseId = '', ...rest] = line.split(':');
            return { courseId: courseId.trim(), label: rest.join(':').trim() || courseId.trim() };
          }),
        requiredQualifications: quals,
        sortOrder: existing?.sortOrder ?? 0,
      },
    }),
    onSuccess: onDone,
  });
  return (
    <Panel title={existing ? `Edit ${existing.name}` : 'Add a step'}>
      <ErrorSummary error={archive.error} />
      <GovForm
        form={form}
        submitLabel="Save step"
        onCancel={onDone}
        actions={
          existing && (
            <Button
              variant="secondary"
              disabled={archive.isPending}
              onClick={() => archive.mutate({ id: existing.id, archived: !existing.archived }, { onSuccess: onDone })}
            >
              {existing.archived ? 'Restore' : 'Archive'}
            </Button>
          )
        }
        after={
          <>
            <label className="checkbox">
              <input type="checkbox" {...form.checkbox('requiresSignOff')} />
              Needs a supervisor&apos;s sign-off
            </label>
            <fieldset className="fieldset">
              <legend>Qualifications required</legend>
              <div className="checkbox-list">
                {QUALIFICATIONS.map((q) => (
                  <label key={q.code} className="checkbox">
                    <input
                      type="checkbox"
                      checked={quals.includes(q.code)}
                      onChange={(e) =>
                        setQuals((current) =>
                          e.target.checked ? [...current, q.code] : current.filter((c) => c !== q.code),
                        )
                      }
                    />
                    {`${q.title} (${q.code})`}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextAreaField
              formId={form.id}
              errors={form.errors}
              name="requiredCourses"
              label="Training courses required (optional)"
              hint="One a line as course id: course name, as the training catalogue lists them"
              value={courseText}
              onChange={(e) => setCourseText(e.target.value)}
            />
          </>
        }
      >
        <TextField
          label="Step name"
          hint="As the branch calls it, e.g. Senior Wellbeing Worker"
          {...form.field('name')}
        />
        <SelectField
          label="Care Workforce Pathway category"
          options={CWP_OPTIONS}
          placeholder="Choose a category"
          {...form.field('cwpCategory')}
        />
        <SelectField label="Route" options={ROUTE_OPTIONS} {...form.field('route')} />
        <SelectField
          label="Comes after"
          options={steps.filter((s) => s.id !== existing?.id).map((s) => ({ value: s.id, label: s.name }))}
          placeholder="Nothing (an entry step)"
          {...form.field('previousStepId')}
        />
        <TextField
          label="Months in the previous step"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('minMonthsInPrevious')}
        />
        <TextField label="Description (optional)" {...form.field('description')} />
      </GovForm>
    </Panel>
  );
}
