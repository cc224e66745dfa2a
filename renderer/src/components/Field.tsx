import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { fieldId, type FormErrors } from './form-errors';

/** The options of a yes/no select, whose form value is 'yes' or 'no'. */
export const YES_NO_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

interface FieldProps {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  errors: FormErrors;
}

function FieldShell({
  formId,
  name,
  label,
  hint,
  errors,
  children,
}: FieldProps & { children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode }) {
  const id = fieldId(formId, name);
  const error = errors.byField[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

/** A labelled text input with hint and error, linked for screen readers. */
export function TextField({
  formId,
  name,
  label,
  hint,
  errors,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          className={`input${invalid ? ' input--error' : ''}${className ? ` ${className}` : ''}`}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...input}
        />
      )}
    </FieldShell>
  );
}

/** A labelled select with hint and error. */
export function SelectField({
  formId,
  name,
  label,
  hint,
  errors,
  options,
  placeholder,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  }) {
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          className={`select${invalid ? ' select--error' : ''}`}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
