import type { ReactNode } from 'react';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import type { FormErrors } from './form-errors';

/**
 * A form in the GOV.UK pattern every form here follows: the error summary first, then the fields (in the form grid
 * unless `grid` is false, with `after` below the grid), then the submit button, any other `actions` and, when the form
 * can be closed, Cancel. A form that is a lesser action on a page with a main one takes a secondary submit button.
 */
export function GovForm({
  formId,
  errors,
  pending,
  submitLabel,
  submitVariant = 'primary',
  onSubmit,
  onCancel,
  grid = true,
  after,
  actions,
  children,
}: {
  formId: string;
  errors: FormErrors;
  pending: boolean;
  submitLabel: string;
  submitVariant?: 'primary' | 'secondary';
  onSubmit: () => void;
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
        onSubmit();
      }}
    >
      <ErrorSummary errors={errors} formId={formId} />
      {grid ? <div className="form-grid">{children}</div> : children}
      {after}
      <div className="button-row">
        <Button type="submit" variant={submitVariant} disabled={pending}>
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
