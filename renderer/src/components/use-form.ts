import { useState, type ChangeEvent } from 'react';
import type { Issue } from '@shared/contract/errors';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@shared/contract/procedures';
import { ApiError } from '../api/api-client';
import { checkInput, type FormInput } from '../api/check-input';
import { useProcedureMutation } from '../api/queries';
import { formErrorsFrom, formErrorsFromIssues, NO_ERRORS, type FormErrors } from './form-errors';

type Values = Record<string, string | boolean>;

/** How a form turns what its inputs hold into a procedure's input, and what happens once it is saved. */
export interface ProcedureFormConfig<N extends ProcedureName, V extends Values> {
  /** Prefix of the form's field ids (the error summary links to them). */
  id: string;
  /** What the inputs hold at first: text, or true/false for checkboxes. */
  initial: V;
  /** The procedure's input from the inputs; may throw an Error whose message is shown (a file that cannot be read). */
  toInput: (values: V) => FormInput<ProcedureInput<N>> | Promise<FormInput<ProcedureInput<N>>>;
  /** Rules the form adds to the schema's (a password typed twice): the issues, by the form's field names. */
  check?: (values: V) => Issue[];
  /** Leading path segments field names leave out (`staff` in `{ id, staff }`). */
  errorPrefix?: readonly string[];
  /**
   * A list in the input whose entries are edited in place (`items`): an issue about an entry (`items.3.purpose`) shows
   * at the entry (`items.3`), named by its label ("Mon 08:00: …").
   */
  list?: { path: string; label: (index: number) => string | undefined };
  /**
   * The one field every issue is about, listed each in turn with the backend's own summary above them (a file whose
   * lines are checked).
   */
  issuesAt?: string;
  /** What to say above the form once it is saved, when the form stays on screen. */
  success?: string | ((output: ProcedureOutput<N>) => string);
  /** Start again from `initial` once saved (a form for adding several things in turn), or clear only these fields. */
  resetOnSuccess?: boolean | readonly (keyof V & string)[];
  /** What happens next: move on, close the form. */
  onSuccess?: (output: ProcedureOutput<N>) => void | Promise<void>;
}

/**
 * The one form pattern: inputs hold text; on submit the input is built, checked against the procedure's own schema
 * (field issues shown at once, nothing sent), then sent through the one mutation helper, which refreshes what the
 * contract says it changes. A refusal from the backend lands on the same fields; success shows `success` or moves on.
 */
export function useProcedureForm<N extends ProcedureName, V extends Values>(
  name: N,
  config: ProcedureFormConfig<N, V>,
) {
  const mutation = useProcedureMutation(name);
  const [values, setValues] = useState<V>(config.initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const prefix = config.errorPrefix ?? [];

  const errorsFor = (issues: readonly Issue[]): FormErrors => {
    const list = config.list;
    if (config.issuesAt !== undefined) {
      const at = config.issuesAt;
      return formErrorsFromIssues(issues, prefix, () => at);
    }
    if (!list) return formErrorsFromIssues(issues, prefix);
    const named = issues.map((issue) => {
      const label = issue.path[0] === list.path ? list.label(Number(issue.path[1])) : undefined;
      return label === undefined || issue.message.includes(label)
        ? issue
        : { ...issue, message: `${label}: ${issue.message}` };
    });
    const entry = new RegExp(`^${list.path}\\.\\d+`);
    return formErrorsFromIssues(named, prefix, (key) => entry.exec(key)?.[0] ?? key);
  };

  /** Set one field. */
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));

  /** Props for a TextField, TextAreaField or SelectField bound to a value (`errorName`: where its issues point). */
  const field = (key: keyof V & string, errorName?: string) => ({
    formId: config.id,
    errors,
    name: errorName ?? key,
    value: String(values[key] ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValues((current) => ({ ...current, [key]: event.target.value })),
  });

  /** Props for a checkbox bound to a value. */
  const checkbox = (key: keyof V & string) => ({
    name: key,
    checked: Boolean(values[key]),
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues((current) => ({ ...current, [key]: event.target.checked })),
  });

  const submit = async () => {
    setPending(true);
    setSuccess(null);
    try {
      const own = config.check?.(values) ?? [];
      if (own.length > 0) {
        setErrors(errorsFor(own));
        return;
      }
      const checked = checkInput(name, await config.toInput(values));
      if (!checked.ok) {
        setErrors(errorsFor(checked.issues));
        return;
      }
      const output = await mutation.mutateAsync(checked.input);
      setErrors(NO_ERRORS);
      const reset = config.resetOnSuccess;
      if (reset === true) setValues(config.initial);
      else if (reset)
        setValues((current) => ({ ...current, ...Object.fromEntries(reset.map((key) => [key, config.initial[key]])) }));
      if (config.success !== undefined)
        setSuccess(typeof config.success === 'string' ? config.success : config.success(output));
      await config.onSuccess?.(output);
    } catch (error) {
      if (!(error instanceof ApiError) || error.issues.length === 0) setErrors(formErrorsFrom(error));
      // A file's lines are listed under the backend's own summary of them ("3 problems in the file"), as is a refusal
      // other than bad input (a rule the change would break).
      else
        setErrors({
          ...errorsFor(error.issues),
          general: config.issuesAt !== undefined || error.code !== 'VALIDATION' ? error.message : null,
        });
    } finally {
      setPending(false);
    }
  };

  return { id: config.id, values, setValues, set, field, checkbox, errors, success, pending, submit };
}

/** What GovForm needs of a form. */
export interface FormState {
  id: string;
  errors: FormErrors;
  success: string | null;
  pending: boolean;
  submit: () => Promise<void>;
}

/** Empty input → null, for optional text fields. */
export function orNull(value: string | boolean | undefined): string | null {
  const text = String(value ?? '').trim();
  return text === '' ? null : text;
}

/**
 * A number field's value, or NaN when blank or unreadable: the schema then names the field (the HTTP transport
 * carries NaN as text, not null).
 */
export function toNumber(value: string | boolean | undefined): number {
  // Trimmed, or blank spaces would read as 0.
  const text = String(value ?? '').trim();
  return text === '' ? Number.NaN : Number(text);
}

/** Pounds a person typed ("13.10", "£13.10") as pence, or NaN when unreadable: the schema then names the field. */
export function toPence(value: string | boolean | undefined): number {
  const text = String(value ?? '')
    .trim()
    .replace(/^£/, '');
  return /^-?\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
}

/** An optional number field's value: null when blank, else as `toNumber` reads it (NaN when unreadable). */
export function toNumberOrNull(value: string | boolean | undefined): number | null {
  return String(value ?? '').trim() === '' ? null : toNumber(value);
}
