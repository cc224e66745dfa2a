import { chmodSync, closeSync, openSync } from 'node:fs';

// The store holds workers' NI numbers, DBS details and people's care needs: only the user who runs the app may read
// it, whatever the umask, and a store an earlier release created 0644 is tightened when next opened. On Windows the
// mode bits do nothing beyond read-only; there the files inherit the ACL of the user's profile folder (app data),
// which already admits only that user and the administrators, so there is nothing more to do.
const OWNER_ONLY = 0o600;

// SQLite's files beside the store: the write-ahead log, its index, and the rollback journal of a non-WAL store.
const SIDECARS = ['-wal', '-shm', '-journal'];

/** Create the store file readable by the user only (before SQLite creates it with its 0644), or tighten it. */
export function makeStoreFilePrivate(path: string): void {
  try {
    closeSync(openSync(path, 'wx', OWNER_ONLY));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // The umask may have taken bits from the mode above, and an existing file keeps its own: set it outright.
  chmodSync(path, OWNER_ONLY);
}

/**
 * Tighten the files SQLite keeps beside the store. It creates them with the store's own mode, so this matters for
 * those an earlier release left behind (a crash keeps the -wal).
 */
export function makeSidecarsPrivate(path: string): void {
  for (const suffix of SIDECARS) {
    try {
      chmodSync(path + suffix, OWNER_ONLY);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
