import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Write a file readable by the user only (0600) so that a kill, a full disk or a pulled USB stick leaves the old file
 * or the whole new one, never part of one: written beside it under a temporary name, flushed to disk, then renamed
 * over it (and the folder flushed, so the rename itself survives a power cut).
 */
export function writeFileAtomically(path: string, data: Buffer): void {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** Flush a folder's entries (renames) to disk; not possible on Windows, where the rename is already durable. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
