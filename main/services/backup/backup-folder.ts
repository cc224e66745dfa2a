import { accessSync, constants, mkdirSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { AppError } from '@shared/contract/errors';
import { detectNetworkShare } from '@main/platform/network-share';

/** How backup files end, so a folder's other files are left alone. */
export const BACKUP_EXTENSION = '.nhbackup';

/** The automatic backups' folder when the schedule names none: beside the store (null for a store in memory). */
export function defaultBackupFolder(storePath: string): string | null {
  return storePath === ':memory:' ? null : `${storePath}-backups`;
}

/**
 * Make sure backups can be written to a folder, or refuse with a plain reason at `field`: it must be a full path, not
 * on a network share, and writable (made, private to the user, if it does not exist yet).
 */
export function prepareBackupFolder(folder: string, field: readonly string[] = ['folder']): void {
  const path = [...field];
  if (!isAbsolute(folder)) throw AppError.field(path, 'Enter the full path of the folder, starting from the drive');
  const share = detectNetworkShare(folder);
  if (share !== null)
    throw AppError.field(
      path,
      `This folder is on a network share (${share}). Choose a folder on this computer or a USB drive.`,
    );
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!statSync(folder).isDirectory()) throw AppError.field(path, 'This is a file, not a folder');
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.field(path, folderProblem(error));
  }
}

/** A plain sentence for why a folder could not be written to. */
export function folderProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
      return 'The drive is full: free some space or choose another folder';
    case 'EROFS':
      return 'This drive cannot be written to (it is read-only): choose another folder';
    case 'EACCES':
    case 'EPERM':
      return 'You are not allowed to write to this folder: choose another folder';
    case 'ENOTDIR':
      return 'Part of this path is a file, not a folder';
    case 'EEXIST':
      return 'This is a file, not a folder';
    default:
      return 'This folder cannot be written to: check the drive is connected, or choose another folder';
  }
}

/** The backup files in a folder (by name; none when it does not exist). */
export function backupFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith(BACKUP_EXTENSION))
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}
