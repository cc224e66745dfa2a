import { useEffect, useId, useRef } from 'react';
import { fieldId, formErrorsFrom, NO_ERRORS, type FormErrors } from './form-errors';

/**
 * The one way a refused change shows (GOV.UK error summary): it appears at the top, takes focus, and links to each
 * field named. Forms pass their `errors`; an action outside a form (a button in a table) passes its failed `error`.
 */
export function ErrorSummary({
  errors,
  error,
  formId,
}: {
  errors?: FormErrors;
  error?: Error | null;
  formId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const ownId = useId();
  const id = formId ?? ownId;
  const shown = errors ?? (error ? formErrorsFrom(error) : NO_ERRORS);
  const show = shown.summary.length > 0 || shown.general !== null;
  useEffect(() => {
    if (show) ref.current?.focus();
    // A new failure (even the same one again) takes focus again, so the person hears it.
  }, [show, errors, error]);
  if (!show) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={`${id}-error-title`} tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id={`${id}-error-title`}>
        There is a problem
      </h2>
      {shown.general && <p>{shown.general}</p>}
      {shown.summary.length > 0 && (
        <ul>
          {shown.summary.map((item) =>
            // A refused action outside a form has no fields to go to: its issues are read, not followed.
            formId === undefined ? (
              <li key={item.key}>{item.message}</li>
            ) : (
              <li key={item.key}>
                <a
                  href={`#${fieldId(id, item.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(id, item.field))?.focus();
                  }}
                >
                  {item.message}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
