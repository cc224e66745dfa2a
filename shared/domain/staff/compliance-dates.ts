import { formatDate } from '@shared/domain/time/format';
import { addDays } from '@shared/domain/time/iso-week';
import type { ComplianceFacts, ComplianceLine } from './compliance';

type Base = Pick<ComplianceLine, 'staffId' | 'name' | 'reference'>;

/** A driving licence is checked again each year (DVLA check code), the usual policy for care workers who drive. */
export const LICENCE_CHECK_DAYS = 365;

/** The right-to-work follow-up check, due before a time-limited permission runs out. */
export function followUpLine(base: Base, followUp: string, expiry: string | null, today: string): ComplianceLine {
  const expires = expiry === null ? '' : ` (permission runs to ${formatDate(expiry)})`;
  return {
    ...base,
    kind: 'right_to_work',
    detail:
      followUp < today
        ? `Follow-up check overdue since ${formatDate(followUp)}${expires}`
        : `Follow-up check due ${formatDate(followUp)}${expires}`,
    severity: followUp < today ? 'overdue' : 'due',
    date: followUp,
    tab: 'compliance',
  };
}

/**
 * Supervision and appraisal past their due dates, and for a worker who drives: a licence never checked or not
 * checked for a year, and business-use insurance missing, expired or expiring within `horizon`.
 */
export function datedRecordLines(s: ComplianceFacts, base: Base, today: string, horizon: string): ComplianceLine[] {
  const lines: ComplianceLine[] = [];
  const line = (
    kind: 'supervision' | 'appraisal' | 'driving',
    detail: string,
    date: string | null,
    severity: ComplianceLine['severity'] = 'overdue',
  ) => lines.push({ ...base, kind, detail, severity, date, tab: 'compliance' });
  if (s.supervisionDue !== null && s.supervisionDue < today)
    line('supervision', `Supervision overdue since ${formatDate(s.supervisionDue)}`, s.supervisionDue);
  if (s.appraisalDue !== null && s.appraisalDue < today)
    line('appraisal', `Appraisal overdue since ${formatDate(s.appraisalDue)}`, s.appraisalDue);
  if (!s.drives) return lines;
  if (s.licenceCheckedOn === null) line('driving', 'Drives for work; driving licence never checked', null);
  else if (addDays(s.licenceCheckedOn, LICENCE_CHECK_DAYS) < today)
    line('driving', `Driving licence last checked ${formatDate(s.licenceCheckedOn)}`, s.licenceCheckedOn);
  if (s.insuranceExpiry === null) line('driving', 'Drives for work; no business-use insurance on record', null);
  else if (s.insuranceExpiry < today)
    line('driving', `Business-use insurance expired ${formatDate(s.insuranceExpiry)}`, s.insuranceExpiry);
  else if (s.insuranceExpiry <= horizon)
    line('driving', `Business-use insurance expires ${formatDate(s.insuranceExpiry)}`, s.insuranceExpiry, 'due');
  return lines;
}
