import type { Issue } from '@shared/contract/errors';
import { ApiError } from '../api/api-client';

/**
 * Errors for a form: the summary list (in the order found, each linking to the field it is about) and a message per
 * field key (path joined with dots).
 */
export interface FormErrors {
  summary: { key: string; field: string; message: string }[];
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

/**
 * Field issues as form errors. `prefix` strips leading path segments (e.g. `staff` in `{ id, staff }`); `fieldFor`
 * names the field an issue shows at when that is not its path (every line of an imported file is about the file).
 */
export function formErrorsFromIssues(
  issues: readonly Issue[],
  prefix: readonly string[] = [],
  fieldFor: (key: string) => string = (key) => key,
): FormErrors {
  const byField: Record<string, string> = {};
  const summary: FormErrors['summary'] = [];
  const listed = new Set<string>();
  for (const issue of issues) {
    const key = keyFor(issue, prefix);
    if (listed.has(key)) continue;
    listed.add(key);
    const field = fieldFor(key);
    byField[field] ??= issue.message;
    summary.push({ key, field, message: issue.message });
  }
  return { summary, byField, general: null };
}

/**
 * Turn a failed call (or any thrown error) into form errors. A refusal other than bad input (a rule the change would
 * break) keeps its own sentence above the issues; bad input needs only the fields named.
 */
export function formErrorsFrom(error: unknown, prefix: readonly string[] = []): FormErrors {
  if (!(error instanceof ApiError))
    return { ...NO_ERRORS, general: error instanceof Error ? error.message : 'Something went wrong.' };
  if (error.issues.length === 0) return { ...NO_ERRORS, general: error.message };
  return { ...formErrorsFromIssues(error.issues, prefix), general: error.code === 'VALIDATION' ? null : error.message };
}

function keyFor(issue: Issue, prefix: readonly string[]): string {
  const path = issue.path.slice(0);
  for (const segment of prefix) if (path[0] === segment) path.shift();
  return path.length === 0 ? 'form' : path.join('.');
}
