import BetterSqlite3 from 'better-sqlite3';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open-database';

// The store holds personal data: it and the files SQLite keeps beside it are readable by the user only, whatever
// the umask, and a store an earlier release made 0644 is tightened the next time it opens.

const onWindows = process.platform === 'win32';
const dirs: string[] = [];
const umask = process.umask();
afterEach(() => {
  process.umask(umask);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempStore = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nh-file-mode-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};
const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);
const filesOf = (path: string) =>
  ['', '-wal', '-shm'].map((suffix) => path + suffix).filter((file) => existsSync(file));

if (onWindows) console.log('Skipping file-mode checks: on Windows the store inherits the profile folder’s ACL.');

describe.skipIf(onWindows)('store file permissions', () => {
  it('creates the store, its -wal and -shm readable by the user only, even with an open umask', async () => {
    process.umask(0o000);
    const path = tempStore();
    const store = await openDatabase(path);
    store.raw.prepare("INSERT INTO setting (key, value_json, updated_at) VALUES ('a', '1', 'now')").run();
    expect(filesOf(path)).toHaveLength(3);
    expect(Object.fromEntries(filesOf(path).map((file) => [file, modeOf(file)]))).toEqual({
      [path]: '600',
      [`${path}-wal`]: '600',
      [`${path}-shm`]: '600',
    });
    await store.close();
  });

  it('tightens a store and a left-over write-ahead log that an earlier release made 0644', async () => {
    const path = tempStore();
    await (await openDatabase(path)).close();
    // A crash left the log behind, both files world-readable as the old release created them.
    const writer = new BetterSqlite3(path);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO setting (key, value_json, updated_at) VALUES ('b', '2', 'now')").run();
    for (const file of filesOf(path)) chmodSync(file, 0o644);
    const store = await openDatabase(path);
    expect(filesOf(path).map(modeOf)).toEqual(['600', '600', '600']);
    expect(store.raw.prepare("SELECT value_json FROM setting WHERE key = 'b'").get()).toEqual({ value_json: '2' });
    await store.close();
    writer.close();
  });
});
