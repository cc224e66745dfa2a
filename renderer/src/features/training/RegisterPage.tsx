import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Attendance, Register } from '@shared/domain/training/sessions';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { fieldId } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, QueryState } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';
import { fileToBase64 } from '@renderer/components/files';
import { ATTENDANCE_LABELS } from './training-ui';
import './training.css';
import { formatDate, formatMinute } from '@shared/domain/time/format';

interface Line {
  staffId: string;
  name: string;
  reference: string;
  booked: boolean;
  outcome: Attendance | null;
  certificateId: string | null;
  reason: string;
}

const OUTCOMES: Attendance[] = ['completed', 'attended', 'not_completed', 'absent'];

/**
 * The trainer's register for a session: mark everyone in one pass (arrow keys within a row), attach certificates,
 * submit.
 */
export function RegisterPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const register = useQuery(procedureQuery(api, 'training.getRegister', { sessionId: id }));
  return (
    <QueryState isLoading={register.isLoading} error={register.error} what="the register">
      {register.data && <RegisterForm register={register.data} />}
    </QueryState>
  );
}

function RegisterForm({ register }: { register: Register }) {
  const api = useApi();
  const { session } = register;
  const [lines, setLines] = useState<Line[]>(() => register.lines.map((l) => ({ ...l, reason: '' })));
  const [attachErrors, setAttachErrors] = useState<Record<string, string>>({});
  const [extraId, setExtraId] = useState('');
  const staff = useQuery(procedureQuery(api, 'staff.list', { limit: 5000 }));
  const upload = useProcedureMutation('training.uploadCertificate');
  useEffect(() => setLines(register.lines.map((l) => ({ ...l, reason: '' }))), [register]);

  const update = (index: number, patch: Partial<Line>) =>
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  // The lines are a list the trainer grows and marks, so they live beside the form rather than in its values.
  const form = useProcedureForm('training.submitRegister', {
    id: 'register',
    initial: {},
    check: () => {
      const unmarked = lines.findIndex((l) => l.outcome === null);
      const name = lines[unmarked]?.name ?? 'this person';
      return unmarked < 0
        ? []
        : [
            {
              path: ['entries', unmarked, 'outcome'],
              message: `Mark ${name} as attended, completed, did not complete or absent`,
            },
          ];
    },
    toInput: () => ({
      sessionId: session.id,
      entries: lines.map((l) => ({
        staffId: l.staffId,
        outcome: l.outcome ?? 'absent',
        certificateId: l.certificateId,
        reason: l.reason.trim() === '' ? null : l.reason,
      })),
    }),
    list: { path: 'entries', label: (index) => lines[index]?.name },
    success: () => `Register submitted: ${lines.filter((l) => l.outcome === 'completed').length} completions recorded.`,
  });
  const { errors } = form;

  const attach = (index: number, file: File | null) => {
    const line = lines[index];
    if (!file || !line) return;
    void fileToBase64(file)
      .then((base64) => upload.mutateAsync({ staffId: line.staffId, fileName: file.name, base64 }))
      .then((stored) => {
        update(index, { certificateId: stored.id });
        setAttachErrors((e) => ({ ...e, [line.staffId]: '' }));
      })
      .catch((error: unknown) =>
        setAttachErrors((e) => ({
          ...e,
          [line.staffId]: error instanceof Error ? error.message : 'The certificate was not stored.',
        })),
      );
  };

  const columns: Column<{ line: Line; index: number }>[] = [
    {
      key: 'person',
      header: 'Person',
      width: '30%',
      rowHeader: true,
      render: ({ line, index }) => (
        <>
          {line.name} <span className="mono field__hint">{line.reference}</span>
          {!line.booked && (
            <div className="field">
              <label className="field__label" htmlFor={`reason-${index}`}>
                Reason (not booked)
              </label>
              <input
                id={`reason-${index}`}
                className="input"
                value={line.reason}
                onChange={(e) => update(index, { reason: e.target.value })}
              />
            </div>
          )}
          {errors.byField[`entries.${index}`] && (
            <span className="field__error">{errors.byField[`entries.${index}`]}</span>
          )}
        </>
      ),
    },
    {
      key: 'outcome',
      header: 'Outcome',
      render: ({ line, index }) => (
        <fieldset>
          <legend>Outcome for {line.name}</legend>
          {OUTCOMES.map((outcome, i) => (
            <label key={outcome}>
              <input
                // The first choice is where the error summary takes a person.
                id={i === 0 ? fieldId(form.id, `entries.${index}`) : undefined}
                type="radio"
                name={`outcome-${index}`}
                value={outcome}
                checked={line.outcome === outcome}
                onChange={() => update(index, { outcome })}
              />
              {ATTENDANCE_LABELS[outcome]}
            </label>
          ))}
        </fieldset>
      ),
    },
    {
      key: 'certificate',
      header: 'Certificate (optional)',
      width: '17em',
      render: ({ line, index }) => (
        <>
          <label className="visually-hidden" htmlFor={`cert-${index}`}>
            Certificate for {line.name}
          </label>
          <input
            id={`cert-${index}`}
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            onChange={(e) => attach(index, e.target.files?.[0] ?? null)}
          />
          {line.certificateId && <span className="field__hint"> attached</span>}
          {attachErrors[line.staffId] && <span className="field__error">{attachErrors[line.staffId]}</span>}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={`Register: ${session.courseName}`}
        caption={
          `${formatDate(session.date)}, ` +
          `${formatMinute(session.startMinute)}–${formatMinute(session.startMinute + session.durationMinutes)}` +
          `${session.venueDetail ? `, ${session.venueDetail}` : ''}`
        }
      />
      <p>
        <Link to="/training">Back to training</Link>
      </p>
      {session.registerSubmitted && !form.success && (
        <Banner tone="info">
          This register was submitted before; submitting again corrects it (changes are audited).
        </Banner>
      )}
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => setLines((current) => current.map((l) => ({ ...l, outcome: l.outcome ?? 'completed' })))}
        >
          Mark everyone not yet marked as completed
        </Button>
      </div>
      <div className="register">
        <GovForm form={form} submitLabel="Submit the register" grid={false}>
          <DataTable
            label="Attendees"
            columns={columns}
            rows={lines.map((line, index) => ({ line, index }))}
            rowKey={({ line }) => line.staffId}
            empty="Nobody is booked on this session."
          />
          <div className="filter-bar">
            <div className="field">
              <label className="field__label" htmlFor="register-add">
                Add someone who was not booked
              </label>
              <select id="register-add" className="select" value={extraId} onChange={(e) => setExtraId(e.target.value)}>
                <option value="">Choose a person</option>
                {(staff.data?.rows ?? [])
                  .filter((s) => !lines.some((l) => l.staffId === s.id))
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.familyName}, {s.preferredName ?? s.givenName} ({s.reference})
                    </option>
                  ))}
              </select>
            </div>
            <Button
              variant="secondary"
              disabled={extraId === ''}
              onClick={() => {
                const person = staff.data?.rows.find((s) => s.id === extraId);
                if (!person) return;
                setLines((current) => [
                  ...current,
                  {
                    staffId: person.id,
                    name: `${person.preferredName ?? person.givenName} ${person.familyName}`,
                    reference: person.reference,
                    booked: false,
                    outcome: null,
                    certificateId: null,
                    reason: '',
                  },
                ]);
                setExtraId('');
              }}
            >
              Add to the register
            </Button>
          </div>
        </GovForm>
      </div>
    </>
  );
}
