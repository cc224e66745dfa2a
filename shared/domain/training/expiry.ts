/** Pure date rules for training validity (ASC-WDS: expiry = completed + N months − 1 day). */
import { addMonths } from '@shared/domain/time/calendar';
import { addDays } from '@shared/domain/time/iso-week';

/** The last valid day of a completion: completed + validity months − 1 day, or null when the course does not expire. */
export function expiryFor(completedOn: string, validityMonths: number | null): string | null {
  if (validityMonths === null) return null;
  return addDays(addMonths(completedOn, validityMonths), -1);
}

/** Whether a record is valid on a date: completed on or before it and not yet past its last valid day. */
export function isValidOn(record: { completedOn: string; expiresOn: string | null }, date: string): boolean {
  return record.completedOn <= date && (record.expiresOn === null || record.expiresOn >= date);
}

/** One matrix cell: valid, expiring within 90/60/30 days, expired, missing, or not required. */
export type CellStatus =
  'valid' | 'expiring_90' | 'expiring_60' | 'expiring_30' | 'expired' | 'missing' | 'not_required';

/** Cell statuses as one character each, so a 1,000 × 60 matrix travels as short strings. */
export const CELL_CODES: Record<CellStatus, string> = {
  valid: 'V',
  expiring_90: '9',
  expiring_60: '6',
  expiring_30: '3',
  expired: 'X',
  missing: 'M',
  not_required: '-',
};

/** The status for a code character. */
export const CELL_STATUS_BY_CODE: Record<string, CellStatus> = Object.fromEntries(
  Object.entries(CELL_CODES).map(([status, code]) => [code, status as CellStatus]),
) as Record<string, CellStatus>;

/** Labels for cell statuses. */
export const CELL_LABELS: Record<CellStatus, string> = {
  valid: 'Valid',
  expiring_90: 'Expires within 90 days',
  expiring_60: 'Expires within 60 days',
  expiring_30: 'Expires within 30 days',
  expired: 'Expired',
  missing: 'Missing',
  not_required: 'Not required',
};

/** Warning windows (days before expiry), widest first; data from settings, defaulting to 90/60/30. */
export interface WarningWindows {
  first: number;
  second: number;
  third: number;
}

/** Warning thresholds as dates for one day, so each cell is a few string comparisons (1,000 × 60 cells). */
export interface StatusThresholds {
  today: string;
  third: string;
  second: string;
  first: string;
}

/** The thresholds for a day. */
export function statusThresholds(today: string, windows: WarningWindows): StatusThresholds {
  return {
    today,
    third: addDays(today, windows.third),
    second: addDays(today, windows.second),
    first: addDays(today, windows.first),
  };
}

/** Status from precomputed thresholds (undefined = never completed, null = never expires). */
export function statusFrom(latestExpiry: string | null | undefined, t: StatusThresholds): CellStatus {
  if (latestExpiry === undefined) return 'missing';
  if (latestExpiry === null) return 'valid';
  if (latestExpiry < t.today) return 'expired';
  if (latestExpiry < t.third) return 'expiring_30';
  if (latestExpiry < t.second) return 'expiring_60';
  if (latestExpiry < t.first) return 'expiring_90';
  return 'valid';
}

/** The status of a required course given the latest expiry held (undefined = never completed). */
export function cellStatus(
  latestExpiry: string | null | undefined,
  today: string,
  windows: WarningWindows,
): CellStatus {
  return statusFrom(latestExpiry, statusThresholds(today, windows));
}

/** Whether a cell counts as compliant (valid or still within its warning window). */
export function isCompliant(status: CellStatus): boolean {
  return status === 'valid' || status === 'expiring_90' || status === 'expiring_60' || status === 'expiring_30';
}
