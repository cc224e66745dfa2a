import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { fieldId, type FormErrors } from './form-errors';
import type { Option } from './options';

/** The options of a yes/no select, whose form value is 'yes' or 'no'. */
export const YES_NO_OPTIONS: readonly Option<'yes' | 'no'>[] = [
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

/** A labelled text area (a few lines of free text) with hint and error. */
export function TextAreaField({
  formId,
  name,
  label,
  hint,
  errors,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          className={`input textarea${invalid ? ' input--error' : ''}`}
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

/** A labelled select with hint and error; its options are typed by what they stand for. */
export function SelectField<V extends string>({
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
    options: readonly Option<V>[];
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

/** A labelled file input with hint and error; reports the file chosen (or null when the choice is cleared). */
export function FileField({
  formId,
  name,
  label,
  hint,
  errors,
  accept,
  onFile,
}: FieldProps & { accept: string; onFile: (file: File | null) => void }) {
  return (
    <FieldShell formId={formId} name={name} label={label} hint={hint} errors={errors}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="file"
          className={`input${invalid ? ' input--error' : ''}`}
          accept={accept}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
      )}
    </FieldShell>
  );
}
