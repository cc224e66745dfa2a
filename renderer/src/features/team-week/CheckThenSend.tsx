import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { NO_ERRORS, type FormErrors } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { SummaryList } from '@renderer/components/Layout';
import type { FormState } from '@renderer/components/use-form';

/**
 * A far-reaching form in two steps (GOV.UK check answers): the fields with "Continue", then the answers to check and
 * what will happen, with the button that sends. Continue with an answer the schema refuses shows that at the field
 * and sends nothing; a refusal from the backend brings the fields back with its errors at each.
 */
export function CheckThenSend({
  form,
  ready,
  title,
  fields,
  answers,
  whatHappens,
  sendLabel,
  onCancel,
}: {
  form: FormState;
  /** Whether the answers pass the procedure's own schema (and the form's own checks). */
  ready: boolean;
  /** The heading of the form, and of its check step. */
  title: string;
  fields: ReactNode;
  answers: { key: string; value: ReactNode }[];
  whatHappens: ReactNode;
  sendLabel: string;
  onCancel: () => void;
}) {
  const [checking, setChecking] = useState(false);
  // The errors on screen when the answers went to be checked: fixed since, so the check step does not show them.
  const [stale, setStale] = useState<FormErrors | null>(null);
  const refused = form.errors.summary.length > 0 || form.errors.general !== null;
  useEffect(() => {
    if (refused) setChecking(false);
  }, [refused, form.errors]);
  if (!checking)
    return (
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          // Not ready: submitting runs the same schema check, which shows each problem at its field and sends nothing.
          if (ready) {
            setStale(form.errors);
            setChecking(true);
          } else void form.submit();
        }}
      >
        <h3>{title}</h3>
        <ErrorSummary errors={form.errors} formId={form.id} />
        <div className="form-grid">{fields}</div>
        <div className="button-row">
          <Button type="submit">Continue</Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    );
  return (
    <GovForm
      form={form.errors === stale ? { ...form, errors: NO_ERRORS } : form}
      submitLabel={sendLabel}
      grid={false}
      onCancel={onCancel}
      actions={
        <Button variant="secondary" onClick={() => setChecking(false)}>
          Change your answers
        </Button>
      }
    >
      {/* Only the first letter: the title names people and days, which keep their capitals. */}
      <h3>Check before you send: {title.charAt(0).toLowerCase() + title.slice(1)}</h3>
      <SummaryList items={answers} />
      <p>{whatHappens}</p>
    </GovForm>
  );
}
