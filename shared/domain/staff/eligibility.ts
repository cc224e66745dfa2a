import { z } from 'zod';
import { IsoDate } from '../common';
import { formatDate } from '@shared/domain/time/format';

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
  | 'dbs_not_issued'
  | 'barred_list_not_checked'
  | 'dbs_recheck_overdue'
  | 'suspended';

/** A plain reason a worker may not work on a date. */
export interface Ineligibility {
  code: IneligibleCode;
  /** In words, with the date behind it ("right to work expired Thu 26 Nov 2026"). */
  reason: string;
}

/**
 * Whether a worker may be planned on a date: employed that day, right to work valid, an enhanced DBS with the adults'
 * barred list in place and not overdue for its recheck, and not suspended. Returns the first reason that stands in
 * the way, or null. A DBS still pending counts as not in place: this branch has no "start alongside a colleague"
 * policy yet.
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
  if (!facts.hasDbs) return { code: 'no_dbs', reason: 'no enhanced DBS check on record' };
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

/** The dates of a week a worker may not be planned on, with the reason for each. */
export function ineligibleDates(facts: WorkerEligibility, dates: readonly string[]): Map<string, Ineligibility> {
  const out = new Map<string, Ineligibility>();
  for (const date of dates) {
    const why = ineligibilityOn(facts, date);
    if (why !== null) out.set(date, why);
  }
  return out;
}
