import { fieldId, type FormErrors } from '@renderer/components/form-errors';

/** The house rules, and the box everyone ticks to accept them before signing in; its error shows beside it. */
export function HouseRules({
  formId,
  rules,
  errors,
  checkbox,
}: {
  formId: string;
  rules: string;
  errors: FormErrors;
  checkbox: { name: string; checked: boolean; onChange: (event: React.ChangeEvent<HTMLInputElement>) => void };
}) {
  const id = fieldId(formId, 'acceptHouseRules');
  const error = errors.byField.acceptHouseRules;
  return (
    <div className={`field kiosk-rules${error ? ' field--error' : ''}`}>
      <h2>House rules</h2>
      <p className="kiosk-rules__text">{rules}</p>
      {error && (
        <span className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <label className="checkbox">
        <input id={id} type="checkbox" aria-describedby={error ? `${id}-error` : undefined} {...checkbox} /> I have read
        the house rules and accept them
      </label>
    </div>
  );
}
