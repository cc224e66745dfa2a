import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { formatPence, type PaySettings } from '../policy/pay-policy';
import { addDays } from '@shared/domain/time/iso-week';
import { formatDate } from '@shared/domain/time/format';
import { datedRecordLines, followUpLine } from './compliance-dates';
import { dbsPendingWords, type DbsPendingPolicy } from './eligibility';

/** The kinds of dashboard line, in the order the dashboard groups them. */
export const ComplianceKind = z.enum([
  'below_pay_floor',
  'dbs',
  'right_to_work',
  'references',
  'supervision',
  'appraisal',
  'driving',
  'zero_hours',
  'sick_pay',
]);
export type ComplianceKind = z.infer<typeof ComplianceKind>;

/** Headings for the kinds. */
export const COMPLIANCE_KIND_LABELS: Record<ComplianceKind, string> = {
  below_pay_floor: 'Paid below the pay floor',
  dbs: 'DBS check missing, pending, or recheck due',
  right_to_work: 'Right to work expiring, expired or follow-up due',
  references: 'References missing',
  supervision: 'Supervision overdue',
  appraisal: 'Appraisal overdue',
  driving: 'Driving licence or insurance for drivers',
  zero_hours: 'Zero-hours contracts',
  sick_pay: 'No occupational sick pay',
};

/** One thing to fix on one record. */
export const ComplianceLine = z.object({
  kind: ComplianceKind,
  staffId: Id,
  name: z.string(),
  reference: z.string(),
  /** What is wrong, with the figure behind it. */
  detail: z.string(),
  /** `overdue`: already past or broken; `due`: coming up within the warning window; `info`: a fact to review. */
  severity: z.enum(['overdue', 'due', 'info']),
  /** The date that matters, for sorting. */
  date: IsoDate.nullable(),
  /** Which tab of the record fixes it. */
  tab: z.enum(['employment', 'pay', 'compliance']),
});
export type ComplianceLine = z.infer<typeof ComplianceLine>;

/** The dashboard: lines and counts per kind. */
export const ComplianceDashboard = z.object({
  today: IsoDate,
  floorPence: z.number().int().nullable(),
  staffChecked: z.number().int(),
  lines: z.array(ComplianceLine),
  counts: z.record(ComplianceKind, z.number().int()),
});
export type ComplianceDashboard = z.infer<typeof ComplianceDashboard>;

/** What the compliance rules read of each current worker. */
export interface ComplianceFacts {
  id: string;
  name: string;
  reference: string;
  currentPence: number | null;
  hasDbs: boolean;
  /** When the enhanced check was applied for: with no certificate yet, it is pending from that day. */
  dbsAppliedOn: string | null;
  dbsRecheckDue: string | null;
  dbsUpdateService: boolean;
  rtwExpiry: string | null;
  rtwFollowUp: string | null;
  referencesReceived: number;
  supervisionDue: string | null;
  appraisalDue: string | null;
  drives: boolean;
  licenceCheckedOn: string | null;
  insuranceExpiry: string | null;
  zeroHours: boolean;
  occupationalSickPay: boolean;
}

/** Check every current worker against the floor and the record-keeping rules; pure so the rules are unit-tested. */
export function complianceLines(
  staff: readonly ComplianceFacts[],
  floorPence: number | null,
  settings: Pick<PaySettings, 'rtwWarningDays' | 'dbsWarningDays' | 'referencesRequired'> & {
    dbsPendingPolicy: DbsPendingPolicy;
  },
  today: string,
): ComplianceLine[] {
  const lines: ComplianceLine[] = [];
  const rtwHorizon = addDays(today, settings.rtwWarningDays);
  const dbsHorizon = addDays(today, settings.dbsWarningDays);
  for (const s of staff) {
    const base = { staffId: s.id, name: s.name, reference: s.reference };
    if (floorPence !== null) {
      if (s.currentPence === null)
        lines.push({
          ...base,
          kind: 'below_pay_floor',
          detail: 'No hourly rate recorded',
          severity: 'overdue',
          date: null,
          tab: 'pay',
        });
      else if (s.currentPence < floorPence)
        lines.push({
          ...base,
          kind: 'below_pay_floor',
          detail:
            `${formatPence(s.currentPence)}/h is ${formatPence(floorPence - s.currentPence)} ` +
            `below the ${formatPence(floorPence)} floor`,
          severity: 'overdue',
          date: null,
          tab: 'pay',
        });
    }
    if (!s.hasDbs) lines.push(missingDbsLine(base, s.dbsAppliedOn, settings.dbsPendingPolicy, today));
    else if (s.dbsRecheckDue !== null && s.dbsRecheckDue <= dbsHorizon) {
      const what = s.dbsUpdateService ? 'Update Service check' : 'Recheck';
      lines.push({
        ...base,
        kind: 'dbs',
        detail:
          s.dbsRecheckDue < today
            ? `${what} overdue since ${formatDate(s.dbsRecheckDue)}`
            : `${what} due ${formatDate(s.dbsRecheckDue)}`,
        severity: s.dbsRecheckDue < today ? 'overdue' : 'due',
        date: s.dbsRecheckDue,
        tab: 'compliance',
      });
    }
    if (s.rtwExpiry !== null && s.rtwExpiry <= rtwHorizon)
      lines.push({
        ...base,
        kind: 'right_to_work',
        detail:
          s.rtwExpiry < today
            ? `Expired ${formatDate(s.rtwExpiry)}`
            : `Expires ${formatDate(s.rtwExpiry)}${s.rtwFollowUp ? `; follow-up ${formatDate(s.rtwFollowUp)}` : ''}`,
        severity: s.rtwExpiry < today ? 'overdue' : 'due',
        date: s.rtwExpiry,
        tab: 'compliance',
      });
    else if (s.rtwFollowUp !== null && s.rtwFollowUp <= rtwHorizon)
      lines.push(followUpLine(base, s.rtwFollowUp, s.rtwExpiry, today));
    lines.push(...datedRecordLines(s, base, today, dbsHorizon));
    if (s.referencesReceived < settings.referencesRequired)
      lines.push({
        ...base,
        kind: 'references',
        detail: `${s.referencesReceived} of ${settings.referencesRequired} references received`,
        severity: 'overdue',
        date: null,
        tab: 'compliance',
      });
    if (s.zeroHours)
      lines.push({
        ...base,
        kind: 'zero_hours',
        detail: 'On a zero-hours contract',
        severity: 'info',
        date: null,
        tab: 'employment',
      });
    if (!s.occupationalSickPay)
      lines.push({
        ...base,
        kind: 'sick_pay',
        detail: 'Statutory sick pay only',
        severity: 'info',
        date: null,
        tab: 'pay',
      });
  }
  return lines;
}

/**
 * No certificate on record: a check applied for (on or before today) is pending, and says what the branch's policy
 * lets the worker do meanwhile (the same words the rota gives); only a pending check the policy allows is not urgent.
 */
function missingDbsLine(
  base: Pick<ComplianceLine, 'staffId' | 'name' | 'reference'>,
  appliedOn: string | null,
  policy: DbsPendingPolicy,
  today: string,
): ComplianceLine {
  const line = { ...base, kind: 'dbs', tab: 'compliance' } as const;
  if (appliedOn === null || appliedOn > today)
    return { ...line, detail: 'No enhanced DBS check on record', severity: 'overdue', date: null };
  const detail = dbsPendingWords(appliedOn, policy);
  return { ...line, detail, severity: policy === 'not_allowed' ? 'overdue' : 'due', date: appliedOn };
}

/** Count lines per kind (every kind present, zero when clear). */
export function countByKind(lines: readonly ComplianceLine[]): Record<ComplianceKind, number> {
  const counts = Object.fromEntries(ComplianceKind.options.map((kind) => [kind, 0])) as Record<ComplianceKind, number>;
  for (const line of lines) counts[line.kind] += 1;
  return counts;
}
