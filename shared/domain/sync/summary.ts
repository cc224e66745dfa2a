import type { z } from 'zod';
import { SummaryV1 } from './summary-v1';
import { SummaryV2 } from './summary-v2';

// The summary versions this code knows. A branch sends the newest it builds; the council accepts every version
// listed here and answers 422, naming the versions it knows, for any other. A new version is a new file beside
// summary-v1.ts and one more entry below; version 1 stays accepted while branches still send it.

/** Every summary version known, by number. */
export const SUMMARY_SCHEMAS = { 1: SummaryV1, 2: SummaryV2 } as const;

/** The version numbers known, oldest first. */
export const KNOWN_SUMMARY_VERSIONS = Object.keys(SUMMARY_SCHEMAS).map(Number);

/** The version a branch builds now (2: care delivery from actual visit times). */
export const CURRENT_SUMMARY_VERSION = 2;

/** A summary of any known version. */
export type Summary = SummaryV1 | SummaryV2;

/** A summary of the version a branch builds now. */
export type CurrentSummary = SummaryV2;

/** One reason a summary was refused, at the field it names. */
export interface SummaryIssue {
  path: (string | number)[];
  message: string;
}

/** The outcome of checking a body against the known versions. */
export type SummaryCheck =
  | { ok: true; summary: Summary }
  | { ok: false; reason: 'not_a_summary' | 'unknown_version' | 'invalid'; issues: SummaryIssue[] };

/** Check a parsed JSON body: a known version, valid against that version's schema. */
export function checkSummary(body: unknown): SummaryCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, reason: 'not_a_summary', issues: [{ path: [], message: 'The body must be a JSON object' }] };
  const version = (body as { schemaVersion?: unknown }).schemaVersion;
  const schema = typeof version === 'number' ? SUMMARY_SCHEMAS[version as keyof typeof SUMMARY_SCHEMAS] : undefined;
  if (!schema) {
    const known = KNOWN_SUMMARY_VERSIONS.join(', ');
    return {
      ok: false,
      reason: 'unknown_version',
      issues: [{ path: ['schemaVersion'], message: `Unknown summary version ${String(version)}; known: ${known}` }],
    };
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, summary: parsed.data };
  return { ok: false, reason: 'invalid', issues: issuesOf(parsed.error) };
}

/** A zod error as issues with plain paths. */
export function issuesOf(error: z.ZodError): SummaryIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: issue.message,
  }));
}

/** How far ahead of the receiver's clock a summary's build time may be before the sender's clock is taken as wrong. */
export const CLOCK_TOLERANCE_MS = 15 * 60_000;

/**
 * Times that cannot be right by the receiver's clock: built in the future, or for a period that has not begun.
 * A branch that was offline for weeks sends old summaries, which is fine; one whose clock runs ahead is not.
 */
export function clockIssues(summary: Summary, now: Date): SummaryIssue[] {
  const issues: SummaryIssue[] = [];
  const ahead = Date.parse(summary.generatedAt) - now.getTime();
  if (ahead > CLOCK_TOLERANCE_MS) {
    issues.push({
      path: ['generatedAt'],
      message:
        `Built ${describeAhead(ahead)} ahead of the council's clock: ` +
        `check the date and time on the branch computer, then rebuild this summary`,
    });
  }
  const today = now.toISOString().slice(0, 10);
  if (summary.period.start > today)
    issues.push({ path: ['period', 'start'], message: 'This period has not started yet by the council’s clock' });
  return issues;
}

function describeAhead(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}
