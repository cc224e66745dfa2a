import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { checkInput } from '@renderer/api/check-input';
import { TextAreaField } from '@renderer/components/Field';
import { useProcedureForm } from '@renderer/components/use-form';
import { CheckThenSend } from './CheckThenSend';
import { visitInWords } from './team-change-words';
import type { MyVisit } from './my-visits';

/** Give up one of the worker's own visits with a reason (and whether through sickness), checked before it is sent. */
export function GiveUpForm({
  isoWeek,
  visit,
  onSent,
  onCancel,
}: {
  isoWeek: string;
  visit: MyVisit;
  onSent: (request: ChangeRequest | undefined) => void;
  onCancel: () => void;
}) {
  const toInput = (v: { reason: string; sickness: boolean }) => ({
    isoWeek,
    visitId: visit.visitId,
    sickness: v.sickness,
    reason: v.reason,
  });
  const form = useProcedureForm('teamWeek.giveUp', {
    id: 'give-up',
    initial: { reason: '', sickness: false },
    toInput,
    onSuccess: (requests) => onSent(requests.find((r) => r.kind === 'give_up' && r.visit.visitId === visit.visitId)),
  });
  const sickness = Boolean(form.values.sickness);
  return (
    <CheckThenSend
      form={form}
      ready={checkInput('teamWeek.giveUp', toInput(form.values)).ok}
      title={`Give up the visit to ${visitInWords(visit)}`}
      fields={
        <>
          <TextAreaField label="Why are you giving it up?" {...form.field('reason')} />
          <label className="checkbox">
            <input type="checkbox" {...form.checkbox('sickness')} /> I am unwell
          </label>
        </>
      }
      answers={[
        { key: 'Visit', value: visitInWords(visit) },
        { key: 'Reason', value: form.values.reason.trim() },
        { key: 'Because you are unwell', value: sickness ? 'Yes' : 'No' },
      ]}
      whatHappens={
        sickness
          ? 'The visit leaves your rota at once and is open for your team to take; the coordinator is told.'
          : 'Depending on the branch’s setting, the visit is open for your team at once or waits for the' +
            ' coordinator to approve it. Your requests below say which.'
      }
      sendLabel="Give up this visit"
      onCancel={onCancel}
    />
  );
}
