import { useEffect, useRef } from 'react';
import { fieldId, type FormErrors } from './form-errors';

/** The GOV.UK error summary: appears at the top on submit, takes focus, and links to each field. */
export function ErrorSummary({ errors, formId }: { errors: FormErrors; formId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const show = errors.summary.length > 0 || errors.general !== null;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show, errors]);
  if (!show) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={`${formId}-error-title`} tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id={`${formId}-error-title`}>
        There is a problem
      </h2>
      {errors.general && <p>{errors.general}</p>}
      {errors.summary.length > 0 && (
        <ul>
          {errors.summary.map((item) => (
            <li key={item.key}>
              <a
                href={`#${fieldId(formId, item.key)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(formId, item.key))?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
