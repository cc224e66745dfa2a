import { useQuery } from '@tanstack/react-query';
import type { RotaWeekView } from '@shared/domain/rota-board/board';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel, QueryError } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';

const KIND_OPTIONS = [
  { value: 'extra', label: 'An extra visit' },
  { value: 'cancel', label: 'Cancel a visit' },
] as const;

/**
 * One-off changes for a week: cancel one of a person's visits, or add an extra visit. They apply when the week is
 * next planned.
 */
export function OneOffsPanel({ week }: { week: RotaWeekView }) {
  const api = useApi();
  const list = useQuery(procedureQuery(api, 'rota.oneOffs', { isoWeek: week.isoWeek }));
  const people = useQuery(procedureQuery(api, 'clients.list', { limit: 1000 }));
  const remove = useProcedureMutation('rota.removeOneOff');
  const form = useProcedureForm('rota.addOneOff', {
    id: 'one-off',
    initial: {
      kind: 'extra',
      clientId: '',
      visitId: '',
      date: week.dates[0] ?? '',
      time: '10:00',
      minutes: '60',
      purpose: '',
    },
    toInput: (v) =>
      v.kind === 'cancel'
        ? { kind: 'cancel', isoWeek: week.isoWeek, clientId: v.clientId, visitId: v.visitId, note: null }
        : {
            kind: 'extra',
            isoWeek: week.isoWeek,
            clientId: v.clientId,
            date: v.date,
            startMinute: parseClockTime(v.time) ?? Number.NaN,
            durationMinutes: toNumber(v.minutes),
            purpose: v.purpose,
            note: null,
          },
    success: 'Change recorded.',
    resetOnSuccess: ['purpose'],
  });
  const { values } = form;
  const expected = useQuery({
    ...procedureQuery(api, 'rota.expectedVisits', { isoWeek: week.isoWeek, clientId: values.clientId }),
    enabled: values.kind === 'cancel' && values.clientId !== '',
  });
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
        <ErrorSummary error={remove.error} />
        <QueryError error={list.error} what="the one-off changes" />
        {(list.data ?? []).length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <ul className="rota-list">
            {(list.data ?? []).map((o) => (
              <li key={o.id}>
                <strong>{o.kind === 'cancel' ? 'Cancelled' : 'Extra'}</strong> · {o.clientName},{' '}
                {`${formatDate(o.date)} ${formatMinute(o.startMinute)}`} ({o.durationMinutes} min) · {o.purpose}{' '}
                <Button variant="link" disabled={remove.isPending} onClick={() => remove.mutate({ id: o.id })}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      {week.status !== 'published' && (
        <Panel title="Record a one-off change">
          <GovForm form={form} submitLabel="Record the change">
            <SelectField label="Change" options={KIND_OPTIONS} {...form.field('kind')} />
            <SelectField
              label="Person"
              placeholder="Choose a person"
              options={(people.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.givenName} ${p.familyName}` }))}
              {...form.field('clientId')}
            />
            {values.kind === 'cancel' ? (
              <SelectField
                label="Visit to cancel"
                placeholder={values.clientId === '' ? 'Choose a person first' : 'Choose a visit'}
                options={(expected.data ?? []).map((v) => ({
                  value: v.visitId,
                  label: `${formatDate(v.date)} ${formatMinute(v.startMinute)} · ${v.purpose}`,
                }))}
                {...form.field('visitId')}
              />
            ) : (
              <>
                <SelectField
                  label="Day"
                  options={week.dates.map((d) => ({ value: d, label: formatDate(d) }))}
                  {...form.field('date')}
                />
                <TextField
                  label="Start time"
                  type="time"
                  className="input--narrow"
                  {...form.field('time', 'startMinute')}
                />
                <TextField
                  label="Length in minutes"
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field('minutes', 'durationMinutes')}
                />
                <TextField label="What the visit is for" {...form.field('purpose')} />
              </>
            )}
          </GovForm>
        </Panel>
      )}
    </>
  );
}
