import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { cwpLabel } from '@shared/domain/pathway/cwp';
import type { WorkerPathway } from '@shared/domain/pathway/views';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { orNull, toNumber, toPence, useProcedureForm } from '@renderer/components/use-form';
import { poundsPerHour } from './BarChart';
import { QUALIFICATION_OPTIONS } from './options';
import { useToday } from '@renderer/app/use-clock';
import { ReadinessChecklist } from './ReadinessChecklist';
import './pathway.css';
import { formatDate } from '@shared/domain/time/format';

/** A worker's pathway: where they are, how they got there, what the next step needs; managers record progressions. */
export function WorkerPathwayPage() {
  const { staffId = '' } = useParams();
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'pathway.worker', { staffId }));
  const page = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {page && (
        <>
          <PageHeader title={page.name} caption="Career pathway" />
          <Position page={page} isManager={isManager} />
          <NextSteps page={page} />
          <History page={page} />
          <Qualifications page={page} isManager={isManager} />
          {page.supervisees.length > 0 && (
            <Panel title="Named supervisor for">
              <ul>
                {page.supervisees.map((s) => (
                  <li key={s.staffId}>
                    <Link to={`/pathway/staff/${s.staffId}`}>{s.name}</Link>
                  </li>
                ))}
              </ul>
            </Panel>
          )}
          {isManager && <RecordProgression page={page} />}
          {isManager && <SupervisorForm page={page} />}
        </>
      )}
    </QueryState>
  );
}

function Position({ page, isManager }: { page: WorkerPathway; isManager: boolean }) {
  const current = page.current;
  return (
    <Panel title="Where they are now">
      <SummaryList
        items={[
          { key: 'Step', value: current?.stepName ?? null },
          { key: 'Care Workforce Pathway', value: current ? cwpLabel(current.cwpCategory) : null },
          { key: 'Since', value: current ? formatDate(current.startDate) : null },
          { key: 'Hourly rate from this step', value: poundsPerHour(current?.newHourlyRatePence ?? null) },
          { key: 'Named supervisor', value: page.supervisorName },
          ...(isManager
            ? [
                {
                  key: 'Lives in the borough',
                  value: page.boroughResident === null ? null : page.boroughResident ? 'Yes' : 'No',
                },
              ]
            : []),
        ]}
      />
    </Panel>
  );
}

function NextSteps({ page }: { page: WorkerPathway }) {
  const today = useToday();
  const signOff = useProcedureMutation('pathway.signOff');
  if (page.next.length === 0) return <Panel title="Next step">There is no further step set up after this one.</Panel>;
  return (
    <>
      <ErrorSummary error={signOff.error} />
      {page.next.map((next) => {
        const needsSignOff = next.items.some((i) => i.kind === 'signOff' && !i.met);
        return (
          <Panel key={next.stepId} title={`Next step: ${next.stepName}`}>
            <p>
              {next.ready ? (
                <Tag tone="green">Ready</Tag>
              ) : (
                <Tag tone="grey">{`${next.metCount} of ${next.items.length} requirements met`}</Tag>
              )}
            </p>
            <ReadinessChecklist readiness={next} />
            {page.canSignOff && needsSignOff && (
              <Button
                variant="secondary"
                disabled={signOff.isPending}
                onClick={() =>
                  signOff.mutate({ staffId: page.staffId, stepId: next.stepId, signedOn: today, note: null })
                }
              >
                {`Sign off as ready for ${next.stepName}`}
              </Button>
            )}
          </Panel>
        );
      })}
    </>
  );
}

type Placement = WorkerPathway['history'][number];
type Qualification = WorkerPathway['qualifications'][number];

const HISTORY_COLUMNS: Column<Placement>[] = [
  { key: 'step', header: 'Step', render: (p) => p.stepName },
  {
    key: 'from',
    header: 'From',
    width: '9.5em',
    render: (p) => formatDate(p.startDate),
    sortValue: (p) => p.startDate,
  },
  {
    key: 'to',
    header: 'To',
    width: '9.5em',
    render: (p) => (p.endDate ? formatDate(p.endDate) : 'now'),
    sortValue: (p) => p.endDate,
  },
  { key: 'how', header: 'How', render: (p) => (p.kind === 'appointed' ? 'Joined at this step' : 'Progressed') },
  { key: 'rate', header: 'Hourly rate', render: (p) => poundsPerHour(p.newHourlyRatePence) ?? 'no change' },
  {
    key: 'notes',
    header: 'Notes',
    render: (p) =>
      [p.note, p.overrideReason ? `Requirements overridden: ${p.overrideReason}` : null].filter(Boolean).join(' · '),
  },
];

function History({ page }: { page: WorkerPathway }) {
  return (
    <Panel title="History">
      <DataTable
        label="Steps held"
        columns={HISTORY_COLUMNS}
        rows={page.history}
        rowKey={(p) => p.id}
        empty="Not yet placed on the pathway."
      />
    </Panel>
  );
}

function Qualifications({ page, isManager }: { page: WorkerPathway; isManager: boolean }) {
  const remove = useProcedureMutation('qualifications.remove');
  const form = useProcedureForm('qualifications.record', {
    id: 'qualification',
    initial: { qualificationCode: '', yearAchieved: '', notes: '' },
    toInput: (v) => ({
      staffId: page.staffId,
      qualificationCode: toNumber(v.qualificationCode),
      yearAchieved: toNumber(v.yearAchieved),
      notes: orNull(v.notes),
    }),
    resetOnSuccess: true,
    success: 'Qualification recorded.',
  });
  const columns: Column<Qualification>[] = [
    { key: 'title', header: 'Qualification', render: (q) => q.title, sortValue: (q) => q.title },
    {
      key: 'code',
      header: 'ASC-WDS code',
      width: '9em',
      render: (q) => <span className="mono">{q.qualificationCode}</span>,
    },
    { key: 'year', header: 'Year', width: '6em', render: (q) => q.yearAchieved, sortValue: (q) => q.yearAchieved },
    { key: 'source', header: 'Source', render: (q) => (q.source === 'apprenticeship' ? 'Apprenticeship' : 'Recorded') },
  ];
  if (isManager)
    columns.push({
      key: 'action',
      header: 'Action',
      width: '7em',
      render: (q) => (
        <Button variant="link" onClick={() => remove.mutate({ id: q.id })} aria-label={`Remove ${q.title}`}>
          Remove
        </Button>
      ),
    });
  return (
    <Panel title="Qualifications">
      <ErrorSummary error={remove.error} />
      <DataTable
        label="Qualifications"
        columns={columns}
        rows={page.qualifications}
        rowKey={(q) => q.id}
        initialSort={{ key: 'year', direction: 'desc' }}
        empty="None recorded yet."
      />
      {isManager && (
        <>
          <h3>Record a qualification</h3>
          <GovForm form={form} submitLabel="Record qualification" submitVariant="secondary">
            <SelectField
              label="Qualification"
              options={QUALIFICATION_OPTIONS}
              placeholder="Choose a qualification"
              {...form.field('qualificationCode')}
            />
            <TextField
              label="Year achieved"
              inputMode="numeric"
              className="input--narrow"
              {...form.field('yearAchieved')}
            />
            <TextField label="Notes (optional)" {...form.field('notes')} />
          </GovForm>
        </>
      )}
    </Panel>
  );
}

const HOW_OPTIONS = [
  { value: 'progressed', label: 'Progressed within the branch' },
  { value: 'appointed', label: 'Joined the branch at this step' },
] as const;

function RecordProgression({ page }: { page: WorkerPathway }) {
  const api = useApi();
  const steps = useQuery(procedureQuery(api, 'pathway.listSteps', {}));
  const today = useToday();
  const form = useProcedureForm('pathway.recordProgression', {
    id: 'progression',
    initial: {
      stepId: page.next[0]?.stepId ?? '',
      kind: page.current ? 'progressed' : 'appointed',
      effectiveDate: today,
      newHourlyRatePence: '',
      note: '',
      overrideReason: '',
    },
    toInput: (v) => ({
      staffId: page.staffId,
      stepId: v.stepId,
      kind: v.kind,
      effectiveDate: v.effectiveDate,
      newHourlyRatePence: orNull(v.newHourlyRatePence) === null ? null : toPence(v.newHourlyRatePence),
      note: orNull(v.note),
      overrideReason: orNull(v.overrideReason),
    }),
    success: 'Progression recorded.',
  });
  const chosen = page.next.find((n) => n.stepId === form.values.stepId);
  const unmet = chosen ? !chosen.ready : form.values.kind === 'progressed';
  return (
    <Panel title="Record a progression">
      <GovForm form={form} submitLabel="Record progression">
        <SelectField
          label="Step"
          options={(steps.data ?? [])
            .filter((s) => !s.archived)
            .map((s) => ({ value: s.id, label: `${s.name} (${cwpLabel(s.cwpCategory)})` }))}
          placeholder="Choose a step"
          {...form.field('stepId')}
        />
        <SelectField label="How" options={HOW_OPTIONS} {...form.field('kind')} />
        <TextField label="Effective date" type="date" className="input--narrow" {...form.field('effectiveDate')} />
        <TextField
          label="New hourly rate in £ (optional)"
          hint="Leave empty if pay does not change"
          inputMode="decimal"
          className="input--narrow"
          {...form.field('newHourlyRatePence')}
        />
        <TextField label="Note (optional)" {...form.field('note')} />
        <TextField
          label="Reason for going ahead (if requirements are not met)"
          hint={
            unmet
              ? 'Not every requirement is met: a reason is needed and is kept in the audit log'
              : 'Only needed when a requirement is not met'
          }
          {...form.field('overrideReason')}
        />
      </GovForm>
    </Panel>
  );
}

function SupervisorForm({ page }: { page: WorkerPathway }) {
  const api = useApi();
  const staff = useQuery(procedureQuery(api, 'staff.list', { status: 'active', limit: 2000 }));
  const form = useProcedureForm('pathway.setMember', {
    id: 'member',
    initial: {
      supervisorStaffId: page.supervisorStaffId ?? '',
      boroughResident: page.boroughResident === null ? '' : page.boroughResident ? 'yes' : 'no',
    },
    toInput: (v) => ({
      staffId: page.staffId,
      supervisorStaffId: orNull(v.supervisorStaffId),
      boroughResident: v.boroughResident === '' ? null : v.boroughResident === 'yes',
    }),
    success: 'Saved.',
  });
  return (
    <Panel title="Supervisor and residence">
      <GovForm form={form} submitLabel="Save" submitVariant="secondary">
        <SelectField
          label="Named supervisor"
          hint="May sign off this worker's readiness"
          options={(staff.data?.rows ?? [])
            .filter((s) => s.id !== page.staffId)
            .map((s) => ({ value: s.id, label: `${s.givenName} ${s.familyName}` }))}
          placeholder="No named supervisor"
          {...form.field('supervisorStaffId')}
        />
        <SelectField
          label="Lives in the borough"
          options={YES_NO_OPTIONS}
          placeholder="Not known"
          {...form.field('boroughResident')}
        />
      </GovForm>
    </Panel>
  );
}
