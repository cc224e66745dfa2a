import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import type { TrainingOverview } from '@shared/contract/procedures/training';
import { COMPETENCY_LABELS, type TrainingRecord } from '@shared/domain/training/records';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { downloadBase64 } from '@renderer/components/files';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Panel, SummaryList, Tag } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { useToday } from '@renderer/app/use-clock';
import { formatDate, formatInstant, formatMinute } from '@shared/domain/time/format';

/** One person's training: what is due, bookings, records, certificates, competencies and Care Certificate progress. */
export function TrainingOverviewView({ overview, editable }: { overview: TrainingOverview; editable: boolean }) {
  const { person, careCertificate } = overview;
  const signOff = useProcedureMutation('training.signOffStandard');
  const [correcting, setCorrecting] = useState<TrainingRecord | null>(null);
  const today = useToday();
  const certificate = useProcedureMutation('training.getCertificate');
  const download = (id: string) =>
    certificate.mutate({ id }, { onSuccess: (file) => downloadBase64(file.fileName, file.mimeType, file.base64) });
  const recordColumns: Column<TrainingRecord>[] = [
    { key: 'course', header: 'Course', render: (r) => r.courseName, sortValue: (r) => r.courseName },
    {
      key: 'completed',
      header: 'Completed',
      width: '8em',
      render: (r) => formatDate(r.completedOn),
      sortValue: (r) => r.completedOn,
    },
    {
      key: 'expires',
      header: 'Expires',
      width: '9em',
      render: (r) => (r.expiresOn ? formatDate(r.expiresOn) : 'Does not expire'),
      sortValue: (r) => r.expiresOn,
    },
    { key: 'provider', header: 'Provider', render: (r) => r.providerName, sortValue: (r) => r.providerName },
    {
      key: 'certificate',
      header: 'Certificate',
      width: '8em',
      render: (r) =>
        r.certificateId && (
          <Button variant="link" onClick={() => download(r.certificateId ?? '')}>
            View<span className="visually-hidden"> certificate for {r.courseName}</span>
          </Button>
        ),
    },
  ];
  if (editable)
    recordColumns.push({
      key: 'change',
      header: 'Change',
      width: '7em',
      render: (r) => (
        <Button variant="link" onClick={() => setCorrecting(r)}>
          Correct
          <span className="visually-hidden">
            {' '}
            {r.courseName} completed {formatDate(r.completedOn)}
          </span>
        </Button>
      ),
    });
  return (
    <>
      <ErrorSummary error={certificate.error} />
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
        <DataTable
          label="Training record"
          columns={recordColumns}
          rows={overview.records}
          rowKey={(r) => r.id}
          initialSort={{ key: 'completed', direction: 'desc' }}
          search={overview.records.length > 10 ? { label: 'Search by course', text: (r) => r.courseName } : undefined}
          empty="No training recorded yet."
        />
      </Panel>
      {overview.certificates.length > 0 && (
        <Panel title="Certificates">
          <ul>
            {overview.certificates.map((c) => (
              <li key={c.id}>
                <Button variant="link" onClick={() => download(c.id)}>
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
          <ErrorSummary error={signOff.error} />
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
  const form = useProcedureForm('training.addRecord', {
    id: 'record',
    initial: { courseId: '', completedOn: '', expiresOn: '', notes: '' },
    toInput: (v) => ({
      staffId,
      courseId: v.courseId,
      completedOn: v.completedOn,
      expiresOn: orNull(v.expiresOn),
      notes: orNull(v.notes),
    }),
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <div className="button-row">
        <Button onClick={() => setOpen(true)}>Add a training record</Button>
      </div>
    );
  }
  return (
    <Panel title="Add a training record">
      <GovForm form={form} submitLabel="Add the record" onCancel={() => setOpen(false)}>
        <SelectField
          label="Course"
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="Choose a course"
          {...form.field('courseId')}
        />
        <TextField label="Completed on" type="date" className="input--narrow" {...form.field('completedOn')} />
        <TextField
          label="Expires on (optional)"
          hint="Leave blank to use the course validity"
          type="date"
          className="input--narrow"
          {...form.field('expiresOn')}
        />
        <TextField label="Notes (optional)" {...form.field('notes')} />
      </GovForm>
    </Panel>
  );
}

const COMPETENCY_OPTIONS = optionsFrom(COMPETENCY_LABELS);
const OUTCOME_OPTIONS = [
  { value: 'competent', label: 'Competent' },
  { value: 'not_yet_competent', label: 'Not yet competent' },
] as const;

function CompetencyForm({ staffId }: { staffId: string }) {
  const form = useProcedureForm('training.recordCompetency', {
    id: 'competency',
    initial: { competency: 'medication', assessedOn: '', outcome: 'competent', nextDueOn: '', notes: '' },
    toInput: (v) => ({
      staffId,
      competency: v.competency,
      assessedOn: v.assessedOn,
      outcome: v.outcome,
      nextDueOn: v.nextDueOn,
      notes: orNull(v.notes),
    }),
    resetOnSuccess: true,
    success: 'Assessment recorded.',
  });
  return (
    <>
      <h3>Record an observed assessment</h3>
      <GovForm form={form} submitLabel="Record the assessment" submitVariant="secondary">
        <SelectField label="Competency" options={COMPETENCY_OPTIONS} {...form.field('competency')} />
        <TextField label="Assessed on" type="date" className="input--narrow" {...form.field('assessedOn')} />
        <SelectField label="Outcome" options={OUTCOME_OPTIONS} {...form.field('outcome')} />
        <TextField label="Next reassessment due" type="date" className="input--narrow" {...form.field('nextDueOn')} />
      </GovForm>
    </>
  );
}

function CorrectionForm({ record, onDone }: { record: TrainingRecord; onDone: () => void }) {
  const form = useProcedureForm('training.correctRecord', {
    id: 'correction',
    initial: { completedOn: record.completedOn, expiresOn: record.expiresOn ?? '', reason: '' },
    toInput: (v) => ({ id: record.id, completedOn: v.completedOn, expiresOn: orNull(v.expiresOn), reason: v.reason }),
    onSuccess: onDone,
  });
  return (
    <Panel title={`Correct ${record.courseName} (${record.completedOn})`}>
      <GovForm form={form} submitLabel="Save the correction" onCancel={onDone}>
        <TextField label="Completed on" type="date" className="input--narrow" {...form.field('completedOn')} />
        <TextField
          label="Expires on"
          hint="Blank if it does not expire"
          type="date"
          className="input--narrow"
          {...form.field('expiresOn')}
        />
        <TextField label="Reason for the correction" hint="Kept in the audit log" {...form.field('reason')} />
      </GovForm>
    </Panel>
  );
}
