import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Attendance, Register } from '@shared/domain/training/sessions';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { Banner, PageHeader, QueryState } from '@renderer/components/Layout';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { ATTENDANCE_LABELS, fileToBase64 } from './training-ui';
import './training.css';

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
    <QueryState isLoading={register.isLoading} error={register.error}>
      {register.data && <RegisterForm register={register.data} />}
    </QueryState>
  );
}

function RegisterForm({ register }: { register: Register }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { session } = register;
  const [lines, setLines] = useState<Line[]>(() => register.lines.map((l) => ({ ...l, reason: '' })));
  const [errors, setErrors] = useState<{ general: string | null; byLine: Record<number, string> }>({
    general: null,
    byLine: {},
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [extraId, setExtraId] = useState('');
  const staff = useQuery(procedureQuery(api, 'staff.list', { limit: 5000 }));
  useEffect(() => setLines(register.lines.map((l) => ({ ...l, reason: '' }))), [register]);

  const update = (index: number, patch: Partial<Line>) =>
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  const submit = async () => {
    setPending(true);
    setSaved(null);
    try {
      const unmarked = lines.findIndex((l) => l.outcome === null);
      if (unmarked >= 0) {
        setErrors({
          general: null,
          byLine: {
            [unmarked]:
              `Mark ${lines[unmarked]?.name ?? 'this person'} as ` + `attended, completed, did not complete or absent`,
          },
        });
        return;
      }
      await api.call('training.submitRegister', {
        sessionId: session.id,
        entries: lines.map((l) => ({
          staffId: l.staffId,
          outcome: l.outcome ?? 'absent',
          certificateId: l.certificateId,
          reason: l.reason.trim() === '' ? null : l.reason,
        })),
      });
      setErrors({ general: null, byLine: {} });
      setSaved(`Register submitted: ${lines.filter((l) => l.outcome === 'completed').length} completions recorded.`);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('training.') });
    } catch (error) {
      if (error instanceof ApiError) {
        const byLine: Record<number, string> = {};
        for (const issue of error.issues)
          if (issue.path[0] === 'entries' && typeof issue.path[1] === 'number') byLine[issue.path[1]] ??= issue.message;
        setErrors({ general: Object.keys(byLine).length === 0 ? error.message : null, byLine });
      } else setErrors({ general: error instanceof Error ? error.message : 'Something went wrong.', byLine: {} });
    } finally {
      setPending(false);
    }
  };

  const attach = async (index: number, file: File | undefined) => {
    const line = lines[index];
    if (!file || !line) return;
    try {
      const stored = await api.call('training.uploadCertificate', {
        staffId: line.staffId,
        fileName: file.name,
        base64: await fileToBase64(file),
      });
      update(index, { certificateId: stored.id });
      setErrors((e) => ({ ...e, byLine: { ...e.byLine, [index]: '' } }));
    } catch (error) {
      setErrors((e) => ({
        ...e,
        byLine: { ...e.byLine, [index]: error instanceof Error ? error.message : 'The certificate was not stored.' },
      }));
    }
  };

  const problems = Object.entries(errors.byLine).filter(([, message]) => message);
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
      {session.registerSubmitted && !saved && (
        <Banner tone="info">
          This register was submitted before; submitting again corrects it (changes are audited).
        </Banner>
      )}
      {saved && <Banner tone="success">{saved}</Banner>}
      {(errors.general || problems.length > 0) && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2 className="error-summary__title">There is a problem</h2>
          {errors.general && <p>{errors.general}</p>}
          <ul>
            {problems.map(([index, message]) => (
              <li key={index}>
                <a href={`#line-${index}`}>
                  {lines[Number(index)]?.name}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => setLines((current) => current.map((l) => ({ ...l, outcome: l.outcome ?? 'completed' })))}
        >
          Mark everyone not yet marked as completed
        </Button>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <table className="register">
          <caption className="visually-hidden">Attendees</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Outcome</th>
              <th scope="col">Certificate (optional)</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.staffId} id={`line-${index}`}>
                <th scope="row">
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
                  {errors.byLine[index] && <span className="field__error">{errors.byLine[index]}</span>}
                </th>
                <td>
                  <fieldset>
                    <legend>Outcome for {line.name}</legend>
                    {OUTCOMES.map((outcome) => (
                      <label key={outcome}>
                        <input
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
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`cert-${index}`}>
                    Certificate for {line.name}
                  </label>
                  <input
                    id={`cert-${index}`}
                    type="file"
                    accept="application/pdf,image/png,image/jpeg"
                    onChange={(e) => void attach(index, e.target.files?.[0])}
                  />
                  {line.certificateId && <span className="field__hint"> attached</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <div className="button-row">
          <Button type="submit" disabled={pending}>
            Submit the register
          </Button>
        </div>
      </form>
    </>
  );
}
