import { z } from 'zod';
import { EVERY_DOMAIN } from '../domains';
import { procedure } from '../procedure';
import { SetupInput, SetupStatus } from '@shared/domain/branch/branch';
import { SessionInfo } from '@shared/domain/auth/accounts';

/** First run: create the branch and its first manager, or a demo branch. */
export const setupProcedures = {
  'setup.status': procedure({
    summary: 'Whether this store has a branch yet.',
    input: z.object({}).strict(),
    output: SetupStatus,
    roles: [],
    public: true,
    passive: true,
  }),
  'setup.createBranch': procedure({
    summary: 'Create the branch and the first manager account, and sign that manager in. Only on an empty store.',
    input: SetupInput,
    output: SessionInfo,
    roles: [],
    public: true,
    mutation: true,
    changesSession: true,
    invalidates: ['setup', 'auth', 'accounts', 'staff', 'workplace'],
  }),
  'setup.createDemo': procedure({
    summary: 'Fill an empty store with the demo branch. Only on an empty store.',
    input: z.object({}).strict(),
    output: z.object({ accounts: z.array(z.object({ username: z.string(), role: z.string() })), password: z.string() }),
    roles: [],
    public: true,
    mutation: true,
    // Not `setup`: the set-up screen stays to show the demo's accounts and password until "Go to sign in" moves on.
    invalidates: EVERY_DOMAIN.filter((domain) => domain !== 'setup'),
  }),
};
