import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '@main/db/migrations';
import { openDatabase, StoreOpenError } from '@main/db/open-database';
import { schemaOf } from '@main/db/store-inspection';
import { EXAMPLE_MIGRATION_NAME } from '@test/fixtures/stores/example-job-role-migration';
import { demoStoreFile, fillWithDemoRows, rowsOf } from '@test/fixtures/stores/older-stores';
import { storeAt } from '@test/fixtures/stores/store-files';
import { withExampleRebuild } from '@test/fixtures/stores/upgrade-scenarios';

// A code list that grows (here ASC-WDS job roles) lives in a frozen CHECK; adding a code is a migration that rebuilds
// the table with the longer list. On a store full of data it must keep every row and change nothing but the list.

const dir = mkdtempSync(join(tmpdir(), 'nh-code-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Building the demo branch that fills every table takes tens of seconds on a busy machine: once, before the tests.
beforeAll(() => demoStoreFile(), 240_000);
const LATEST = Object.keys(migrations).at(-1)!;

const definition = (raw: BetterSqlite3.Database, table: string) =>
  (raw.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql
    .replace(/\s+/g, '')
    .replace(/^CREATETABLE"?(\w+)"?/, 'CREATE TABLE $1');
const insertStaff = (raw: BetterSqlite3.Database, id: string, jobRole: number) =>
  raw
    .prepare(
      'INSERT INTO staff (id, reference, given_name, family_name, job_role, start_date, status, created_at, ' +
        "updated_at) VALUES (?, ?, 'New', 'Role', ?, '2026-11-23', 'active', 'now', 'now')",
    )
    .run(id, id, jobRole);

describe('adding a code to a list a frozen CHECK holds', () => {
  it('rebuilds the tables with the longer list, keeping every row and every other part of the schema', async () => {
    const path = join(dir, 'store.db');
    await storeAt(path, LATEST);
    const { tables, rows: before } = await fillWithDemoRows(path);
    const raw = new BetterSqlite3(path, { readonly: true });
    const schemaBefore = schemaOf(raw);
    const staffBefore = definition(raw, 'staff');
    const requirementBefore = definition(raw, 'training_requirement');
    raw.close();
    expect(before.staff?.length).toBeGreaterThan(100);
    expect(before.training_requirement?.length).toBeGreaterThan(0);

    const store = await openDatabase(path, { migrations: withExampleRebuild });
    const after = store.raw;
    expect(rowsOf(after, tables)).toEqual(before);
    expect(schemaOf(after)).toEqual(schemaBefore);
    // The definitions differ by the one new code and nothing else.
    expect(definition(after, 'staff')).toBe(staffBefore.replace('51,52)', '51,52,53)'));
    expect(definition(after, 'training_requirement')).toBe(requirementBefore.replace('51,52)', '51,52,53)'));
    expect(after.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(after.pragma('foreign_key_check')).toEqual([]);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');

    // The database still guards the list: the new code goes in, an unknown one does not.
    expect(() => insertStaff(after, 'staff-role-53', 53)).not.toThrow();
    expect(() => insertStaff(after, 'staff-role-54', 54)).toThrow(/CHECK constraint failed/);
    await store.close();
  });

  it('fails without changing anything when a row would break a reference', async () => {
    const path = join(dir, 'orphan.db');
    await storeAt(path, LATEST);
    await fillWithDemoRows(path);
    // A staff row pointing at an employer that is not there: the rebuild copies it, the check before commit refuses.
    const raw = new BetterSqlite3(path);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("UPDATE staff SET employer_id = 'no-such-employer' WHERE rowid = (SELECT min(rowid) FROM staff)").run();
    const before = rowsOf(raw, new Map([['staff', ['id', 'employer_id', 'job_role']]]));
    raw.close();

    const error = await openDatabase(path, { migrations: withExampleRebuild }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).message).toMatch(
      new RegExp(`step ${EXAMPLE_MIGRATION_NAME} failed: 1 rows would point at missing records .*left as it was`),
    );
    const check = new BetterSqlite3(path, { readonly: true });
    expect(
      check.prepare('SELECT count(*) AS n FROM kysely_migration WHERE name = ?').get(EXAMPLE_MIGRATION_NAME),
    ).toEqual({ n: 0 });
    expect(rowsOf(check, new Map([['staff', ['id', 'employer_id', 'job_role']]]))).toEqual(before);
    check.close();
  });
});
