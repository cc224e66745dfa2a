import { AppError } from '@shared/contract/errors';
import type { TemporaryPassword } from '@shared/domain/auth/accounts';
import type { BackendDeps } from '@main/rpc/context';
import { appendAudit } from '../audit/audit-log';
import { endAccountSessions } from '../auth/sessions';
import { generateTemporaryPassword, hashPassword } from '../auth/passwords';
import { temporaryPasswordExpiry } from '../auth/temporary-passwords';
import { accountBucket } from '../auth/throttle';

/**
 * Command-line recovery when the last manager is locked out: file access to the store on the office PC is the trust
 * boundary. Re-enables a manager account, gives it a one-time password, ends its sessions and clears its sign-in
 * failures; audited as the `cli` actor.
 */
export async function recoverManager(deps: BackendDeps, username: string | null): Promise<TemporaryPassword> {
  const managers = await deps.db
    .selectFrom('account')
    .innerJoin('account_role', 'account_role.account_id', 'account.id')
    .select(['account.id', 'account.username'])
    .where('account_role.role', '=', 'manager')
    .orderBy('account.username')
    .execute();
  if (managers.length === 0) throw new AppError('NOT_FOUND', 'This store has no manager account to recover.');
  const target =
    username === null
      ? managers.length === 1
        ? managers[0]
        : undefined
      : managers.find((m) => m.username === username.toLowerCase());
  if (!target) {
    throw new AppError(
      'VALIDATION',
      `Name the manager to recover with --username (one of: ${managers.map((m) => m.username).join(', ')}).`,
    );
  }
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const issuedAt = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account')
      .set({
        password_hash: passwordHash,
        must_change_password: 1,
        temporary_password_issued_at: issuedAt.toISOString(),
        disabled: 0,
      })
      .where('id', '=', target.id)
      .execute();
    await trx.deleteFrom('auth_attempt').where('account_key', '=', accountBucket(target.id)).execute();
    await appendAudit(trx, deps.keys, deps.clock.now(), {
      actor: 'cli',
      action: 'accounts.recoverManager',
      entity: 'account',
      entityId: target.id,
      outcome: 'success',
    });
  });
  await endAccountSessions(deps, target.id);
  return {
    accountId: target.id,
    username: target.username,
    temporaryPassword,
    expiresAt: await temporaryPasswordExpiry(deps, issuedAt),
  };
}
