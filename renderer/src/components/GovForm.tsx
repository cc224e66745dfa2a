import type { ReactNode } from 'react';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import { Banner } from './Layout';
import type { FormState } from './use-form';

/**
 * A form in the GOV.UK pattern every form here follows: the error summary first (or, once saved, the success
 * message), then the fields (in the form grid unless `grid` is false, with `after` below the grid), then the submit
 * button, any other `actions` and, when the form can be closed, Cancel. A form that is a lesser action on a page with
 * a main one takes a secondary submit button.
 */
export function GovForm({
  form,
  submitLabel,
  submitVariant = 'primary',
  onCancel,
  grid = true,
  after,
  actions,
  children,
}: {
  form: FormState;
  submitLabel: string;
  submitVariant?: 'primary' | 'secondary';
  onCancel?: () => void;
  grid?: boolean;
  after?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <ErrorSummary errors={form.errors} formId={form.id} />
      {form.success && <Banner tone="success">{form.success}</Banner>}
      {grid ? <div className="form-grid">{children}</div> : children}
      {after}
      <div className="button-row">
        <Button type="submit" variant={submitVariant} disabled={form.pending}>
          {submitLabel}
        </Button>
        {actions}
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
