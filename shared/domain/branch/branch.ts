import { z } from 'zod';
import { Id, requiredText, optionalText } from '../common';
import { NewPassword, Username } from '../auth/accounts';

/** CQC location or provider id, as ASC-WDS checks it: `1-` then 8 to 12 digits. */
export const CqcId = z
  .string()
  .trim()
  .regex(/^[0-9]-[0-9]{8,12}$/, 'Enter a CQC id like 1-123456789 (a digit, a dash, then 8 to 12 digits)');

/** The branch this store belongs to (one store, one branch). */
export const Branch = z.object({
  id: Id,
  providerName: z.string(),
  providerId: z.string().nullable(),
  branchName: z.string(),
  neighbourhood: z.string(),
  cqcLocationId: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Branch = z.infer<typeof Branch>;

/** First-run set-up: the branch and its first manager. */
export const SetupInput = z.object({
  providerName: requiredText('the provider organisation', 120),
  providerId: optionalText('provider id', 50),
  branchName: requiredText('the branch name', 120),
  neighbourhood: requiredText('the neighbourhood', 80),
  cqcLocationId: CqcId.nullable(),
  manager: z.object({
    givenName: requiredText('your first name', 100),
    familyName: requiredText('your last name', 100),
    username: Username,
    password: NewPassword,
  }),
});
export type SetupInput = z.input<typeof SetupInput>;

/** What the first-run screen needs to know. */
export const SetupStatus = z.object({
  configured: z.boolean(),
  branch: Branch.nullable(),
});
export type SetupStatus = z.infer<typeof SetupStatus>;
