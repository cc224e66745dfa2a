import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SUPPORT_NEED_LABELS } from '@shared/domain/clients/client';
import { SKILLS } from '@shared/domain/skills';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import {
  ASCWDS_CATEGORIES,
  categoryLabel,
  DELIVERY_LABELS,
  PROVIDER_KIND_LABELS,
  STRAND_LABELS,
  type Course,
  type Requirement,
} from '@shared/domain/training/catalogue';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Panel, QueryError, QueryState, Tag } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { JOB_ROLE_OPTIONS } from '../staff/staff-options';
import { STRAND_OPTIONS } from './training-ui';
import { useToday } from '@renderer/app/use-clock';

function countsToward(c: Course): string {
  return [
    c.countsCareCertificate && 'Care Certificate',
    c.countsQualification && 'Qualification',
    c.countsOtj && 'Off-the-job hours',
  ]
    .filter(Boolean)
    .join(', ');
}

function scopeOf(r: Requirement): string {
  if (r.jobRole !== null) return jobRoleLabel(r.jobRole);
  return r.strand !== null ? `Strand: ${STRAND_LABELS[r.strand]}` : 'Everyone';
}

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
    const scope = scopeOf(r);
    byScope.set(scope, [
      ...(byScope.get(scope) ?? []),
      r.anyOfGroup ? `${r.courseName} (or another in “${r.anyOfGroup}”)` : r.courseName,
    ]);
  }
  const columns: Column<Course>[] = [
    {
      key: 'name',
      header: 'Course',
      sortValue: (c) => c.name,
      render: (c) => (
        <>
          {c.name} {c.strand && <Tag tone="blue">{STRAND_LABELS[c.strand]}</Tag>}
        </>
      ),
    },
    { key: 'provider', header: 'Provider', render: (c) => c.providerName, sortValue: (c) => c.providerName },
    {
      key: 'category',
      header: 'ASC-WDS category',
      render: (c) => `${c.ascwdsCategory} · ${categoryLabel(c.ascwdsCategory)}`,
      sortValue: (c) => c.ascwdsCategory,
    },
    {
      key: 'delivery',
      header: 'Delivery',
      render: (c) => `${DELIVERY_LABELS[c.delivery]}${c.accredited ? ', accredited' : ''}`,
    },
    {
      key: 'validity',
      header: 'Valid for',
      width: '9em',
      render: (c) => (c.validityMonths === null ? 'Does not expire' : `${c.validityMonths} months`),
      sortValue: (c) => c.validityMonths,
    },
    { key: 'counts', header: 'Counts toward', render: countsToward },
    { key: 'skills', header: 'Skills', render: (c) => c.skills.map((s) => SUPPORT_NEED_LABELS[s]).join(', ') },
  ];
  if (canEdit)
    columns.push({
      key: 'change',
      header: 'Change',
      width: '6em',
      render: (c) => (
        <Button variant="link" onClick={() => setEditing(c)}>
          Edit<span className="visually-hidden"> {c.name}</span>
        </Button>
      ),
    });
  return (
    <>
      {canEdit && (
        <div className="button-row">
          <CourseForm />
          <ProviderForm />
        </div>
      )}
      {editing && <CourseForm key={editing.id} existing={editing} onDone={() => setEditing(null)} />}
      <QueryState isLoading={courses.isLoading} error={courses.error} what="the courses">
        <h2>Courses</h2>
        <DataTable
          label="Courses"
          columns={columns}
          rows={courses.data ?? []}
          rowKey={(c) => c.id}
          initialSort={{ key: 'name', direction: 'asc' }}
          search={{ label: 'Search by course or provider', text: (c) => `${c.name} ${c.providerName}` }}
          filters={[
            {
              key: 'strand',
              label: 'Strand',
              allLabel: 'All courses',
              options: STRAND_OPTIONS,
              value: (c) => c.strand ?? '',
            },
          ]}
          empty="No courses yet."
        />
      </QueryState>
      <h2>Providers</h2>
      <QueryError error={providers.error} what="the providers" />
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
      <QueryError error={requirements.error} what="the requirements" />
      {[...byScope].map(([scope, list]) => (
        <Panel key={scope} title={scope}>
          <p>{list.join(' · ')}</p>
        </Panel>
      ))}
    </>
  );
}

const CATEGORY_OPTIONS = ASCWDS_CATEGORIES.map((c) => ({ value: String(c.code), label: `${c.code} · ${c.label}` }));
const DELIVERY_OPTIONS = optionsFrom(DELIVERY_LABELS);
const PROVIDER_KIND_OPTIONS = optionsFrom(PROVIDER_KIND_LABELS);
const SKILL_OPTIONS = SKILLS.map((s) => ({ value: s, label: SUPPORT_NEED_LABELS[s] }));

function CourseForm({ existing, onDone }: { existing?: Course; onDone?: () => void }) {
  const api = useApi();
  const [open, setOpen] = useState(existing !== undefined);
  const providers = useQuery(procedureQuery(api, 'training.listProviders', {}));
  const close = () => {
    setOpen(false);
    onDone?.();
  };
  // The form edits the first skill a course grants; any others it grants are kept.
  const otherSkills = existing?.skills.slice(1) ?? [];
  const form = useProcedureForm('training.saveCourse', {
    id: 'course',
    initial: {
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
    errorPrefix: ['course'],
    toInput: (v) => ({
      id: existing?.id ?? null,
      course: {
        name: v.name,
        providerId: v.providerId,
        ascwdsCategory: toNumber(v.category),
        strand: v.strand === '' ? null : v.strand,
        delivery: v.delivery,
        accredited: v.accredited,
        validityMonths: v.validity.trim() === '' ? null : toNumber(v.validity),
        countsCareCertificate: v.cc,
        countsQualification: v.qual,
        countsOtj: v.otj,
        skills: v.skill === '' ? otherSkills : [v.skill, ...otherSkills],
      },
    }),
    onSuccess: close,
  });
  if (!open) return <Button onClick={() => setOpen(true)}>Add a course</Button>;
  return (
    <Panel title={existing ? `Edit ${existing.name}` : 'Add a course'}>
      <GovForm
        form={form}
        submitLabel={existing ? 'Save the course' : 'Add the course'}
        onCancel={close}
        after={
          <fieldset className="fieldset">
            <legend>Flags</legend>
            <label className="checkbox">
              <input type="checkbox" {...form.checkbox('accredited')} /> Accredited
            </label>
            <label className="checkbox">
              <input type="checkbox" {...form.checkbox('cc')} /> Counts toward the Care Certificate
            </label>
            <label className="checkbox">
              <input type="checkbox" {...form.checkbox('qual')} /> Counts toward a qualification
            </label>
            <label className="checkbox">
              <input type="checkbox" {...form.checkbox('otj')} /> Counts as apprenticeship off-the-job hours
            </label>
          </fieldset>
        }
      >
        <TextField label="Course name" {...form.field('name')} />
        <SelectField
          label="Provider"
          options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          placeholder="Choose a provider"
          {...form.field('providerId')}
        />
        <SelectField
          label="ASC-WDS training category"
          options={CATEGORY_OPTIONS}
          placeholder="Choose a category"
          {...form.field('category', 'ascwdsCategory')}
        />
        <SelectField
          label="Strand (specialist courses)"
          options={STRAND_OPTIONS}
          placeholder="No strand"
          {...form.field('strand')}
        />
        <SelectField label="Delivery" options={DELIVERY_OPTIONS} {...form.field('delivery')} />
        <TextField
          label="Valid for (months)"
          hint="Leave blank if it does not expire"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('validity', 'validityMonths')}
        />
        <SelectField
          label="Skill it grants (optional)"
          options={SKILL_OPTIONS}
          placeholder="No skill"
          {...form.field('skill', 'skills')}
        />
      </GovForm>
    </Panel>
  );
}

function ProviderForm() {
  const [open, setOpen] = useState(false);
  const form = useProcedureForm('training.saveProvider', {
    id: 'provider',
    initial: { name: '', kind: 'external', strand: '', contact: '' },
    errorPrefix: ['provider'],
    toInput: (v) => ({
      id: null,
      provider: { name: v.name, kind: v.kind, strand: v.strand === '' ? null : v.strand, contact: orNull(v.contact) },
    }),
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Add a provider
      </Button>
    );
  }
  return (
    <Panel title="Add a provider">
      <GovForm form={form} submitLabel="Add the provider" onCancel={() => setOpen(false)}>
        <TextField label="Provider name" {...form.field('name')} />
        <SelectField label="Kind" options={PROVIDER_KIND_OPTIONS} {...form.field('kind')} />
        <SelectField
          label="Strand (specialist providers)"
          options={STRAND_OPTIONS}
          placeholder="No strand"
          {...form.field('strand')}
        />
        <TextField label="Contact (optional)" {...form.field('contact')} />
      </GovForm>
    </Panel>
  );
}

function RequirementForm() {
  const api = useApi();
  const courses = useQuery(procedureQuery(api, 'training.listCourses', {}));
  const today = useToday();
  const form = useProcedureForm('training.addRequirement', {
    id: 'requirement',
    initial: { jobRole: '', strand: '', courseId: '', anyOfGroup: '' },
    toInput: (v) => ({
      jobRole: v.jobRole === '' ? null : toNumber(v.jobRole),
      strand: v.strand === '' ? null : v.strand,
      courseId: v.courseId,
      anyOfGroup: orNull(v.anyOfGroup),
      effectiveFrom: today,
    }),
    resetOnSuccess: true,
    success: 'Requirement added.',
  });
  return (
    <Panel title="Require a course">
      <GovForm form={form} submitLabel="Add the requirement" submitVariant="secondary">
        <SelectField
          label="Job role"
          hint="Or choose a strand instead"
          options={JOB_ROLE_OPTIONS}
          placeholder="No job role"
          {...form.field('jobRole')}
        />
        <SelectField
          label="Strand"
          hint="For people in the team of someone with this need"
          options={STRAND_OPTIONS}
          placeholder="No strand"
          {...form.field('strand')}
        />
        <SelectField
          label="Course"
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="Choose a course"
          {...form.field('courseId')}
        />
        <TextField
          label="Alternative group (optional)"
          hint="Courses sharing a group name are satisfied by any one of them"
          {...form.field('anyOfGroup')}
        />
      </GovForm>
    </Panel>
  );
}
