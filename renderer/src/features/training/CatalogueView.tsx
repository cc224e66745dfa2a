import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SKILLS, type Skill } from '@shared/domain/skills';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import {
  ASCWDS_CATEGORIES,
  categoryLabel,
  DELIVERY_LABELS,
  PROVIDER_KIND_LABELS,
  STRAND_LABELS,
  type Course,
  type Delivery,
  type ProviderKind,
  type Strand,
} from '@shared/domain/training/catalogue';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Banner, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { orNull, toNumber, useForm } from '@renderer/components/use-form';
import { JOB_ROLE_OPTIONS } from '../staff/staff-options';
import { STRAND_OPTIONS } from './training-ui';
import { useToday } from '@renderer/app/use-clock';

/** Providers, courses (with ASC-WDS category, validity and skills) and requirements by job role and strand. */
export function CatalogueView() {
  const api = useApi();
  const canEdit = useHasRole('manager', 'trainer');
  const isManager = useHasRole('manager');
  const [editing, setEditing] = useState<Course | null>(null);
  const courses = useQuery(procedureQuery(api, 'training.listCourses', {}));
  const providers = useQuery(procedureQuery(api, 'training.listProviders', {}));
  const requirements = useQuery(procedureQuery(api, 'training.listRequirements', {}));
  const byScope = new Map<string, string[]>();
  for (const r of requirements.data ?? []) {
    const scope = r.jobRole !== null ? jobRoleLabel(r.jobRole) : `Strand: ${STRAND_LABELS[r.strand as Strand]}`;
    byScope.set(scope, [
      ...(byScope.get(scope) ?? []),
      r.anyOfGroup ? `${r.courseName} (or another in “${r.anyOfGroup}”)` : r.courseName,
    ]);
  }
  return (
    <>
      {canEdit && (
        <div className="button-row">
          <CourseForm />
          <ProviderForm />
        </div>
      )}
      {editing && <CourseForm key={editing.id} existing={editing} onDone={() => setEditing(null)} />}
      <QueryState isLoading={courses.isLoading} error={courses.error}>
        <h2>Courses</h2>
        <table className="simple-table">
          <caption className="visually-hidden">Courses</caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Provider</th>
              <th scope="col">ASC-WDS category</th>
              <th scope="col">Delivery</th>
              <th scope="col">Valid for</th>
              <th scope="col">Counts toward</th>
              <th scope="col">Skills</th>
              {canEdit && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {(courses.data ?? []).map((c) => (
              <tr key={c.id}>
                <td>
                  {c.name} {c.strand && <Tag tone="blue">{STRAND_LABELS[c.strand]}</Tag>}
                </td>
                <td>{c.providerName}</td>
                <td>
                  {c.ascwdsCategory} · {categoryLabel(c.ascwdsCategory)}
                </td>
                <td>
                  {DELIVERY_LABELS[c.delivery]}
                  {c.accredited ? ', accredited' : ''}
                </td>
                <td>{c.validityMonths === null ? 'Does not expire' : `${c.validityMonths} months`}</td>
                <td>
                  {[
                    c.countsCareCertificate && 'Care Certificate',
                    c.countsQualification && 'Qualification',
                    c.countsOtj && 'Off-the-job hours',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </td>
                <td>{c.skills.join(', ')}</td>
                {canEdit && (
                  <td>
                    <Button variant="link" onClick={() => setEditing(c)}>
                      Edit<span className="visually-hidden"> {c.name}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </QueryState>
      <h2>Providers</h2>
      <ul>
        {(providers.data ?? []).map((p) => (
          <li key={p.id}>
            {p.name}: {PROVIDER_KIND_LABELS[p.kind]}
            {p.strand ? ` (${STRAND_LABELS[p.strand]})` : ''}
          </li>
        ))}
      </ul>
      <h2>Requirements</h2>
      {isManager && <RequirementForm />}
      {[...byScope].map(([scope, list]) => (
        <Panel key={scope} title={scope}>
          <p>{list.join(' · ')}</p>
        </Panel>
      ))}
    </>
  );
}

const CATEGORY_OPTIONS = ASCWDS_CATEGORIES.map((c) => ({ value: String(c.code), label: `${c.code} · ${c.label}` }));

function CourseForm({ existing, onDone }: { existing?: Course; onDone?: () => void }) {
  const api = useApi();
  const [open, setOpen] = useState(existing !== undefined);
  const providers = useQuery(procedureQuery(api, 'training.listProviders', {}));
  const save = useProcedureMutation('training.saveCourse', ['training']);
  const form = useForm(
    {
      name: existing?.name ?? '',
      providerId: existing?.providerId ?? '',
      category: existing ? String(existing.ascwdsCategory) : '',
      strand: existing?.strand ?? '',
      delivery: existing?.delivery ?? 'face_to_face',
      validity: existing?.validityMonths === null || existing === undefined ? '' : String(existing.validityMonths),
      accredited: existing?.accredited ?? false,
      cc: existing?.countsCareCertificate ?? false,
      qual: existing?.countsQualification ?? false,
      otj: existing?.countsOtj ?? false,
      skill: existing?.skills[0] ?? '',
    },
    { errorPrefix: ['course'] },
  );
  const { values } = form;
  const close = () => {
    setOpen(false);
    onDone?.();
  };
  if (!open) return <Button onClick={() => setOpen(true)}>Add a course</Button>;
  return (
    <Panel title={existing ? `Edit ${existing.name}` : 'Add a course'}>
      <GovForm
        formId="course"
        errors={form.errors}
        pending={form.pending}
        submitLabel={existing ? 'Save the course' : 'Add the course'}
        onCancel={close}
        onSubmit={() =>
          void form.submit(async () => {
            await save.mutateAsync({
              id: existing?.id ?? null,
              course: {
                name: values.name,
                providerId: values.providerId,
                ascwdsCategory: toNumber(values.category),
                strand: values.strand === '' ? null : (values.strand as Strand),
                delivery: values.delivery as Delivery,
                accredited: values.accredited,
                validityMonths: values.validity.trim() === '' ? null : toNumber(values.validity),
                countsCareCertificate: values.cc,
                countsQualification: values.qual,
                countsOtj: values.otj,
                skills:
                  values.skill === ''
                    ? (existing?.skills.slice(1) ?? [])
                    : [values.skill as Skill, ...(existing?.skills.slice(1) ?? [])],
              },
            });
            close();
          })
        }
        after={
          <fieldset className="fieldset">
            <legend>Flags</legend>
            <label className="checkbox">
              <input type="checkbox" {...form.bindCheckbox('accredited')} /> Accredited
            </label>
            <label className="checkbox">
              <input type="checkbox" {...form.bindCheckbox('cc')} /> Counts toward the Care Certificate
            </label>
            <label className="checkbox">
              <input type="checkbox" {...form.bindCheckbox('qual')} /> Counts toward a qualification
            </label>
            <label className="checkbox">
              <input type="checkbox" {...form.bindCheckbox('otj')} /> Counts as apprenticeship off-the-job hours
            </label>
          </fieldset>
        }
      >
        <TextField formId="course" errors={form.errors} label="Course name" {...form.bind('name')} />
        <SelectField
          formId="course"
          errors={form.errors}
          label="Provider"
          options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          placeholder="Choose a provider"
          {...form.bind('providerId')}
        />
        <SelectField
          formId="course"
          errors={form.errors}
          name="ascwdsCategory"
          label="ASC-WDS training category"
          options={CATEGORY_OPTIONS}
          placeholder="Choose a category"
          value={values.category}
          onChange={(e) => form.setValues((v) => ({ ...v, category: e.target.value }))}
        />
        <SelectField
          formId="course"
          errors={form.errors}
          label="Strand (specialist courses)"
          options={STRAND_OPTIONS}
          placeholder="No strand"
          {...form.bind('strand')}
        />
        <SelectField
          formId="course"
          errors={form.errors}
          label="Delivery"
          options={Object.entries(DELIVERY_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.bind('delivery')}
        />
        <TextField
          formId="course"
          errors={form.errors}
          name="validityMonths"
          label="Valid for (months)"
          hint="Leave blank if it does not expire"
          inputMode="numeric"
          className="input--narrow"
          value={values.validity}
          onChange={(e) => form.setValues((v) => ({ ...v, validity: e.target.value }))}
        />
        <SelectField
          formId="course"
          errors={form.errors}
          name="skills"
          label="Skill it grants (optional)"
          options={SKILLS.map((s) => ({ value: s, label: s.replace(/_/g, ' ') }))}
          placeholder="No skill"
          value={values.skill}
          onChange={(e) => form.setValues((v) => ({ ...v, skill: e.target.value }))}
        />
      </GovForm>
    </Panel>
  );
}

function ProviderForm() {
  const [open, setOpen] = useState(false);
  const save = useProcedureMutation('training.saveProvider', ['training']);
  const form = useForm({ name: '', kind: 'external', strand: '', contact: '' }, { errorPrefix: ['provider'] });
  const { values } = form;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Add a provider
      </Button>
    );
  }
  return (
    <Panel title="Add a provider">
      {save.isSuccess && <Banner tone="success">Provider added.</Banner>}
      <GovForm
        formId="provider"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Add the provider"
        onCancel={() => setOpen(false)}
        onSubmit={() =>
          void form.submit(async () => {
            await save.mutateAsync({
              id: null,
              provider: {
                name: values.name,
                kind: values.kind as ProviderKind,
                strand: values.strand === '' ? null : (values.strand as Strand),
                contact: orNull(values.contact),
              },
            });
            setOpen(false);
          })
        }
      >
        <TextField formId="provider" errors={form.errors} label="Provider name" {...form.bind('name')} />
        <SelectField
          formId="provider"
          errors={form.errors}
          label="Kind"
          options={Object.entries(PROVIDER_KIND_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.bind('kind')}
        />
        <SelectField
          formId="provider"
          errors={form.errors}
          label="Strand (specialist providers)"
          options={STRAND_OPTIONS}
          placeholder="No strand"
          {...form.bind('strand')}
        />
        <TextField formId="provider" errors={form.errors} label="Contact (optional)" {...form.bind('contact')} />
      </GovForm>
    </Panel>
  );
}

function RequirementForm() {
  const api = useApi();
  const courses = useQuery(procedureQuery(api, 'training.listCourses', {}));
  const add = useProcedureMutation('training.addRequirement', ['training']);
  const today = useToday();
  const form = useForm({ jobRole: '', strand: '', courseId: '', anyOfGroup: '' });
  const { values } = form;
  return (
    <Panel title="Require a course">
      {add.isSuccess && <Banner tone="success">Requirement added.</Banner>}
      <GovForm
        formId="requirement"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Add the requirement"
        submitVariant="secondary"
        onSubmit={() =>
          void form.submit(async () => {
            await add.mutateAsync({
              jobRole: values.jobRole === '' ? null : toNumber(values.jobRole),
              strand: values.strand === '' ? null : (values.strand as Strand),
              courseId: values.courseId,
              anyOfGroup: orNull(values.anyOfGroup),
              effectiveFrom: today,
            });
          })
        }
      >
        <SelectField
          formId="requirement"
          errors={form.errors}
          label="Job role"
          hint="Or choose a strand instead"
          options={JOB_ROLE_OPTIONS}
          placeholder="No job role"
          {...form.bind('jobRole')}
        />
        <SelectField
          formId="requirement"
          errors={form.errors}
          label="Strand"
          hint="For people in the team of someone with this need"
          options={STRAND_OPTIONS}
          placeholder="No strand"
          {...form.bind('strand')}
        />
        <SelectField
          formId="requirement"
          errors={form.errors}
          label="Course"
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="Choose a course"
          {...form.bind('courseId')}
        />
        <TextField
          formId="requirement"
          errors={form.errors}
          label="Alternative group (optional)"
          hint="Courses sharing a group name are satisfied by any one of them"
          {...form.bind('anyOfGroup')}
        />
      </GovForm>
    </Panel>
  );
}
