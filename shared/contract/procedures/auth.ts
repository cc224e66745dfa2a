import { z } from 'zod';
import { procedure } from '../procedure';
import { ALL_ROLES } from '../roles';
import { NewPassword, SessionInfo, SessionState } from '@shared/domain/auth/accounts';

/** Sign-in, sign-out, the lock screen and own password. */
export const authProcedures = {
  'auth.session': procedure({
    summary: "This window's session state (signed out, active or idle-locked).",
    input: z.object({}).strict(),
    output: SessionState,
    roles: [],
    public: true,
    passive: true,
  }),
  'auth.signIn': procedure({
    summary: 'Sign in with a named account; starts a new session.',
    input: z.object({
      username: z.string().trim().min(1, 'Enter your username').max(64),
      password: z.string().min(1, 'Enter your password').max(1024),
    }),
    output: SessionInfo,
    roles: [],
    public: true,
    changesSession: true,
  }),
  'auth.signOut': procedure({
    summary: 'End this session.',
    input: z.object({}).strict(),
    output: z.object({ signedOut: z.literal(true) }),
    roles: [],
    public: true,
    changesSession: true,
  }),
  'auth.unlock': procedure({
    summary: 'Unlock an idle-locked session with the same account password.',
    input: z.object({ password: z.string().min(1, 'Enter your password').max(1024) }),
    output: SessionInfo,
    roles: [],
    public: true,
    changesSession: true,
  }),
  'auth.changePassword': procedure({
    summary: 'Change your own password (required after a temporary one).',
    input: z.object({
      currentPassword: z.string().min(1, 'Enter your current password').max(1024),
      newPassword: NewPassword,
    }),
    output: SessionInfo,
    roles: ALL_ROLES,
    mutation: true,
    invalidates: ['auth', 'accounts'],
  }),
  'auth.reauthenticate': procedure({
    summary: 'Confirm your password before a sensitive view or an export; valid for a few minutes.',
    input: z.object({ password: z.string().min(1, 'Enter your password').max(1024) }),
    output: z.object({ validUntil: z.string() }),
    roles: ALL_ROLES,
  }),
};
