import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { WarningWindows } from '@shared/domain/training/expiry';
import type { Database } from '@main/db/schema';
import { readSetting } from '../settings/settings';

// Policy numbers for training kept as branch settings (editable data, not literals in the rules).
const Windows = z.object({
  first: z.number().int().min(1),
  second: z.number().int().min(1),
  third: z.number().int().min(1),
});

/** The expiry warning windows in days (default 90 / 60 / 30). */
export function warningWindows(db: Kysely<Database>): Promise<WarningWindows> {
  return readSetting(db, 'training.expiryWarningDays', Windows, { first: 90, second: 60, third: 30 });
}

/** Weeks from a start date within which the Care Certificate is expected (default 12, domain.md §2.2). */
export function careCertificateWeeks(db: Kysely<Database>): Promise<number> {
  return readSetting(db, 'training.careCertificateWeeks', z.number().int().min(1).max(104), 12);
}
