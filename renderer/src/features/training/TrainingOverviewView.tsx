import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import type { TrainingOverview } from '@shared/contract/procedures/training';
import { COMPETENCY_LABELS, type Competency, type TrainingRecord } from '@shared/domain/training/records';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Banner, Panel, SummaryList, Tag } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { formatDate, formatInstant, formatMinute } from '@shared/domain/time/format';
import { useToday } from '@renderer/app/use-clock';

/** One person's training: what is due, bookings, records, certificates, competencies and Care Certificate progress. */
export function TrainingOverviewView({ overview, editable }: { overview: TrainingOverview; editable: boolean }) {
  const api = useApi();
  const { person, careCertificate } = overview;
  const signOff = useProcedureMutation('training.signOffStandard', ['training']);
  const today = useToday();
  const [correcting, setCorrecting] = useState<TrainingRecord | null>(null);
  const download = async (id: string) => {
    const file = await api.call('training.getCertificate', { id });
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
    window.open(url, '_blank', 'noopener');
  };
  return (
    <>
      <Panel title="Summary">
        <SummaryList
          items={[
            { key: 'Staff reference', value: <span className="mono">{person.reference}</span> },
            { key: 'Job role', value: jobRoleLabel(person.jobRole) },
            { key: 'Start date', value: formatDate(person.startDate) },
            {
              key: 'Needs attention',
              value:
                overview.due.length === 0 ? (
                  <Tag tone="green">All required training valid</Tag>
                ) : (
                  `${overview.due.length} required courses`
                ),
            },
          ]}
        />
      </Panel>
      {overview.due.length > 0 && (
        <Panel title="Due or missing">
          <ul>
            {overview.due.map((d) => (
              <li key={d.courseId}>
                {d.courseName}:{' '}
                <Tag tone={d.status === 'expired' || d.status === 'missing' ? 'red' : 'amber'}>{d.label}</Tag>
                {d.expiresOn ? ` (${formatDate(d.expiresOn)})` : ''}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Panel title="Booked sessions">
        {overview.bookings.length === 0 ? (
          <p>Nothing booked.</p>
        ) : (
          <ul>
            {overview.bookings.map((s) => (
              <li key={s.id}>
                {formatDate(s.date)} {formatMinute(s.startMinute)}: {s.courseName}{' '}
                {s.status === 'cancelled' && <Tag tone="grey">Cancelled</Tag>}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {editable && <AddRecordForm staffId={person.staffId} />}
      {correcting && <CorrectionForm key={correcting.id} record={correcting} onDone={() => setCorrecting(null)} />}
      <Panel title="Training record">
        <table className="simple-table">
          <caption className="visually-hidden">Training record</caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Completed</th>
              <th scope="col">Expires</th>
              <th scope="col">Provider</th>
              <th scope="col">Certificate</th>
              {editable && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {overview.records.map((r) => (
              <tr key={r.id}>
                <td>{r.courseName}</td>
                <td>{formatDate(r.completedOn)}</td>
                <td>{r.expiresOn ? formatDate(r.expiresOn) : 'Does not expire'}</td>
                <td>{r.providerName}</td>
                <td>
                  {r.certificateId && (
                    <Button variant="link" onClick={() => void download(r.certificateId ?? '')}>
                      View<span className="visually-hidden"> certificate for {r.courseName}</span>
                    </Button>
                  )}
                </td>
                {editable && (
                  <td>
                    <Button variant="link" onClick={() => setCorrecting(r)}>
                      Correct
                      <span className="visually-hidden">
                        {' '}
                        {r.courseName} completed {formatDate(r.completedOn)}
                      </span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      {overview.certificates.length > 0 && (
        <Panel title="Certificates">
          <ul>
            {overview.certificates.map((c) => (
              <li key={c.id}>
                <Button variant="link" onClick={() => void download(c.id)}>
                  {c.fileName}
                </Button>{' '}
                ({Math.ceil(c.sizeBytes / 1024)} KB, {formatInstant(c.uploadedAt)})
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Panel title="Competency assessments">
        {overview.competencies.length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <ul>
            {overview.competencies.map((c) => (
              <li key={c.id}>
                {COMPETENCY_LABELS[c.competency]}:{' '}
                {c.outcome === 'competent' ? (
                  <Tag tone="green">Competent</Tag>
                ) : (
                  <Tag tone="amber">Not yet competent</Tag>
                )}{' '}
                on {formatDate(c.assessedOn)} by {c.assessor}; next due {formatDate(c.nextDueOn)}
              </li>
            ))}
          </ul>
        )}
        {editable && <CompetencyForm staffId={person.staffId} />}
      </Panel>
      {careCertificate.awardedOn ? (
        <Panel title="Care Certificate">
          <p>
            <Tag tone="green">Completed {formatDate(careCertificate.awardedOn)}</Tag>
          </p>
        </Panel>
      ) : (
        <Panel title={`Care Certificate: ${careCertificate.completedCount} of 16 standards`}>
          <p>
            Target: all 16 signed off by {formatDate(careCertificate.targetDate)} (12 weeks from the start date).{' '}
            <progress
              className="progress"
              max={16}
              value={careCertificate.completedCount}
              aria-label="Care Certificate standards signed off"
            />
          </p>
          {signOff.error && <Banner tone="error">{signOff.error.message}</Banner>}
          <ol>
            {careCertificate.standards.map((s) => (
              <li key={s.standard}>
                {s.title}:{' '}
                {s.signedOffOn ? (
                  <Tag tone="green">Signed off {formatDate(s.signedOffOn)}</Tag>
                ) : editable ? (
                  <Button
                    variant="link"
                    disabled={signOff.isPending}
                    onClick={() =>
                      signOff.mutate({ staffId: person.staffId, standard: s.standard, signedOffOn: today })
                    }
                  >
                    Sign off today<span className="visually-hidden"> standard {s.standard}</span>
                  </Button>
                ) : (
                  <Tag tone="grey">Not yet</Tag>
                )}
              </li>
            ))}
          </ol>
        </Panel>
      )}
    </>
  );
}

function AddRecordForm({ staffId }: { staffId: string }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const courses = useQuery(procedureQuery(api, 'training.listCourses', {}));
  const add = useProcedureMutation('training.addRecord', ['training']);
  const form = useForm({ courseId: '', completedOn: '', expiresOn: '', notes: '' });
  const { values } = form;
  if (!open) {
    return (
      <div className="button-row">
        <Button onClick={() => setOpen(true)}>Add a training record</Button>
      </div>
    );
  }
  return (
    <Panel title="Add a training record">
      <GovForm
        formId="record"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Add the record"
        onCancel={() => setOpen(false)}
        onSubmit={() =>
          void form.submit(async () => {
            await add.mutateAsync({
              staffId,
              courseId: values.courseId,
              completedOn: values.completedOn,
              expiresOn: orNull(values.expiresOn),
              notes: orNull(values.notes),
            });
            setOpen(false);
          })
        }
      >
        <SelectField
          formId="record"
          errors={form.errors}
          label="Course"
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="Choose a course"
          {...form.bind('courseId')}
        />
        <TextField
          formId="record"
          errors={form.errors}
          label="Completed on"
          type="date"
          className="input--narrow"
          {...form.bind('completedOn')}
        />
        <TextField
          formId="record"
          errors={form.errors}
          label="Expires on (optional)"
          hint="Leave blank to use the course validity"
          type="date"
          className="input--narrow"
          {...form.bind('expiresOn')}
        />
        <TextField formId="record" errors={form.errors} label="Notes (optional)" {...form.bind('notes')} />
      </GovForm>
    </Panel>
  );
}

function CompetencyForm({ staffId }: { staffId: string }) {
  const record = useProcedureMutation('training.recordCompetency', ['training']);
  const form = useForm({ competency: 'medication', assessedOn: '', outcome: 'competent', nextDueOn: '', notes: '' });
  const { values } = form;
  return (
    <>
      <h3>Record an observed assessment</h3>
      <GovForm
        formId="competency"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Record the assessment"
        submitVariant="secondary"
        onSubmit={() =>
          void form.submit(async () => {
            await record.mutateAsync({
              staffId,
              competency: values.competency as Competency,
              assessedOn: values.assessedOn,
              outcome: values.outcome as 'competent' | 'not_yet_competent',
              nextDueOn: values.nextDueOn,
              notes: orNull(values.notes),
            });
          })
        }
      >
        <SelectField
          formId="competency"
          errors={form.errors}
          label="Competency"
          options={Object.entries(COMPETENCY_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.bind('competency')}
        />
        <TextField
          formId="competency"
          errors={form.errors}
          label="Assessed on"
          type="date"
          className="input--narrow"
          {...form.bind('assessedOn')}
        />
        <SelectField
          formId="competency"
          errors={form.errors}
          label="Outcome"
          options={[
            { value: 'competent', label: 'Competent' },
            { value: 'not_yet_competent', label: 'Not yet competent' },
          ]}
          {...form.bind('outcome')}
        />
        <TextField
          formId="competency"
          errors={form.errors}
          label="Next reassessment due"
          type="date"
          className="input--narrow"
          {...form.bind('nextDueOn')}
        />
      </GovForm>
    </>
  );
}

function CorrectionForm({ record, onDone }: { record: TrainingRecord; onDone: () => void }) {
  const correct = useProcedureMutation('training.correctRecord', ['training']);
  const form = useForm({ completedOn: record.completedOn, expiresOn: record.expiresOn ?? '', reason: '' });
  const { values } = form;
  return (
    <Panel title={`Correct ${record.courseName} (${formatDate(record.completedOn)})`}>
      <GovForm
        formId="correction"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save the correction"
        onCancel={onDone}
        onSubmit={() =>
          void form.submit(async () => {
            await correct.mutateAsync({
              id: record.id,
              completedOn: values.completedOn,
              expiresOn: orNull(values.expiresOn),
              reason: values.reason,
            });
            onDone();
          })
        }
      >
        <TextField
          formId="correction"
          errors={form.errors}
          label="Completed on"
          type="date"
          className="input--narrow"
          {...form.bind('completedOn')}
        />
        <TextField
          formId="correction"
          errors={form.errors}
          label="Expires on"
          hint="Blank if it does not expire"
          type="date"
          className="input--narrow"
          {...form.bind('expiresOn')}
        />
        <TextField
          formId="correction"
          errors={form.errors}
          label="Reason for the correction"
          hint="Kept in the audit log"
          {...form.bind('reason')}
        />
      </GovForm>
    </Panel>
  );
}
