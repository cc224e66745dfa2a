import type { Issue } from '@shared/contract/errors';
import { ApiError } from '../api/api-client';

/** Errors for a form: the summary list (in field order) and a message per field key (path joined with dots). */
export interface FormErrors {
  summary: { key: string; message: string }[];
  byField: Record<string, string>;
  /** A message that is not about any one field (conflicts, permissions, the server being away). */
  general: string | null;
}

/** The empty state. */
export const NO_ERRORS: FormErrors = { summary: [], byField: {}, general: null };

/** The id of the input for a field key, so the error summary can link to it. */
export function fieldId(formId: string, key: string): string {
  return `${formId}-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** Turn a failed call into form errors. `prefix` strips a leading path segment (e.g. `staff` in `{ id, staff }`). */
export function formErrorsFrom(error: unknown, prefix: string[] = []): FormErrors {
  if (!(error instanceof ApiError))
    return { ...NO_ERRORS, general: error instanceof Error ? error.message : 'Something went wrong.' };
  if (error.issues.length === 0) return { ...NO_ERRORS, general: error.message };
  const byField: Record<string, string> = {};
  const summary: FormErrors['summary'] = [];
  for (const issue of error.issues) {
    const key = keyFor(issue, prefix);
    if (byField[key] === undefined) {
      byField[key] = issue.message;
      summary.push({ key, message: issue.message });
    }
  }
  return { summary, byField, general: null };
}

function keyFor(issue: Issue, prefix: string[]): string {
  const path = issue.path.slice(0);
  for (const segment of prefix) if (path[0] === segment) path.shift();
  return path.length === 0 ? 'form' : path.join('.');
}
