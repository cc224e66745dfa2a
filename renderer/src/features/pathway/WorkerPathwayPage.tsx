import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { cwpLabel } from '@shared/domain/pathway/cwp';
import type { WorkerPathway } from '@shared/domain/pathway/views';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { Banner, PageHeader, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { orNull, toNumber, useForm } from '@renderer/components/use-form';
import { useToday } from '@renderer/app/use-clock';
import { formatDate } from '@shared/domain/time/format';
import { poundsPerHour } from './BarChart';
import { QUALIFICATION_OPTIONS, penceFrom } from './options';
import { ReadinessChecklist } from './ReadinessChecklist';
import './pathway.css';

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
  const signOff = useProcedureMutation('pathway.signOff', ['pathway']);
  const today = useToday();
  if (page.next.length === 0) return <Panel title="Next step">There is no further step set up after this one.</Panel>;
  return (
    <>
      {signOff.error && <Banner tone="error">{signOff.error.message}</Banner>}
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

function History({ page }: { page: WorkerPathway }) {
  return (
    <Panel title="History">
      {page.history.length === 0 ? (
        <p>Not yet placed on the pathway.</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">How</th>
              <th scope="col">Hourly rate</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {page.history.map((p) => (
              <tr key={p.id}>
                <td>{p.stepName}</td>
                <td>{formatDate(p.startDate)}</td>
                <td>{p.endDate ? formatDate(p.endDate) : 'now'}</td>
                <td>{p.kind === 'appointed' ? 'Joined at this step' : 'Progressed'}</td>
                <td>{poundsPerHour(p.newHourlyRatePence) ?? 'no change'}</td>
                <td>
                  {[p.note, p.overrideReason ? `Requirements overridden: ${p.overrideReason}` : null]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function Qualifications({ page, isManager }: { page: WorkerPathway; isManager: boolean }) {
  const remove = useProcedureMutation('qualifications.remove', ['pathway', 'qualifications']);
  const record = useProcedureMutation('qualifications.record', ['pathway', 'qualifications']);
  const form = useForm({ qualificationCode: '', yearAchieved: '', notes: '' });
  const FORM = 'qualification';
  return (
    <Panel title="Qualifications">
      {page.qualifications.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">Qualification</th>
              <th scope="col">ASC-WDS code</th>
              <th scope="col">Year</th>
              <th scope="col">Source</th>
              {isManager && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {page.qualifications.map((q) => (
              <tr key={q.id}>
                <td>{q.title}</td>
                <td className="mono">{q.qualificationCode}</td>
                <td>{q.yearAchieved}</td>
                <td>{q.source === 'apprenticeship' ? 'Apprenticeship' : 'Recorded'}</td>
                {isManager && (
                  <td>
                    <Button variant="link" onClick={() => remove.mutate({ id: q.id })} aria-label={`Remove ${q.title}`}>
                      Remove
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isManager && (
        <>
          <h3>Record a qualification</h3>
          <GovForm
            formId={FORM}
            errors={form.errors}
            pending={form.pending}
            submitLabel="Record qualification"
            submitVariant="secondary"
            onSubmit={() =>
              void form.submit(async () => {
                await record.mutateAsync({
                  staffId: page.staffId,
                  qualificationCode: toNumber(form.values.qualificationCode),
                  yearAchieved: toNumber(form.values.yearAchieved),
                  notes: orNull(form.values.notes),
                });
                form.setValues({ qualificationCode: '', yearAchieved: '', notes: '' });
              })
            }
          >
            <SelectField
              formId={FORM}
              errors={form.errors}
              label="Qualification"
              options={QUALIFICATION_OPTIONS}
              placeholder="Choose a qualification"
              {...form.bind('qualificationCode')}
            />
            <TextField
              formId={FORM}
              errors={form.errors}
              label="Year achieved"
              inputMode="numeric"
              className="input--narrow"
              {...form.bind('yearAchieved')}
            />
            <TextField formId={FORM} errors={form.errors} label="Notes (optional)" {...form.bind('notes')} />
          </GovForm>
        </>
      )}
    </Panel>
  );
}

function RecordProgression({ page }: { page: WorkerPathway }) {
  const api = useApi();
  const steps = useQuery(procedureQuery(api, 'pathway.listSteps', {}));
  const record = useProcedureMutation('pathway.recordProgression', ['pathway']);
  const FORM = 'progression';
  const today = useToday();
  const form = useForm({
    stepId: page.next[0]?.stepId ?? '',
    kind: page.current ? 'progressed' : 'appointed',
    effectiveDate: today,
    newHourlyRatePence: '',
    note: '',
    overrideReason: '',
  });
  const chosen = page.next.find((n) => n.stepId === form.values.stepId);
  const unmet = chosen ? !chosen.ready : form.values.kind === 'progressed';
  return (
    <Panel title="Record a progression">
      {record.isSuccess && <Banner tone="success">Progression recorded.</Banner>}
      <GovForm
        formId={FORM}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Record progression"
        onSubmit={() =>
          void form.submit(async () => {
            const v = form.values;
            await record.mutateAsync({
              staffId: page.staffId,
              stepId: v.stepId,
              kind: v.kind === 'appointed' ? 'appointed' : 'progressed',
              effectiveDate: v.effectiveDate,
              newHourlyRatePence: penceFrom(v.newHourlyRatePence),
              note: orNull(v.note),
              overrideReason: orNull(v.overrideReason),
            });
          })
        }
      >
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Step"
          options={(steps.data ?? [])
            .filter((s) => !s.archived)
            .map((s) => ({ value: s.id, label: `${s.name} (${cwpLabel(s.cwpCategory)})` }))}
          placeholder="Choose a step"
          {...form.bind('stepId')}
        />
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="How"
          options={[
            { value: 'progressed', label: 'Progressed within the branch' },
            { value: 'appointed', label: 'Joined the branch at this step' },
          ]}
          {...form.bind('kind')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Effective date"
          type="date"
          className="input--narrow"
          {...form.bind('effectiveDate')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="New hourly rate in £ (optional)"
          hint="Leave empty if pay does not change"
          inputMode="decimal"
          className="input--narrow"
          {...form.bind('newHourlyRatePence')}
        />
        <TextField formId={FORM} errors={form.errors} label="Note (optional)" {...form.bind('note')} />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Reason for going ahead (if requirements are not met)"
          hint={
            unmet
              ? 'Not every requirement is met: a reason is needed and is kept in the audit log'
              : 'Only needed when a requirement is not met'
          }
          {...form.bind('overrideReason')}
        />
      </GovForm>
    </Panel>
  );
}

function SupervisorForm({ page }: { page: WorkerPathway }) {
  const api = useApi();
  const staff = useQuery(procedureQuery(api, 'staff.list', { status: 'active', limit: 2000 }));
  const save = useProcedureMutation('pathway.setMember', ['pathway']);
  const FORM = 'member';
  const form = useForm({
    supervisorStaffId: page.supervisorStaffId ?? '',
    boroughResident: page.boroughResident === null ? '' : page.boroughResident ? 'yes' : 'no',
  });
  return (
    <Panel title="Supervisor and residence">
      {save.isSuccess && <Banner tone="success">Saved.</Banner>}
      <GovForm
        formId={FORM}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save"
        submitVariant="secondary"
        onSubmit={() =>
          void form.submit(async () => {
            const resident = form.values.boroughResident;
            await save.mutateAsync({
              staffId: page.staffId,
              supervisorStaffId: orNull(form.values.supervisorStaffId),
              boroughResident: resident === '' ? null : resident === 'yes',
            });
          })
        }
      >
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Named supervisor"
          hint="May sign off this worker's readiness"
          options={(staff.data?.rows ?? [])
            .filter((s) => s.id !== page.staffId)
            .map((s) => ({ value: s.id, label: `${s.givenName} ${s.familyName}` }))}
          placeholder="No named supervisor"
          {...form.bind('supervisorStaffId')}
        />
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Lives in the borough"
          options={YES_NO_OPTIONS}
          placeholder="Not known"
          {...form.bind('boroughResident')}
        />
      </GovForm>
    </Panel>
  );
}
