import type {
  IdealWeekProposal,
  TeamIdealWeek,
  TeamIdealWeekItem,
} from '@shared/domain/ideal-week-proposals/proposals';
import { proposedChangeInWords, proposedVisitInWords } from '@shared/domain/ideal-week-proposals/proposal-words';
import { parseClockTime } from '@shared/domain/time/format';
import { checkInput } from '@renderer/api/check-input';
import { TextAreaField, TextField } from '@renderer/components/Field';
import { toNumberOrNull, useProcedureForm } from '@renderer/components/use-form';
import { CheckThenSend } from '@renderer/features/team-week/CheckThenSend';

type Values = { start: string; minutes: string; reason: string };

/** A typed start time as a minute of the day: null when left blank, NaN when it is not a time (the schema says so). */
function startOf(text: string): number | null {
  if (text.trim() === '') return null;
  return parseClockTime(text) ?? Number.NaN;
}

/**
 * Propose a new start time or length for one visit of a person's ideal week, with why; checked before it is sent,
 * because the coordinator is told and, if they accept, the person's week changes from that day.
 */
export function ProposeChangeForm({
  person,
  item,
  onSent,
  onCancel,
}: {
  person: TeamIdealWeek;
  item: TeamIdealWeekItem;
  onSent: (proposal: IdealWeekProposal) => void;
  onCancel: () => void;
}) {
  const toInput = (v: Values) => ({
    clientId: person.clientId,
    itemId: item.itemId,
    startMinute: startOf(v.start),
    durationMinutes: toNumberOrNull(v.minutes),
    reason: v.reason,
  });
  const form = useProcedureForm('idealWeekProposals.propose', {
    id: 'proposal',
    initial: { start: '', minutes: '', reason: '' },
    toInput,
    onSuccess: onSent,
  });
  const visit = proposedVisitInWords(item);
  const change = {
    proposedStartMinute: startOf(form.values.start),
    proposedDurationMinutes: toNumberOrNull(form.values.minutes),
  };
  return (
    <CheckThenSend
      form={form}
      ready={checkInput('idealWeekProposals.propose', toInput(form.values)).ok}
      title="Propose a change to the ideal week"
      fields={
        <>
          <p>{`${person.name}: ${visit}`}</p>
          <TextField
            label="New start time (optional)"
            hint="Like 10:00. Leave it blank to keep the time."
            className="input--narrow"
            {...form.field('start', 'startMinute')}
          />
          <TextField
            label="New length in minutes (optional)"
            hint="Leave it blank to keep the length."
            className="input--narrow"
            inputMode="numeric"
            {...form.field('minutes', 'durationMinutes')}
          />
          <TextAreaField label="Why do you propose it?" {...form.field('reason')} />
        </>
      }
      answers={[
        { key: 'Person', value: person.name },
        { key: 'Visit', value: visit },
        { key: 'Change', value: proposedChangeInWords(change) },
        { key: 'Why', value: form.values.reason.trim() },
      ]}
      whatHappens={
        'The coordinator is told and accepts or declines it; you are told either way. If accepted, the ideal week ' +
        'changes from that day.'
      }
      sendLabel="Send the proposal"
      onCancel={onCancel}
    />
  );
}
