import { z } from 'zod';
import type { BackendDeps } from '@main/rpc/context';
import { readSetting } from '../settings/settings';
import { AUTH_POLICY } from './auth-policy';

/** The setting that says how many hours a temporary password works (72 by default). */
export const TEMPORARY_PASSWORD_HOURS_SETTING = 'auth.temporaryPasswordHours';

/** How many hours a temporary password (from a reset or a new account) works before it must be issued again. */
export function temporaryPasswordHours(deps: BackendDeps): Promise<number> {
  return readSetting(
    deps.db,
    TEMPORARY_PASSWORD_HOURS_SETTING,
    z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    AUTH_POLICY.temporaryPasswordHoursDefault,
  );
}

/** When a temporary password issued at `issuedAt` stops working (ISO, UTC). */
export async function temporaryPasswordExpiry(deps: BackendDeps, issuedAt: Date): Promise<string> {
  return new Date(issuedAt.getTime() + (await temporaryPasswordHours(deps)) * 3_600_000).toISOString();
}
