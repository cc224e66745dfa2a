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
import { SelectField, TextField } from '@renderer/components/Field';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, toNumber, useForm } from '@renderer/components/use-form';
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

function StepForm({
  existing,
  steps,
  onDone,
}: {
  existing: PathwayStep | null;
  steps: PathwayStep[];
  onDone: () => void;
}) {
  const save = useProcedureMutation('pathway.saveStep', ['pathway']);
  const archive = useProcedureMutation('pathway.archiveStep', ['pathway']);
  const FORM = 'step';
  const form = useForm(
    {
      name: existing?.name ?? '',
      cwpCategory: existing ? String(existing.cwpCategory) : '',
      route: existing?.route ?? 'core',
      previousStepId: existing?.previousStepId ?? '',
      description: existing?.description ?? '',
      minMonthsInPrevious: String(existing?.minMonthsInPrevious ?? 0),
      requiresSignOff: existing?.requiresSignOff ?? true,
    },
    { errorPrefix: ['step'] },
  );
  const [quals, setQuals] = useState<number[]>(existing?.requiredQualifications ?? []);
  const [courseText, setCourseText] = useState(
    (existing?.requiredCourses ?? []).map((c) => `${c.courseId}: ${c.label}`).join('\n'),
  );
  return (
    <Panel title={existing ? `Edit ${existing.name}` : 'Add a step'}>
      <GovForm
        formId={FORM}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save step"
        onCancel={onDone}
        onSubmit={() =>
          void form.submit(async () => {
            const v = form.values;
            const requiredCourses = courseText
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => {
                const [courseId = '', ...rest] = line.split(':');
                return { courseId: courseId.trim(), label: rest.join(':').trim() || courseId.trim() };
              });
            await save.mutateAsync({
              id: existing?.id ?? null,
              step: {
                name: String(v.name),
                cwpCategory: toNumber(v.cwpCategory),
                route: v.route === 'specialist' ? 'specialist' : 'core',
                previousStepId: orNull(v.previousStepId),
                description: orNull(v.description),
                minMonthsInPrevious: toNumber(v.minMonthsInPrevious),
                requiresSignOff: Boolean(v.requiresSignOff),
                requiredCourses,
                requiredQualifications: quals,
                sortOrder: existing?.sortOrder ?? 0,
              },
            });
            onDone();
          })
        }
        actions={
          existing && (
            <Button
              variant="secondary"
              onClick={() => void archive.mutateAsync({ id: existing.id, archived: !existing.archived }).then(onDone)}
            >
              {existing.archived ? 'Restore' : 'Archive'}
            </Button>
          )
        }
        after={
          <>
            <label className="checkbox">
              <input type="checkbox" {...form.bindCheckbox('requiresSignOff')} />
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
            <div className="field">
              <label className="field__label" htmlFor="step-requiredCourses">
                Training courses required (optional)
              </label>
              <span className="field__hint" id="step-requiredCourses-hint">
                One a line as course id: course name, as the training catalogue lists them
              </span>
              {form.errors.byField.requiredCourses && (
                <span className="field__error">{form.errors.byField.requiredCourses}</span>
              )}
              <textarea
                id="step-requiredCourses"
                className="input"
                rows={3}
                aria-describedby="step-requiredCourses-hint"
                value={courseText}
                onChange={(e) => setCourseText(e.target.value)}
              />
            </div>
          </>
        }
      >
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Step name"
          hint="As the branch calls it, e.g. Senior Wellbeing Worker"
          {...form.bind('name')}
        />
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Care Workforce Pathway category"
          options={CWP_OPTIONS}
          placeholder="Choose a category"
          {...form.bind('cwpCategory')}
        />
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Route"
          options={[
            { value: 'core', label: 'Core route' },
            { value: 'specialist', label: 'Specialist route' },
          ]}
          {...form.bind('route')}
        />
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Comes after"
          options={steps.filter((s) => s.id !== existing?.id).map((s) => ({ value: s.id, label: s.name }))}
          placeholder="Nothing (an entry step)"
          {...form.bind('previousStepId')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Months in the previous step"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('minMonthsInPrevious')}
        />
        <TextField formId={FORM} errors={form.errors} label="Description (optional)" {...form.bind('description')} />
      </GovForm>
      {archive.error && <Banner tone="error">{archive.error.message}</Banner>}
    </Panel>
  );
}
