import { z } from 'zod';
import { Id, IsoDateTime, requiredText } from '../common';
import { Role } from '@shared/contract/roles';

/**
 * Password rules of security.md (NIST 800-63B): length only, no composition rules; the backend also refuses common
 * passwords.
 */
export const PASSWORD_MIN = 8;
/** Long passphrases are welcome. */
export const PASSWORD_MAX = 128;

/** A new password as typed. */
export const NewPassword = z
  .string({ message: 'Enter a password' })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters (15 or more is better)`)
  .max(PASSWORD_MAX, `Password must be ${PASSWORD_MAX} characters or fewer`);

/** A sign-in name: lower-case letters, digits, dots, dashes. */
export const Username = z
  .string({ message: 'Enter a username' })
  .trim()
  .toLowerCase()
  .min(3, 'Username must be at least 3 characters')
  .max(64, 'Username must be 64 characters or fewer')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Username may use letters, digits, dots, dashes and underscores only');

/** The signed-in person as the renderer sees them. */
export const SessionInfo = z.object({
  accountId: Id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  staffId: Id.nullable(),
  mustChangePassword: z.boolean(),
  idleLockMinutes: z.number().int(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** The state of this window's session: none, active, or locked after idling. */
export const SessionState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signed_out') }),
  z.object({ state: z.literal('active'), session: SessionInfo }),
  z.object({ state: z.literal('locked'), username: z.string(), displayName: z.string() }),
]);
export type SessionState = z.infer<typeof SessionState>;

/** An account as managers see it. */
export const Account = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  staffId: Id.nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type Account = z.infer<typeof Account>;

/** Create one named account. Every account but a visitor's is linked to a staff record. */
export const AccountInput = z
  .object({
    username: Username,
    displayName: requiredText('a display name', 120),
    roles: z.array(Role).min(1, 'Choose at least one role'),
    staffId: Id.nullable(),
  })
  .superRefine((value, ctx) => {
    const visitorOnly = value.roles.length === 1 && value.roles[0] === 'visitor';
    if (!visitorOnly && value.staffId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['staffId'],
        message: 'Link the account to a staff record (only visitor accounts may have none)',
      });
    }
    if (value.roles.includes('visitor') && value.roles.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'A visitor account cannot hold staff roles' });
    }
  });
export type AccountInput = z.input<typeof AccountInput>;

/** A one-time temporary password, shown once to the manager who issued it; it stops working at `expiresAt`. */
export const TemporaryPassword = z.object({
  accountId: Id,
  username: z.string(),
  temporaryPassword: z.string(),
  expiresAt: IsoDateTime,
});
export type TemporaryPassword = z.infer<typeof TemporaryPassword>;
