import type { SplitChoice } from '@shared/domain/rota-board/cover';
import { GovForm } from '@renderer/components/GovForm';
import { AgreementFields, CheckStep, ChoiceRadios, mustChoose, pick, type CoverFormProps } from './CoverForms';
import { useCheckedCover } from './use-checked-cover';

/**
 * Split the visit in two with the person's agreement recorded: each choice names who takes each part and when
 * ("Ann Lee 09:00–09:45, then Cy Park 09:45–10:30"), with its effect in words; checked, then confirmed.
 */
export function SplitForm({
  choices,
  shortestMinutes,
  ...p
}: CoverFormProps & { choices: readonly SplitChoice[]; shortestMinutes: number }) {
  const c = useCheckedCover(
    'rotaCover.split',
    'cover-split',
    { choice: '', agreedBy: '', agreedOn: p.today },
    (v) => {
      const chosen = pick(choices, v.choice);
      return {
        isoWeek: p.isoWeek,
        visitId: p.visitId,
        firstMinutes: chosen.firstMinutes,
        secondStartMinute: chosen.secondStartMinute,
        firstWorkerId: chosen.firstWorkerId,
        secondWorkerId: chosen.secondWorkerId,
        agreedBy: v.agreedBy,
        agreedOn: v.agreedOn,
      };
    },
    p.onDone,
    (v) => mustChoose(v.choice, 'Choose the two parts and who takes each'),
  );
  return (
    <GovForm
      form={c.form}
      submitLabel={c.checked ? 'Confirm the visit in two parts' : 'Check'}
      submitVariant="secondary"
      grid={false}
    >
      <ChoiceRadios
        formId={c.form.id}
        legend={`Two parts (each at least ${shortestMinutes} minutes)`}
        choices={choices.map((x) => ({ label: x.words, hint: x.effect }))}
        value={c.form.values.choice}
        errors={c.form.errors}
        onChoose={(value) => c.choose('choice', value)}
      />
      <AgreementFields what="the visit in two parts" field={c.field} />
      <CheckStep checked={c.checked} onBack={c.back} />
    </GovForm>
  );
}
