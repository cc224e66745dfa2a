import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/contract/errors';
import type { BackupFile, BackupKind } from '@shared/domain/backup/backup';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import { APP_VERSION } from '@main/platform/app-version';
import { writeFileAtomically } from '@main/platform/atomic-file';
import type { BackendDeps } from '@main/rpc/context';
import { BACKUP_EXTENSION, backupFilesIn, folderProblem, prepareBackupFolder } from './backup-folder';
import { readBackupHeader, sealBackup, type BackupHeader } from './backup-format';
import { checkSnapshot, serializeStore, SnapshotProblem } from './store-snapshot';

/** What backups need from the backend. */
export type BackupDeps = Pick<BackendDeps, 'store' | 'keys' | 'clock'>;

/**
 * Back up the store into `folder`: a consistent snapshot (serializeStore), checked, encrypted with the backup key and
 * written atomically. Returns the file as it will be listed.
 */
export function makeBackup(deps: BackupDeps, folder: string, kind: BackupKind): BackupFile {
  prepareBackupFolder(folder);
  const snapshot = serializeStore(deps.store.raw());
  let facts;
  try {
    facts = checkSnapshot(snapshot);
  } catch (error) {
    if (!(error instanceof SnapshotProblem)) throw error;
    throw new AppError('CONFLICT', `No backup was made: ${error.message}. Restore the latest good backup.`);
  }
  const now = deps.clock.now();
  const createdAt = now.toISOString();
  const sealed = sealBackup(
    snapshot,
    {
      createdAt,
      kind,
      appVersion: APP_VERSION,
      schema: facts.schema,
      branchId: facts.branchId,
      auditHead: facts.auditHead,
    },
    deps.keys.key('backup'),
  );
  const path = freeName(folder, kind, now);
  try {
    writeFileAtomically(path, sealed);
  } catch (error) {
    throw AppError.field(['folder'], folderProblem(error));
  }
  return { path, createdAt, kind, appVersion: APP_VERSION, auditHead: facts.auditHead, bytes: sealed.length };
}

/** The name a backup made at `at` gets: its kind and London date and time, so files sort and read by when. */
export function backupName(kind: BackupKind, at: Date, counter = 1): string {
  const minute = londonMinute(at);
  const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}`;
  const seconds = String(at.getUTCSeconds()).padStart(2, '0');
  const suffix = counter > 1 ? `-${counter}` : '';
  return `neighbourhood-hub-${kind}-${londonDate(at)}-${clock}${seconds}${suffix}${BACKUP_EXTENSION}`;
}

function freeName(folder: string, kind: BackupKind, at: Date): string {
  for (let counter = 1; ; counter++) {
    const path = join(folder, backupName(kind, at, counter));
    if (!existsSync(path)) return path;
  }
}

// Headers are small; reading this much of a file is enough to list it without reading the whole store.
const HEADER_READ_BYTES = 70 * 1024;

/** The header of a backup file, reading only its front; null when it is not a readable backup. */
export function headerOfFile(path: string): { header: BackupHeader; bytes: number } | null {
  try {
    const bytes = statSync(path).size;
    const fd = openSync(path, 'r');
    try {
      const front = Buffer.alloc(Math.min(bytes, HEADER_READ_BYTES));
      readSync(fd, front, 0, front.length, 0);
      // The front stands in for the whole file here: pad it so the header's own length check passes.
      const padded = front.length < bytes ? Buffer.concat([front, Buffer.alloc(16)]) : front;
      return { header: readBackupHeader(padded).header, bytes };
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** The backups in a folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  const files: BackupFile[] = [];
  for (const path of backupFilesIn(folder)) {
    const read = headerOfFile(path);
    if (!read) continue;
    const { header, bytes } = read;
    files.push({
      path,
      createdAt: header.createdAt,
      kind: header.kind,
      appVersion: header.appVersion,
      auditHead: header.auditHead,
      bytes,
    });
  }
  return files.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
