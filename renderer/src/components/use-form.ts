import { useState, type ChangeEvent } from 'react';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from './form-errors';

type Values = Record<string, string | boolean>;

/** Form state as strings (what inputs hold), with errors from the last failed submit. */
export function useForm<V extends Values>(initial: V, options: { errorPrefix?: string[] } = {}) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  /** Props for a text input or select bound to a field. */
  const bind = (name: keyof V & string) => ({
    name,
    value: String(values[name] ?? ''),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  /** Props for a checkbox bound to a field. */
  const bindCheckbox = (name: keyof V & string) => ({
    name,
    checked: Boolean(values[name]),
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.checked })),
  });

  /** Run a submit; failures become field errors and the summary, success clears them. */
  const submit = async (action: () => Promise<void>) => {
    setPending(true);
    try {
      await action();
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(formErrorsFrom(error, options.errorPrefix));
    } finally {
      setPending(false);
    }
  };

  return { values, setValues, errors, setErrors, pending, bind, bindCheckbox, submit };
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
