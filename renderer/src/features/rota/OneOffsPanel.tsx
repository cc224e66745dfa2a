import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RotaWeekView } from '@shared/domain/rota-board/board';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField } from '@renderer/components/Field';
import { NO_ERRORS, formErrorsFrom, type FormErrors } from '@renderer/components/form-errors';
import { Banner, Panel } from '@renderer/components/Layout';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';

const FORM = 'one-off';

/**
 * One-off changes for a week: cancel one of a person's visits, or add an extra visit. They apply when the week is
 * next planned.
 */
export function OneOffsPanel({ week }: { week: RotaWeekView }) {
  const api = useApi();
  const list = useQuery(procedureQuery(api, 'rota.oneOffs', { isoWeek: week.isoWeek }));
  const people = useQuery(procedureQuery(api, 'clients.list', { limit: 1000 }));
  const add = useProcedureMutation('rota.addOneOff', ['rota']);
  const remove = useProcedureMutation('rota.removeOneOff', ['rota']);
  const [kind, setKind] = useState<'extra' | 'cancel'>('extra');
  const [clientId, setClientId] = useState('');
  const [visitId, setVisitId] = useState('');
  const [date, setDate] = useState(week.dates[0] ?? '');
  const [time, setTime] = useState('10:00');
  const [minutes, setMinutes] = useState('60');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const expected = useQuery({
    ...procedureQuery(api, 'rota.expectedVisits', { isoWeek: week.isoWeek, clientId }),
    enabled: kind === 'cancel' && clientId !== '',
  });
  const submit = () => {
    setErrors(NO_ERRORS);
    const input =
      kind === 'cancel'
        ? { kind, isoWeek: week.isoWeek, clientId, visitId, note: null }
        : {
            kind,
            isoWeek: week.isoWeek,
            clientId,
            date,
            startMinute: parseClockTime(time) ?? -1,
            durationMinutes: Number(minutes),
            purpose,
            note: null,
          };
    add.mutate(input, { onError: (e) => setErrors(formErrorsFrom(e)), onSuccess: () => setPurpose('') });
  };
  return (
    <>
      <Panel title="One-off changes this week">
        <p>
          A cancelled visit (a day centre outing, a family visit) or an extra visit for this week only. They take effect
          the next time the week is planned.
        </p>
        {week.status === 'published' && (
          <Banner tone="warning">
            This week is published: change its visits on the board, where changes are recorded.
          </Banner>
        )}
        {(list.data ?? []).length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <ul className="rota-list">
            {(list.data ?? []).map((o) => (
              <li key={o.id}>
                <strong>{o.kind === 'cancel' ? 'Cancelled' : 'Extra'}</strong> · {o.clientName},{' '}
                {`${formatDate(o.date)} ${formatMinute(o.startMinute)}`} ({o.durationMinutes} min) · {o.purpose}{' '}
                <Button variant="link" onClick={() => remove.mutate({ id: o.id })}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {week.status !== 'published' && (
        <Panel title="Record a one-off change">
          <ErrorSummary errors={errors} formId={FORM} />
          {errors.general && <Banner tone="error">{errors.general}</Banner>}
          <div className="form-grid">
            <SelectField
              formId={FORM}
              name="kind"
              label="Change"
              errors={errors}
              value={kind}
              onChange={(e) => setKind(e.target.value === 'cancel' ? 'cancel' : 'extra')}
              options={[
                { value: 'extra', label: 'An extra visit' },
                { value: 'cancel', label: 'Cancel a visit' },
              ]}
            />
            <SelectField
              formId={FORM}
              name="clientId"
              label="Person"
              errors={errors}
              value={clientId}
              placeholder="Choose a person"
              onChange={(e) => setClientId(e.target.value)}
              options={(people.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.givenName} ${p.familyName}` }))}
            />
            {kind === 'cancel' ? (
              <SelectField
                formId={FORM}
                name="visitId"
                label="Visit to cancel"
                errors={errors}
                value={visitId}
                placeholder={clientId === '' ? 'Choose a person first' : 'Choose a visit'}
                onChange={(e) => setVisitId(e.target.value)}
                options={(expected.data ?? []).map((v) => ({
                  value: v.visitId,
                  label: `${formatDate(v.date)} ${formatMinute(v.startMinute)} · ${v.purpose}`,
                }))}
              />
            ) : (
              <>
                <SelectField
                  formId={FORM}
                  name="date"
                  label="Day"
                  errors={errors}
                  value={date}
                  onChange={(e) => setDate(e.target.value)}
                  options={week.dates.map((d) => ({ value: d, label: formatDate(d) }))}
                />
                <TextField
                  formId={FORM}
                  name="startMinute"
                  label="Start time"
                  type="time"
                  errors={errors}
                  value={time}
                  onChange={(e) => setTime(e.target.value)}
                  className="input--narrow"
                />
                <TextField
                  formId={FORM}
                  name="durationMinutes"
                  label="Length in minutes"
                  inputMode="numeric"
                  errors={errors}
                  value={minutes}
                  onChange={(e) => setMinutes(e.target.value)}
                  className="input--narrow"
                />
                <TextField
                  formId={FORM}
                  name="purpose"
                  label="What the visit is for"
                  errors={errors}
                  value={purpose}
                  onChange={(e) => setPurpose(e.target.value)}
                />
              </>
            )}
          </div>
          <div className="button-row">
            <Button disabled={add.isPending} onClick={submit}>
              Record the change
            </Button>
          </div>
        </Panel>
      )}
    </>
  );
}
