import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { MigrationList } from '@main/db/migration-runner';
import { migrations } from '@main/db/migrations';
import { openDatabase, StoreOpenError } from '@main/db/open-database';
import { schemaOf } from '@main/db/store-inspection';
import { migrationsUpTo } from '@test/fixtures/stores/upgrade-scenarios';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempStore = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nh-runner-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};
const names = Object.keys(migrations);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const historyOf = (path: string) => {
  const raw = new BetterSqlite3(path, { readonly: true });
  const rows = raw.prepare('SELECT name, timestamp FROM kysely_migration ORDER BY timestamp').all();
  const tables = raw
    .prepare("SELECT sql FROM sqlite_schema WHERE name LIKE 'kysely_migration%' ORDER BY name")
    .all() as { sql: string }[];
  const lock = raw.prepare('SELECT * FROM kysely_migration_lock').all();
  raw.close();
  return { rows: rows as { name: string; timestamp: string }[], tables: tables.map((t) => t.sql), lock };
};
// What Kysely's Migrator (the runner of earlier releases) does to a store, on its own connection.
async function withKyselyMigrator<T>(path: string, list: MigrationList, run: (m: Migrator) => Promise<T>) {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
  try {
    return await run(new Migrator({ db, provider: { getMigrations: () => Promise.resolve({ ...list }) } }));
  } finally {
    await db.destroy();
  }
}

describe('the migration runner', () => {
  it('opens and upgrades a store that earlier releases made with Kysely’s Migrator', async () => {
    const path = tempStore();
    await withKyselyMigrator(path, migrationsUpTo('0003-training'), (m) => m.migrateToLatest());
    const before = historyOf(path);

    await (await openDatabase(path)).close();
    const after = historyOf(path);
    expect(after.rows.map((row) => row.name)).toEqual(names);
    expect(after.rows.slice(0, 3)).toEqual(before.rows);
    expect(after.tables).toEqual(before.tables);
    expect(after.lock).toEqual([{ id: 'migration_lock', is_locked: 0 }]);
  });

  it('writes a history that Kysely’s Migrator (an earlier release at the same version) reads as complete', async () => {
    const path = tempStore();
    await (await openDatabase(path, { now: () => new Date('2020-01-01T00:00:00.000Z') })).close();
    const { rows } = historyOf(path);
    // The clock stood still (or went back): each row still comes after the one before, as Kysely orders them.
    expect(rows.map((row) => row.timestamp)).toEqual(
      names.map((_, i) => new Date(Date.parse('2020-01-01T00:00:00.000Z') + i).toISOString()),
    );
    const result = await withKyselyMigrator(path, migrations, (m) => m.migrateToLatest());
    expect(result).toEqual({ results: [] });
  });

  it('applies a migration that fails on the store’s data not at all: it stays at the version before', async () => {
    const path = tempStore();
    await (await openDatabase(path, { migrations: migrationsUpTo('0002-staff-full') })).close();
    const raw = new BetterSqlite3(path);
    raw.exec(
      'INSERT INTO staff (id, reference, given_name, family_name, job_role, start_date, status, created_at, ' +
        "updated_at) VALUES ('s1', 'R1', 'Ada', 'Lovelace', 8, '2024-01-01', 'active', 'now', 'now')",
    );
    const schemaBefore = schemaOf(raw);
    raw.close();
    // Fine on an empty store, so only the store's own row makes it fail, after its first statements ran.
    const failing: MigrationList = {
      ...migrationsUpTo('0002-staff-full'),
      '0003-half-done': {
        async up(db) {
          await sql`CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT`.execute(db);
          await sql`INSERT INTO half_done (id) VALUES ('a')`.execute(db);
          await sql`UPDATE staff SET job_role = 999`.execute(db);
        },
      },
    };

    const error = await openDatabase(path, { migrations: failing }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).message).toMatch(
      /could not be upgraded \(step 0003-half-done failed: CHECK constraint failed: .*\) and was left as it was/,
    );
    const check = new BetterSqlite3(path, { readonly: true });
    expect(schemaOf(check)).toEqual(schemaBefore);
    check.close();
    expect(historyOf(path).rows.map((row) => row.name)).toEqual(['0001-foundation', '0002-staff-full']);
  });

  it('waits for another process’s upgrade instead of applying a migration twice', async () => {
    const path = tempStore();
    await (await openDatabase(path, { migrations: migrationsUpTo('0006-rota') })).close();
    // Another process upgrades the store to 0007 and holds its transaction open a while; this one must wait for it
    // (BEGIN IMMEDIATE), then find 0007 done.
    const other = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1]);
         db.exec('BEGIN IMMEDIATE');
         for (const column of ['started_in_sector', 'delegated_healthcare', 'country_of_birth'])
           db.exec('ALTER TABLE staff ADD COLUMN ' + column + ' INTEGER');
         db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
           .run('0007-staff-ascwds', new Date().toISOString());
         process.stdout.write('upgrading\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
         db.exec('COMMIT');
         db.close();`,
        path,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => other.stdout.once('data', resolve));
    await (await openDatabase(path)).close();
    expect(other.exitCode === null || other.exitCode === 0).toBe(true);
    const raw = new BetterSqlite3(path, { readonly: true });
    // The other process's columns, as it made them (INTEGER without the CHECKs 0007 would have added).
    expect(raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'staff'").get()).toMatchObject({
      sql: expect.stringMatching(/country_of_birth INTEGER[,)]/),
    });
    raw.close();
    expect(historyOf(path).rows.map((row) => row.name)).toEqual(names);
  });
});
