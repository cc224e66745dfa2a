import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { checkInput } from '@renderer/api/check-input';
import { SelectField } from '@renderer/components/Field';
import { useProcedureForm } from '@renderer/components/use-form';
import { CheckThenSend } from './CheckThenSend';
import { teammatesFor, type MyVisit } from './my-visits';
import { visitInWords } from './team-change-words';

type Values = { teammateId: string; otherVisitId: string };

/**
 * Ask a teammate to take one of the worker's visits, optionally taking one of theirs in exchange; checked before it
 * is sent, then the teammate answers under their Team week.
 */
export function SwapForm({
  isoWeek,
  visit,
  week,
  notStarted,
  onSent,
  onCancel,
}: {
  isoWeek: string;
  visit: MyVisit;
  /** Every visit of the team's week (where the teammates and their visits come from). */
  week: readonly MyVisit[];
  notStarted: (v: MyVisit) => boolean;
  onSent: (request: ChangeRequest | undefined) => void;
  onCancel: () => void;
}) {
  const toInput = (v: Values) => ({
    isoWeek,
    visitId: visit.visitId,
    teammateId: v.teammateId,
    otherVisitId: v.otherVisitId === '' ? null : v.otherVisitId,
  });
  const check = (v: Values) =>
    v.teammateId === '' ? [{ path: ['teammateId'], message: 'Choose the teammate to swap with' }] : [];
  const form = useProcedureForm('teamWeek.proposeSwap', {
    id: 'swap',
    initial: { teammateId: '', otherVisitId: '' },
    toInput,
    check,
    onSuccess: (requests) =>
      onSent(requests.find((r) => r.kind === 'swap' && r.visit.visitId === visit.visitId && r.status === 'proposed')),
  });
  const teammates = teammatesFor(visit, week);
  const teammate = teammates.find((t) => t.id === form.values.teammateId);
  const theirs = week.filter((v) => !v.mine && v.workerIds.includes(form.values.teammateId) && notStarted(v));
  const other = theirs.find((v) => v.visitId === form.values.otherVisitId);
  return (
    <CheckThenSend
      form={form}
      ready={check(form.values).length === 0 && checkInput('teamWeek.proposeSwap', toInput(form.values)).ok}
      title={`Swap the visit to ${visitInWords(visit)}`}
      fields={
        <>
          <SelectField
            label="Who do you want to swap with?"
            placeholder="Choose a teammate"
            options={teammates.map((t) => ({ value: t.id, label: t.name }))}
            {...form.field('teammateId')}
            onChange={(event) => form.setValues({ teammateId: event.target.value, otherVisitId: '' })}
          />
          <SelectField
            label="Which of their visits would you take in exchange? (optional)"
            hint="Leave it as it is to give them your visit without taking one of theirs."
            placeholder="None: they just take mine"
            options={theirs.map((v) => ({ value: v.visitId, label: visitInWords(v) }))}
            {...form.field('otherVisitId')}
          />
        </>
      }
      answers={[
        { key: 'Your visit', value: visitInWords(visit) },
        { key: 'Teammate', value: teammate?.name ?? '' },
        { key: 'Their visit you take', value: other ? visitInWords(other) : 'None' },
      ]}
      whatHappens={
        `${teammate?.name ?? 'Your teammate'} is told and can accept or decline. ` +
        'Nothing changes in the rota until they accept; the coordinator may need to approve it too.'
      }
      sendLabel="Send the swap request"
      onCancel={onCancel}
    />
  );
}
