import type { ReactNode } from 'react';
import type { Issue } from '@shared/contract/errors';
import type { CoverChoice, CoverResult, ShorterChoice } from '@shared/domain/rota-board/cover';
import { formatMinute } from '@shared/domain/time/format';
import { fieldId, type FormErrors } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { TextAreaField, TextField } from '@renderer/components/Field';
import { Button } from '@renderer/components/Button';
import { useCheckedCover } from './use-checked-cover';

/** Which visit, and what to do once an action is saved. */
export interface CoverFormProps {
  isoWeek: string;
  visitId: string;
  today: string;
  onDone: (result: CoverResult) => void;
}

/** The form's own check: one of the options must be chosen. */
export const mustChoose = (choice: string, message: string): Issue[] =>
  choice === '' ? [{ path: ['choice'], message }] : [];

/** The chosen option (the form's check has made sure there is one before the input is built). */
export function pick<T>(choices: readonly T[], choice: string): T {
  const chosen = choices[Number(choice)];
  if (chosen === undefined) throw new Error('Choose one of the options first.');
  return chosen;
}

/** The options as radios, each with its effect in words under it; the first radio is where errors link to. */
export function ChoiceRadios({
  formId,
  legend,
  choices,
  value,
  errors,
  onChoose,
}: {
  formId: string;
  legend: string;
  choices: readonly { label: string; hint: string }[];
  value: string;
  errors: FormErrors;
  onChoose: (value: string) => void;
}) {
  const error = errors.byField.choice;
  return (
    <fieldset className={`field cover-choices${error ? ' field--error' : ''}`}>
      <legend className="field__label">{legend}</legend>
      {error && (
        <span className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {choices.map((c, i) => {
        const id = i === 0 ? fieldId(formId, 'choice') : `${formId}-choice-${i}`;
        return (
          <div className="cover-choice" key={id}>
            <input
              id={id}
              type="radio"
              name={`${formId}-choice`}
              checked={value === String(i)}
              onChange={() => onChoose(String(i))}
              aria-describedby={`${id}-hint`}
            />
            <div>
              <label htmlFor={id}>{c.label}</label>
              <span className="field__hint" id={`${id}-hint`}>
                {capitalise(c.hint)}
              </span>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The check step: what the action will do, in words, and any rule it would break; Confirm saves it. */
export function CheckStep({ checked, onBack }: { checked: CoverResult | null; onBack: () => void }): ReactNode {
  if (checked === null) return null;
  return (
    <div className="check-answers" role="status">
      <h4>Check before you confirm</h4>
      <p>{checked.summary}.</p>
      {checked.problems.length > 0 && (
        <>
          <p>This would break a rule, so it cannot be confirmed:</p>
          <ul>
            {checked.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <Button variant="secondary" onClick={onBack}>
        Change my answers
      </Button>
    </div>
  );
}

const choiceLabel = (c: CoverChoice) => `${formatMinute(c.startMinute)} with ${c.names}`;

/** Move the visit within the person's flexibility to a time a team member is free, and give it to them. */
export function MoveForm({ choices, ...p }: CoverFormProps & { choices: readonly CoverChoice[] }) {
  const c = useCheckedCover(
    'rotaCover.move',
    'cover-move',
    { choice: '' },
    (v) => {
      const chosen = pick(choices, v.choice);
      return { isoWeek: p.isoWeek, visitId: p.visitId, startMinute: chosen.startMinute, workerIds: chosen.workerIds };
    },
    p.onDone,
    (v) => mustChoose(v.choice, 'Choose a time and who takes the visit'),
  );
  return (
    <GovForm
      form={c.form}
      submitLabel={c.checked ? 'Confirm the move' : 'Check'}
      submitVariant="secondary"
      grid={false}
    >
      <ChoiceRadios
        formId={c.form.id}
        legend="Times within the person’s agreed flexibility"
        choices={choices.map((x) => ({ label: choiceLabel(x), hint: x.effect }))}
        value={c.form.values.choice}
        errors={c.form.errors}
        onChoose={(value) => c.choose('choice', value)}
      />
      <CheckStep checked={c.checked} onBack={c.back} />
    </GovForm>
  );
}

/** Shorten the visit with the person's agreement recorded, and give it to a team member who then fits. */
export function ShortenForm({
  choices,
  shortestMinutes,
  ...p
}: CoverFormProps & { choices: readonly ShorterChoice[]; shortestMinutes: number }) {
  const c = useCheckedCover(
    'rotaCover.shorten',
    'cover-shorten',
    { choice: '', agreedBy: '', agreedOn: p.today },
    (v) => {
      const chosen = pick(choices, v.choice);
      return {
        isoWeek: p.isoWeek,
        visitId: p.visitId,
        durationMinutes: chosen.durationMinutes,
        workerIds: chosen.workerIds,
        agreedBy: v.agreedBy,
        agreedOn: v.agreedOn,
      };
    },
    p.onDone,
    (v) => mustChoose(v.choice, 'Choose the agreed length and who takes the visit'),
  );
  return (
    <GovForm
      form={c.form}
      submitLabel={c.checked ? 'Confirm the shorter visit' : 'Check'}
      submitVariant="secondary"
      grid={false}
    >
      <ChoiceRadios
        formId={c.form.id}
        legend={`Shorter lengths (never under ${shortestMinutes} minutes)`}
        choices={choices.map((x) => ({ label: `${x.durationMinutes} minutes with ${x.names}`, hint: x.effect }))}
        value={c.form.values.choice}
        errors={c.form.errors}
        onChoose={(value) => c.choose('choice', value)}
      />
      <AgreementFields what="the shorter visit" field={c.field} />
      <CheckStep checked={c.checked} onBack={c.back} />
    </GovForm>
  );
}

/** Who agreed to a change of the visit (the person, or who speaks for them) and when: shortening and splitting. */
export function AgreementFields({
  what,
  field,
}: {
  /** "the shorter visit", "the visit in two parts". */
  what: string;
  field: (key: 'agreedBy' | 'agreedOn') => ReturnType<ReturnType<typeof useCheckedCover>['field']>;
}) {
  return (
    <>
      <TextField label={`Who agreed to ${what}`} hint="The person, or who speaks for them" {...field('agreedBy')} />
      <TextField label="Date they agreed" type="date" className="input--narrow" {...field('agreedOn')} />
    </>
  );
}

/** Ask a named worker outside the team, with the person's (or family's) consent for this visit recorded. */
export function OutsideForm({ choices, ...p }: CoverFormProps & { choices: readonly CoverChoice[] }) {
  const c = useCheckedCover(
    'rotaCover.askOutside',
    'cover-outside',
    { choice: '', consentBy: '', relationship: '', consentOn: p.today },
    (v) => ({
      isoWeek: p.isoWeek,
      visitId: p.visitId,
      workerId: pick(choices, v.choice).workerIds[0] ?? '',
      consentBy: v.consentBy,
      relationship: v.relationship,
      consentOn: v.consentOn,
    }),
    p.onDone,
    (v) => mustChoose(v.choice, 'Choose the worker the person agreed to'),
  );
  return (
    <GovForm
      form={c.form}
      submitLabel={c.checked ? 'Confirm with consent' : 'Check'}
      submitVariant="secondary"
      grid={false}
    >
      <p>
        Only the person’s team visits them unless the person, or their family, agrees to a named worker for this visit.
      </p>
      <ChoiceRadios
        formId={c.form.id}
        legend="Workers outside the team who are free"
        choices={choices.map((x) => ({ label: x.names, hint: x.effect }))}
        value={c.form.values.choice}
        errors={c.form.errors}
        onChoose={(value) => c.choose('choice', value)}
      />
      <TextField label="Who gave consent" {...c.field('consentBy')} />
      <TextField
        label="Their relationship to the person"
        hint="For example: the person themselves, daughter, son, partner"
        {...c.field('relationship')}
      />
      <TextField label="Date consent was given" type="date" className="input--narrow" {...c.field('consentOn')} />
      <CheckStep checked={c.checked} onBack={c.back} />
    </GovForm>
  );
}

/** Record that the person was told the visit is not covered, and why; it stays uncovered. */
export function TellForm(p: CoverFormProps) {
  const c = useCheckedCover(
    'rotaCover.tellPerson',
    'cover-tell',
    { reason: '', toldBy: '', toldOn: p.today },
    (v) => ({ isoWeek: p.isoWeek, visitId: p.visitId, reason: v.reason, toldBy: v.toldBy, toldOn: v.toldOn }),
    p.onDone,
  );
  return (
    <GovForm
      form={c.form}
      submitLabel={c.checked ? 'Confirm the person was told' : 'Check'}
      submitVariant="secondary"
      grid={false}
    >
      <TextAreaField label="Why the visit could not be covered" {...c.field('reason')} />
      <TextField label="Who told the person" {...c.field('toldBy')} />
      <TextField label="Date they were told" type="date" className="input--narrow" {...c.field('toldOn')} />
      <CheckStep checked={c.checked} onBack={c.back} />
    </GovForm>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
