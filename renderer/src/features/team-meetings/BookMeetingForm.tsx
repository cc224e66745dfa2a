import {
  BUSY_REASON_WORDS,
  type BookedMeeting,
  type MeetingSlot,
  type MeetingTimes,
} from '@shared/domain/team-meetings/meeting-times';
import { meetingTimeInWords } from '@shared/domain/team-meetings/meeting-words';
import { checkInput } from '@renderer/api/check-input';
import { TextAreaField } from '@renderer/components/Field';
import { fieldId } from '@renderer/components/form-errors';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { CheckThenSend } from '@renderer/features/team-week/CheckThenSend';

type Values = Record<string, string | boolean>;

/** The form's checkbox for a team member (values hold text or true/false, keyed by field name). */
const inviteKey = (staffId: string) => `invite-${staffId}`;

/**
 * Book a meeting at a time the finder offered: who to invite (those free, ticked at first; a busy worker can be
 * ticked too, and the backend says why not), and what it is about; checked before it is booked, because it goes into
 * every invited worker's week and each is told.
 */
export function BookMeetingForm({
  times,
  slot,
  onBooked,
  onCancel,
}: {
  times: MeetingTimes;
  slot: MeetingSlot;
  onBooked: (meeting: BookedMeeting) => void;
  onCancel: () => void;
}) {
  const free = new Set(slot.free.map((m) => m.staffId));
  const why = new Map(slot.notFree.map((m) => [m.staffId, BUSY_REASON_WORDS[m.reason]]));
  const initial: Values = {
    note: '',
    ...Object.fromEntries(times.members.map((m) => [inviteKey(m.staffId), free.has(m.staffId)])),
  };
  const invitedOf = (v: Values) => times.members.filter((m) => v[inviteKey(m.staffId)] === true);
  const toInput = (v: Values) => ({
    clientId: times.clientId,
    date: slot.date,
    startMinute: slot.startMinute,
    durationMinutes: slot.endMinute - slot.startMinute,
    staffIds: invitedOf(v).map((m) => m.staffId),
    note: orNull(v.note),
  });
  const form = useProcedureForm('teamMeetings.book', {
    id: 'meeting',
    initial,
    toInput,
    onSuccess: onBooked,
  });
  const invited = invitedOf(form.values);
  const when = meetingTimeInWords(slot);
  const whenError = form.errors.byField.startMinute ?? form.errors.byField.date ?? form.errors.byField.durationMinutes;
  const listError = form.errors.byField.staffIds;
  return (
    <CheckThenSend
      form={form}
      ready={checkInput('teamMeetings.book', toInput(form.values)).ok}
      title="Book a team meeting"
      fields={
        <>
          <div
            className={`field${whenError ? ' field--error' : ''}`}
            id={fieldId(form.id, 'startMinute')}
            tabIndex={-1}
          >
            <span className="field__label">When</span>
            {whenError && <span className="field__error">{whenError}</span>}
            <p>{when}</p>
          </div>
          <fieldset className="fieldset" id={fieldId(form.id, 'staffIds')} tabIndex={-1}>
            <legend>Who is invited?</legend>
            <span className="field__hint">Those free then are ticked. Each invited worker is told in the app.</span>
            {listError && <span className="field__error">{listError}</span>}
            {times.members.map((m) => {
              const k = invited.findIndex((i) => i.staffId === m.staffId);
              const error = k >= 0 ? form.errors.byField[`staffIds.${k}`] : undefined;
              const box = form.checkbox(inviteKey(m.staffId));
              return (
                <div key={m.staffId} className={error ? 'field field--error' : undefined}>
                  {error && <span className="field__error">{error}</span>}
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      {...box}
                      id={k >= 0 ? fieldId(form.id, `staffIds.${k}`) : `${form.id}-${m.staffId}`}
                    />
                    {why.has(m.staffId) ? `${m.name} (${why.get(m.staffId)})` : m.name}
                  </label>
                </div>
              );
            })}
          </fieldset>
          <TextAreaField label="What is the meeting about? (optional)" {...form.field('note')} />
        </>
      }
      answers={[
        { key: 'Team', value: `${times.personName}’s team` },
        { key: 'When', value: when },
        { key: 'Invited', value: invited.map((m) => m.name).join(', ') },
        { key: 'About', value: orNull(form.values.note) ?? 'Not given' },
      ]}
      whatHappens={
        'The meeting goes into each invited worker’s week as paid time, and each is told in the app. ' +
        'Visits cannot then be put over it.'
      }
      sendLabel="Book the meeting"
      onCancel={onCancel}
    />
  );
}
