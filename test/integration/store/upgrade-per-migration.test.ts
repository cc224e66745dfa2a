import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureDef } from '@shared/contract/procedure';
import { procedures } from '@shared/contract/procedures';
import { migrations } from '@main/db/migrations';
import { openDatabase } from '@main/db/open-database';
import { demoStoreFile, fillWithDemoRows, rowsOf, type StoreRows } from '@test/fixtures/stores/older-stores';
import { storeAt } from '@test/fixtures/stores/store-files';
import { openTestBackend } from '@test/fixtures/test-backend';
import { stressSample } from '@test/fixtures/stress-sample';

// A store made by each earlier release and holding data, upgraded by this one: every row it held is still there with
// the same values, and the services read the upgraded store. A new migration is covered as soon as it is listed.

const dir = mkdtempSync(join(tmpdir(), 'nh-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Building the demo branch that fills every table takes tens of seconds on a busy machine: once, before the tests.
beforeAll(() => demoStoreFile(), 240_000);
const names = Object.keys(migrations);

// What a migration changes on purpose, so that everything else must stay exactly as it was: 0014-pay moves the
// seeded Living Wage rows (ids 01960000-…) from their announcement date to their implementation date and adds the
// statutory youth rates beside them. A branch's own pay policy rows are compared like any other row.
const SEEDED_PAY_VALUE = '"01960000-0000-7000-8000-';
// rowsOf gives each row as a JSON array of its columns in name order: benchmark, created_at, effective_from, id, …
function withoutSeededPayValues(rows: StoreRows): StoreRows {
  const values = rows.pay_policy_value;
  if (!values) return rows;
  return { ...rows, pay_policy_value: values.filter((row) => !row.includes(SEEDED_PAY_VALUE)) };
}
function seededPayValues(rows: StoreRows): string[] {
  return (rows.pay_policy_value ?? [])
    .filter((row) => row.includes(SEEDED_PAY_VALUE))
    .map((row) => JSON.parse(row) as unknown[])
    .map(([benchmark, , from, , , pence]) => `${String(benchmark)} ${String(from)} ${String(pence)}`);
}

// CI's date-shifted second run (test/fixtures/stress-sample.ts) takes every third release, with the oldest and the one
// before this: no migration reads the clock, and what does (the demo rows' dates, the services reading the upgraded
// store) is met on each release it takes. The first run takes every release.
const every = stressSample({ full: 1, shifted: 3 });
const releases = names.slice(0, -1).filter((_, i, all) => i % every === 0 || i === all.length - 1);

describe.each(releases)('a store at %s with data', (version) => {
  it('upgrades to the latest keeping every row, and the services read it', async () => {
    const path = join(dir, `${version}.db`);
    await storeAt(path, version);
    const { tables, rows: before } = await fillWithDemoRows(path);
    expect(before.staff?.length).toBeGreaterThan(0);

    await (await openDatabase(path)).close();

    const raw = new BetterSqlite3(path, { readonly: true });
    const history = raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all();
    const after = rowsOf(raw, tables);
    raw.close();
    expect(history).toEqual(names.map((name) => ({ name })));
    expect(withoutSeededPayValues(after)).toEqual(withoutSeededPayValues(before));
    if (before.pay_policy_value)
      expect(seededPayValues(after)).toEqual([
        'band3_equivalent 2025-04-01 1275',
        'london_living_wage 2025-05-01 1385',
        'london_living_wage 2026-05-01 1480',
        'national_living_wage 2025-04-01 1221',
        'national_living_wage 2026-04-01 1271',
        'national_minimum_wage_18_20 2025-04-01 1000',
        'national_minimum_wage_18_20 2026-04-01 1085',
        'national_minimum_wage_under_18 2025-04-01 755',
        'national_minimum_wage_under_18 2026-04-01 800',
        'real_living_wage 2025-05-01 1260',
        'real_living_wage 2026-05-01 1345',
      ]);

    const tb = await openTestBackend({ dbPath: path });
    try {
      const manager = await tb.signedIn('manager');
      const staff = await manager.ok('staff.list', { status: null, limit: 10_000 });
      expect(staff.total).toBe(before.staff?.length);
      // Every read a manager may make that needs no more than a staff id: none may fail inside the backend.
      const staffId = staff.rows[0]!.id;
      const internal: string[] = [];
      for (const [name, def] of Object.entries(procedures) as [string, ProcedureDef][]) {
        if (def.mutation || !def.roles.includes('manager')) continue;
        const input = [{}, { id: staffId }, { staffId }].find((candidate) => def.input.safeParse(candidate).success);
        if (!input) continue;
        const result = await manager.raw(name, input);
        if (!result.ok && result.error.code === 'INTERNAL') internal.push(`${name}: ${result.error.message}`);
      }
      expect(internal).toEqual([]);
    } finally {
      await tb.close();
    }
  });
});
