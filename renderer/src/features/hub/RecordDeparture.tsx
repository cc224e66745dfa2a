import { useState } from 'react';
import { PRESENCE_KIND_LABELS } from '@shared/domain/hub/safety';
import type { ForgottenDeparture } from '@shared/domain/hub/departures';
import { formatDate, formatMinute, formatTimeOfInstant, parseClockTime } from '@shared/domain/time/format';
import { ApiError } from '@renderer/api/api-client';
import { checkInput } from '@renderer/api/check-input';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField, YES_NO_OPTIONS } from '@renderer/components/Field';
import { formErrorsFrom, formErrorsFromIssues, NO_ERRORS, type FormErrors } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel, SummaryList } from '@renderer/components/Layout';

/** Who a forgotten sign-out is for, in a few words: "Visitor, District nursing (South)". */
export const whoWords = (d: ForgottenDeparture) =>
  [PRESENCE_KIND_LABELS[d.kind], d.organisationName].filter(Boolean).join(', ');

/**
 * Record when one person who forgot to sign out really left, in two steps: the time (or that nobody knows), then a
 * check of what will be kept before anything is stored; the record is audited and cannot be changed afterwards.
 */
export function RecordDeparture({
  departure,
  onClose,
  onRecorded,
}: {
  departure: ForgottenDeparture;
  onClose: () => void;
  /** Called once it is stored, with a sentence saying what was recorded. */
  onRecorded: (message: string) => void;
}) {
  const formId = 'departure';
  const [known, setKnown] = useState<'' | 'yes' | 'no'>('');
  const [time, setTime] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [checking, setChecking] = useState<number | null | undefined>(undefined);
  const record = useProcedureMutation('hub.recordDeparture');

  const leftMinute = () => (known === 'no' ? null : (parseClockTime(time) ?? Number.NaN));
  const onContinue = () => {
    if (known === '') {
      setErrors(formErrorsFromIssues([{ path: ['known'], message: 'Say whether you know when they left' }]));
      return;
    }
    const checked = checkInput('hub.recordDeparture', { presenceId: departure.presenceId, leftMinute: leftMinute() });
    if (!checked.ok) {
      setErrors(formErrorsFromIssues(checked.issues));
      return;
    }
    setErrors(NO_ERRORS);
    setChecking(checked.input.leftMinute ?? null);
  };
  const onRecord = (minute: number | null) => {
    record.mutate(
      { presenceId: departure.presenceId, leftMinute: minute },
      {
        onSuccess: () =>
          onRecorded(
            minute === null
              ? `Recorded that nobody knows when ${departure.name} left on ${formatDate(departure.date)}.`
              : `Recorded that ${departure.name} left at ${formatMinute(minute)} on ${formatDate(departure.date)}.`,
          ),
        onError: (error) => {
          // A time the backend refuses (before they came in) goes back to its field; anything else shows here.
          if (error instanceof ApiError && error.code === 'VALIDATION') {
            setErrors(formErrorsFrom(error));
            setChecking(undefined);
          }
        },
      },
    );
  };

  const title = `When did ${departure.name} leave on ${formatDate(departure.date)}?`;
  if (checking !== undefined)
    return (
      <Panel title="Check before you record it">
        {record.error && !(record.error instanceof ApiError && record.error.code === 'VALIDATION') && (
          <ErrorSummary error={record.error} />
        )}
        <SummaryList
          items={[
            { key: 'Person', value: `${departure.name} (${whoWords(departure)})` },
            { key: 'Day', value: formatDate(departure.date) },
            { key: 'Came in', value: formatTimeOfInstant(departure.signedInAt) },
            { key: 'Left', value: checking === null ? 'Not known' : formatMinute(checking) },
          ]}
        />
        <Banner tone="warning" title="This is kept in the audit log with your name.">
          It cannot be changed afterwards. The sign-in itself still reads signed out by the hub at closing.
        </Banner>
        <div className="button-row">
          <Button disabled={record.isPending} onClick={() => onRecord(checking)}>
            Yes, record it
          </Button>
          <Button variant="secondary" onClick={() => setChecking(undefined)}>
            Change your answer
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </Panel>
    );
  return (
    <Panel title={title}>
      <p>
        {departure.name} came in at {formatTimeOfInstant(departure.signedInAt)} and did not sign out, so the hub signed
        them out at closing ({formatTimeOfInstant(departure.signedOutAtClosing)}).
      </p>
      <GovForm
        form={{ id: formId, errors, success: null, pending: false, submit: async () => onContinue() }}
        submitLabel="Continue"
        onCancel={onClose}
      >
        <SelectField
          formId={formId}
          name="known"
          errors={errors}
          label="Do you know when they left?"
          placeholder="Choose yes or no"
          options={YES_NO_OPTIONS}
          value={known}
          onChange={(event) => setKnown(event.target.value as '' | 'yes' | 'no')}
        />
        {known === 'yes' && (
          <TextField
            formId={formId}
            name="leftMinute"
            errors={errors}
            label="Time they left"
            hint="24-hour clock, for example 17:30"
            inputMode="numeric"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
        )}
      </GovForm>
    </Panel>
  );
}
