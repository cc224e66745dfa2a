import { sql } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type { Branch, SetupInput, SetupStatus } from '@shared/domain/branch/branch';
import type { SessionInfo } from '@shared/domain/auth/accounts';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { insertAccount, assertUncommonPassword } from '../accounts/account-service';
import { hashPassword } from '../auth/passwords';
import { sessionInfoFor } from '../auth/sign-in';
import { startSession } from '../auth/sessions';

type ParsedSetup = z.output<typeof SetupInput>;

/** The branch of this store, if set up. */
export async function getBranch(deps: Pick<BackendDeps, 'db'>): Promise<Branch | null> {
  const row = await deps.db.selectFrom('branch').selectAll().executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    providerName: row.provider_name,
    providerId: row.provider_id,
    branchName: row.branch_name,
    neighbourhood: row.neighbourhood,
    cqcLocationId: row.cqc_location_id,
    isDemo: row.is_demo === 1,
  };
}

/** Whether first-run set-up is still to do. */
export async function setupStatus(deps: BackendDeps): Promise<SetupStatus> {
  const branch = await getBranch(deps);
  return { configured: branch !== null, branch };
}

/**
 * True when the store holds nothing a person entered (so set-up or the demo may fill it). Set-up and the demo ask it
 * inside the transaction that writes their branch row, so two of them fired together cannot both find it empty.
 */
export async function storeIsEmpty(db: BackendDeps['db']): Promise<boolean> {
  const counts = await sql<{
    n: number;
  }>`SELECT (SELECT count(*) FROM branch) + (SELECT count(*) FROM staff) + (SELECT count(*) FROM account) AS n`.execute(
    db,
  );
  return Number(counts.rows[0]?.n ?? 0) === 0;
}

const ALREADY_SET_UP = 'This store already has a branch. Sign in instead.';

/** Insert the branch row (inside the caller's transaction). */
export async function insertBranch(
  deps: BackendDeps,
  db: BackendDeps['db'],
  input: {
    providerName: string;
    providerId: string | null;
    branchName: string;
    neighbourhood: string;
    cqcLocationId: string | null;
    isDemo: boolean;
  },
): Promise<string> {
  const id = deps.ids();
  await db
    .insertInto('branch')
    .values({
      id,
      provider_name: input.providerName,
      provider_id: input.providerId,
      branch_name: input.branchName,
      neighbourhood: input.neighbourhood,
      cqc_location_id: input.cqcLocationId,
      is_demo: input.isDemo ? 1 : 0,
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  return id;
}

/** First run: the branch, the manager's own staff record and account, signed in; all or nothing. */
export async function createBranch(ctx: HandlerContext, input: ParsedSetup): Promise<SessionInfo> {
  const { deps } = ctx;
  if (!(await storeIsEmpty(deps.db))) throw new AppError('CONFLICT', ALREADY_SET_UP);
  assertUncommonPassword(input.manager.password, ['manager', 'password']);
  const passwordHash = await hashPassword(input.manager.password);
  const now = deps.clock.now();
  const accountId = await deps.db.transaction().execute(async (trx) => {
    // Asked again here: the demo (or another set-up) may have filled the store while the password was hashing.
    if (!(await storeIsEmpty(trx))) throw new AppError('CONFLICT', ALREADY_SET_UP);
    const branchId = await insertBranch(deps, trx, { ...input, isDemo: false });
    const staffId = deps.ids();
    await trx
      .insertInto('staff')
      .values({
        id: staffId,
        reference: 'M0001',
        given_name: input.manager.givenName,
        family_name: input.manager.familyName,
        preferred_name: null,
        job_role: 4,
        email: null,
        phone: null,
        start_date: now.toISOString().slice(0, 10),
        status: 'active',
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const id = await insertAccount(trx, deps, {
      username: input.manager.username,
      displayName: `${input.manager.givenName} ${input.manager.familyName}`,
      roles: ['manager'],
      staffId,
      passwordHash,
      mustChangePassword: false,
    });
    await ctx.audit(trx, {
      actor: input.manager.username,
      action: 'setup.createBranch',
      entity: 'branch',
      entityId: branchId,
      outcome: 'success',
    });
    return id;
  });
  ctx.origin.setSessionToken(await startSession(deps, accountId));
  return sessionInfoFor(deps, accountId);
}
