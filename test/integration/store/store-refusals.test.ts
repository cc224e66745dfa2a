import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '@main/db/migrations';
import { openDatabase, StoreOpenError } from '@main/db/open-database';
import type { StoreRefusal } from '@main/db/store-open-error';
import { alterStore, fileState, interruptMigration, storeAt } from '@test/fixtures/stores/store-files';

// Each store this version must not upgrade is refused with one sentence saying what is wrong and what to do, and is
// left exactly as it was: the store's bytes (so also its journal mode) and its write-ahead log.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempStore = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nh-refusal-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};
const LATEST = Object.keys(migrations).at(-1)!;
const HISTORY_DDL =
  'CREATE TABLE "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);' +
  'CREATE TABLE "kysely_migration_lock" ("id" varchar(255) not null primary key, ' +
  '"is_locked" integer default 0 not null)';

async function expectRefusedUntouched(path: string, refusal: StoreRefusal, sentence: RegExp): Promise<void> {
  const before = fileState(path);
  const error = await openDatabase(path).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StoreOpenError);
  expect((error as StoreOpenError).refusal).toBe(refusal);
  expect((error as StoreOpenError).message).toMatch(sentence);
  // One sentence: it starts with a capital, ends with the one full stop, and names the store.
  expect((error as StoreOpenError).message).toMatch(/^The (store|file) at .+[^.]\.$/);
  expect((error as StoreOpenError).message).toContain(path);
  expect(fileState(path)).toEqual(before);
}

describe('a store from a newer version', () => {
  it('is refused untouched, saying to update the app (also in rollback-journal mode)', async () => {
    const path = tempStore();
    await storeAt(path, LATEST);
    alterStore(
      path,
      'PRAGMA journal_mode = DELETE',
      "INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01T00:00:00.000Z')",
    );
    await expectRefusedUntouched(path, 'newer-version', /newer version .*9999-from-the-future.*update Neighbourhood/);
  });
});

describe('a store an old release left half-upgraded', () => {
  // The old runner committed each statement on its own: a kill after the first statement of any migration left that
  // migration's first table, index or column without its history row.
  // A table rebuild's first step only reads the schema, so a kill there leaves the store as it was (the kill test's
  // rebuild scenario covers rebuilds): the migrations that change the schema from their first statement are tried.
  const firstStepChanges = Object.keys(migrations).filter((name) => migrations[name]?.rebuildsTables !== true);
  it.each(firstStepChanges)('is refused untouched when %s was interrupted', async (name) => {
    const path = tempStore();
    const names = Object.keys(migrations);
    const previous = names[names.indexOf(name) - 1];
    if (previous) await storeAt(path, previous);
    else alterStore(path, 'PRAGMA journal_mode = WAL', HISTORY_DDL);
    await interruptMigration(path, name, 1);
    await expectRefusedUntouched(
      path,
      'half-upgraded',
      new RegExp(`half-upgraded .*step ${name} was interrupted.*restore your latest backup`),
    );
  });

  it('is refused without a checkpoint when its last changes are still in the write-ahead log', async () => {
    const source = tempStore();
    await storeAt(source, '0004-pathway');
    await interruptMigration(source, '0005-people', 3);
    // A copy taken while a writer holds the log open, as a crash leaves it: the newest rows live only in the -wal.
    const writer = new BetterSqlite3(source);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("INSERT INTO setting (key, value_json, updated_at) VALUES ('crash', '1', '2026-11-23T09:00:00.000Z')");
    const path = tempStore();
    copyFileSync(source, path);
    copyFileSync(`${source}-wal`, `${path}-wal`);
    writer.close();
    expect(Object.keys(fileState(path))).toEqual(['store', '-wal']);
    await expectRefusedUntouched(path, 'half-upgraded', /step 0005-people was interrupted/);
  });
});

describe('a store whose upgrade history is out of order', () => {
  it('is refused untouched when a step is missing', async () => {
    const path = tempStore();
    await storeAt(path, LATEST);
    alterStore(path, "DELETE FROM kysely_migration WHERE name = '0003-training'");
    await expectRefusedUntouched(path, 'out-of-order', /0003-training is missing before 0004-pathway.*backup/);
  });

  it('is refused untouched when it records a step this version never made among the ones it did', async () => {
    const path = tempStore();
    await storeAt(path, '0005-people');
    alterStore(
      path,
      "INSERT INTO kysely_migration (name, timestamp) VALUES ('0003a-elsewhere', '2026-01-01T00:00:00.000Z')",
    );
    await expectRefusedUntouched(path, 'out-of-order', /records 0003a-elsewhere, which this version does not know/);
  });
});

describe('a file that is not a store', () => {
  it('is refused untouched when it is another program’s database', async () => {
    const path = tempStore();
    alterStore(path, 'CREATE TABLE recipes (name TEXT)', "INSERT INTO recipes VALUES ('soup')");
    await expectRefusedUntouched(path, 'not-a-store', /not a Neighbourhood Hub store \(it holds other tables\)/);
  });

  it('is refused untouched when it is not a database at all', async () => {
    const path = tempStore();
    writeFileSync(path, 'Minutes of the team meeting, Monday.\n'.repeat(200));
    await expectRefusedUntouched(path, 'not-a-store', /not a Neighbourhood Hub store \(it is not a database at all\)/);
  });
});
