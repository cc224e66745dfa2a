import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '@shared/contract/errors';
import type { BackupContents, RestoreResult } from '@shared/domain/backup/backup';
import { migrations } from '@main/db/migrations';
import { writeFileAtomically, syncFolder } from '@main/platform/atomic-file';
import { detectNetworkShare } from '@main/platform/network-share';
import type { BackendDeps, CallerSession, HandlerContext } from '@main/rpc/context';
import { dirname } from 'node:path';
import { restartAuditWitness } from '../audit/audit-witness';
import { BackupFileError, openBackup } from './backup-format';
import { keyFromPhrase } from './recovery-phrase';
import { checkSnapshot, serializeStore, SnapshotProblem, type SnapshotFacts } from './store-snapshot';

/** A backup opened and checked, ready to restore. */
interface CheckedBackup {
  contents: BackupContents;
  store: Buffer;
}

/**
 * Open a backup with the recovery phrase and check it as a restore would: it decrypts (so the phrase is right and
 * not one byte was changed), it is not from a newer version, it passes integrity_check and foreign_key_check, and it
 * is this branch's. Every refusal is a plain sentence; nothing on this computer changes.
 */
export async function checkBackup(deps: BackendDeps, file: string, phrase: string): Promise<CheckedBackup> {
  const key = keyFromPhrase(phrase);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw AppError.field(['file'], missing ? 'There is no file at this path' : 'This file cannot be read');
  }
  let opened;
  try {
    opened = openBackup(bytes, key);
  } catch (error) {
    if (!(error instanceof BackupFileError)) throw error;
    throw AppError.field([error.problem === 'wrong-key' ? 'phrase' : 'file'], error.message);
  }
  const { header, store } = opened;
  let facts: SnapshotFacts;
  try {
    facts = checkSnapshot(store);
  } catch (error) {
    if (!(error instanceof SnapshotProblem)) throw error;
    throw AppError.field(['file'], `This backup cannot be restored: ${error.message}.`);
  }
  const known = Object.keys(migrations);
  if (facts.history.some((name) => !known.includes(name)))
    throw AppError.field(
      ['file'],
      'This backup was made by a newer version of Neighbourhood Hub. Update the app on this computer first.',
    );
  const live = await deps.db.selectFrom('branch').select('id').executeTakeFirst();
  if (live && facts.branchId !== null && facts.branchId !== live.id)
    throw AppError.field(
      ['file'],
      `This backup is of another branch (${facts.branchName ?? 'unnamed'}), not this one.`,
    );
  return {
    contents: {
      file,
      createdAt: header.createdAt,
      kind: header.kind,
      appVersion: header.appVersion,
      branchName: facts.branchName,
      auditHead: facts.auditHead,
      counts: facts.counts,
    },
    store,
  };
}

/** The name the replaced store is kept under: beside it, stamped with when it was replaced. */
export function asidePath(storePath: string, at: Date): string {
  return `${storePath}.replaced-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Restore a backup over the live store. Checked again first (the file may have changed since the manager looked).
 * Then: the restored copy has every session ended but the restoring manager's (withSessionsEnded); the live store is
 * copied aside; the copy is written beside the store and renamed over it in one step, so a kill leaves the old
 * store or the new, never neither. The audit witness starts again from the restored log, and an entry says so.
 */
export async function restoreBackup(ctx: HandlerContext, file: string, phrase: string): Promise<RestoreResult> {
  const deps = ctx.deps;
  const storePath = deps.paths.storePath;
  if (storePath === ':memory:')
    throw new AppError('CONFLICT', 'This store is held in memory only, so there is no file to restore over.');
  const share = detectNetworkShare(dirname(storePath));
  if (share !== null) throw new AppError('CONFLICT', `The store is on a network share (${share}); move it first.`);
  const { contents, store } = await checkBackup(deps, file, phrase);
  const now = deps.clock.now();
  const prepared = withSessionsEnded(store, now, ctx.caller);
  const aside = asidePath(storePath, now);
  const incoming = `${storePath}.restoring`;
  writeFileAtomically(aside, serializeStore(deps.store.raw()));
  writeFileAtomically(incoming, prepared);
  await deps.store.replace(
    () => {
      // A clean close checkpoints and removes the write-ahead log; one left behind would be replayed onto the restored
      // file, so stop rather than rename.
      if (existsSync(`${storePath}-wal`)) throw new Error('the store did not close cleanly (its log is still there)');
      rmSync(`${storePath}-shm`, { force: true });
      renameSync(incoming, storePath);
      syncFolder(dirname(storePath));
    },
    () => {
      // Before the rename the old store is still in place; after it, put the copy kept aside back.
      if (existsSync(incoming)) rmSync(incoming, { force: true });
      else writeFileAtomically(storePath, readFileSync(aside));
    },
  );
  await restartAuditWitness(deps, {
    action: 'backup.restored',
    detail: `restored the backup of ${contents.createdAt}; the store it replaced is kept beside it`,
  });
  return { restored: contents, keptAside: aside };
}

/**
 * The restored copy with every session ended (everyone signs in again, against the accounts it holds), except the
 * restoring manager's own when their account is in it, still enabled and still a manager's, so they stay on the page.
 */
function withSessionsEnded(image: Buffer, now: Date, keep: CallerSession | null): Buffer {
  const copy = new BetterSqlite3(image);
  try {
    const at = now.toISOString();
    copy.prepare('UPDATE session SET ended_at = ? WHERE ended_at IS NULL').run(at);
    const kiosk = copy.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'kiosk_session'").get();
    if (kiosk)
      copy.prepare("UPDATE kiosk_session SET ended_at = ?, ended_by = 'restore' WHERE ended_at IS NULL").run(at);
    const stillManager =
      keep !== null &&
      copy
        .prepare(
          `SELECT 1 FROM account JOIN account_role ON account_role.account_id = account.id
           WHERE account.id = ? AND account.disabled = 0 AND account_role.role = 'manager'`,
        )
        .get(keep.accountId) !== undefined;
    if (keep !== null && stillManager)
      copy
        .prepare(
          `INSERT INTO session (token_hash, account_id, created_at, last_activity_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (token_hash) DO UPDATE SET ended_at = NULL, last_activity_at = excluded.last_activity_at`,
        )
        .run(keep.tokenHash, keep.accountId, at, at);
    return copy.serialize();
  } finally {
    copy.close();
  }
}
