import { z } from 'zod';
import { IsoDate } from '../common';
import { formatDate } from '@shared/domain/time/format';

/** The branch's policy for starting work while an enhanced DBS check applied for is not back yet. */
export const DbsPendingPolicy = z.enum(['not_allowed', 'alongside_colleague', 'allowed']);
/** The branch's policy for starting work while an enhanced DBS check is pending. */
export type DbsPendingPolicy = z.infer<typeof DbsPendingPolicy>;

/** The policies in words, as a manager chooses one. */
export const DBS_PENDING_POLICY_LABELS: Record<DbsPendingPolicy, string> = {
  not_allowed: 'Not allowed: nobody works until their DBS check is back',
  alongside_colleague: 'Only alongside a colleague whose DBS check is in place (on visits with two workers)',
  allowed: 'Allowed: they may work on their own once the check is applied for',
};

/**
 * What the eligibility rule reads of a staff record. Dates are inclusive: a worker may work on their start date, on
 * their leaving date (their last day), on the day their time-limited permission expires (its "valid until" date) and
 * on the day a DBS recheck falls due (overdue from the day after).
 */
export const WorkerEligibility = z.object({
  startDate: IsoDate,
  leavingDate: IsoDate.nullable(),
  rtwExpiry: IsoDate.nullable(),
  /** An enhanced DBS certificate is on record (number or issue date). */
  hasDbs: z.boolean(),
  dbsIssueDate: IsoDate.nullable(),
  /** When the enhanced check was applied for; with no certificate yet, the check is pending from that day. */
  dbsAppliedOn: IsoDate.nullable().default(null),
  /** The branch's policy for a pending check, as it stood when the facts were read. */
  dbsPendingPolicy: DbsPendingPolicy.default('not_allowed'),
  /** The enhanced check included the adults' barred list. */
  dbsBarredListChecked: z.boolean(),
  dbsRecheckDue: IsoDate.nullable(),
  /** Subscribed to the DBS Update Service: the recheck is a status check online rather than a new certificate. */
  dbsUpdateService: z.boolean(),
  suspendedFrom: IsoDate.nullable(),
  /** Last day of the suspension; null while it is open. */
  suspendedUntil: IsoDate.nullable(),
});
/** What the eligibility rule reads of a staff record. */
export type WorkerEligibility = z.infer<typeof WorkerEligibility>;

/** Why a worker may not work on a date, one code per condition of the rule. */
export type IneligibleCode =
  | 'not_started'
  | 'left'
  | 'right_to_work_expired'
  | 'no_dbs'
  | 'dbs_pending'
  | 'dbs_not_issued'
  | 'barred_list_not_checked'
  | 'dbs_recheck_overdue'
  | 'suspended';

/** A plain reason a worker may not work on a date. */
export interface Ineligibility {
  code: IneligibleCode;
  /** In words, with the date behind it ("right to work expired Thu 26 Nov 2026"). */
  reason: string;
  /** The reason falls away on a visit shared with a colleague who may work that day (a pending DBS, by policy). */
  alongsideColleague?: true;
}

/**
 * Whether a worker may be planned on a date: employed that day, right to work valid, an enhanced DBS with the adults'
 * barred list in place and not overdue for its recheck, and not suspended. Returns the first reason that stands in
 * the way, or null. A DBS check applied for but not back follows the branch's policy: not allowed, allowed, or only
 * alongside a colleague, whose reason is marked `alongsideColleague` (see `ineligibilityOnVisit`).
 */
export function ineligibilityOn(facts: WorkerEligibility, date: string): Ineligibility | null {
  if (date < facts.startDate) return { code: 'not_started', reason: `starts work on ${formatDate(facts.startDate)}` };
  if (facts.leavingDate !== null && date > facts.leavingDate)
    return { code: 'left', reason: `left on ${formatDate(facts.leavingDate)}` };
  if (facts.suspendedFrom !== null && facts.suspendedFrom <= date) {
    if (facts.suspendedUntil === null)
      return { code: 'suspended', reason: `suspended since ${formatDate(facts.suspendedFrom)}` };
    if (date <= facts.suspendedUntil)
      return { code: 'suspended', reason: `suspended until ${formatDate(facts.suspendedUntil)}` };
  }
  if (facts.rtwExpiry !== null && date > facts.rtwExpiry)
    return { code: 'right_to_work_expired', reason: `right to work expired ${formatDate(facts.rtwExpiry)}` };
  if (!facts.hasDbs) return facts.dbsAppliedOn === null ? NO_DBS : pendingDbs(facts, date);
  if (facts.dbsIssueDate !== null && date < facts.dbsIssueDate)
    return { code: 'dbs_not_issued', reason: `enhanced DBS not issued until ${formatDate(facts.dbsIssueDate)}` };
  if (!facts.dbsBarredListChecked)
    return { code: 'barred_list_not_checked', reason: 'DBS check did not include the adults’ barred list' };
  if (facts.dbsRecheckDue !== null && date > facts.dbsRecheckDue) {
    const what = facts.dbsUpdateService ? 'DBS Update Service check' : 'DBS recheck';
    return { code: 'dbs_recheck_overdue', reason: `${what} was due ${formatDate(facts.dbsRecheckDue)}` };
  }
  return null;
}

const NO_DBS: Ineligibility = { code: 'no_dbs', reason: 'no enhanced DBS check on record' };

/** What a pending check means under each policy, after "DBS check pending (applied for …)". */
const PENDING_POLICY_WORDS: Record<DbsPendingPolicy, string> = {
  not_allowed: 'the branch does not allow starting before it is back',
  alongside_colleague: 'may work only alongside a colleague',
  allowed: 'the branch allows working alone until it is back',
};

/**
 * A pending DBS check in words with what the branch's policy lets the worker do meanwhile ("DBS check pending
 * (applied for Mon 7 Dec 2026): may work only alongside a colleague"): one wording for the rota and the dashboard.
 */
export function dbsPendingWords(appliedOn: string, policy: DbsPendingPolicy): string {
  return `DBS check pending (applied for ${formatDate(appliedOn)}): ${PENDING_POLICY_WORDS[policy]}`;
}

function pendingDbs(facts: WorkerEligibility, date: string): Ineligibility | null {
  const applied = facts.dbsAppliedOn;
  if (applied === null || date < applied) return NO_DBS;
  const reason = dbsPendingWords(applied, facts.dbsPendingPolicy);
  switch (facts.dbsPendingPolicy) {
    case 'allowed':
      return null;
    case 'alongside_colleague':
      return { code: 'dbs_pending', reason, alongsideColleague: true };
    case 'not_allowed':
      return { code: 'dbs_pending', reason };
  }
}

/**
 * Whether a worker may work on one visit with the colleagues on it: as `ineligibilityOn`, except that a reason that
 * falls away alongside a colleague does so when a colleague on the visit may work that day in their own right.
 */
export function ineligibilityOnVisit(
  facts: WorkerEligibility,
  date: string,
  colleagues: readonly (WorkerEligibility | undefined)[],
): Ineligibility | null {
  const why = ineligibilityOn(facts, date);
  if (why?.alongsideColleague !== true) return why;
  // A colleague with no facts in the instance is not checked at all, as everywhere else in the rule's callers.
  return colleagues.some((c) => c === undefined || ineligibilityOn(c, date) === null) ? null : why;
}

/** The dates of a week a worker may not be planned on, with the reason for each. */
export function ineligibleDates(facts: WorkerEligibility, dates: readonly string[]): Map<string, Ineligibility> {
  const out = new Map<string, Ineligibility>();
  for (const date of dates) {
    const why = ineligibilityOn(facts, date);
    if (why !== null) out.set(date, why);
  }
  return out;
}
