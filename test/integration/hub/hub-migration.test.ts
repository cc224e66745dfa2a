import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrations } from '@main/db/migrations';

// Each migration has an upgrade test from the version before it, with data: 0010 adds the hub's tables to a store
// that already holds accounts and training sessions, and keeps them as they were.
describe('migration 0010-hub', () => {
  it('upgrades a store with data, keeping it, and its claims name exactly one holder', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const migrate = (names: string[]) =>
      new Migrator({
        db,
        provider: {
          getMigrations: () => Promise.resolve(Object.fromEntries(names.map((n) => [n, migrations[n]!]))),
        },
      }).migrateToLatest();
    const before = Object.keys(migrations).filter((name) => name < '0010-hub');
    expect((await migrate(before)).error).toBeUndefined();
    raw
      .prepare(
        `INSERT INTO account (id, username, display_name, staff_id, password_hash, must_change_password, disabled,
          last_sign_in_at, created_at)
         VALUES ('a1', 'visitor', 'Visitor', NULL, '$argon2id$x', 0, 0, NULL, '2026-01-01')`,
      )
      .run();
    const accounts = raw.prepare('SELECT * FROM account').all();

    // Up to 0010 only: later migrations change the account table on purpose (0012 adds a column).
    expect((await migrate(Object.keys(migrations).filter((name) => name <= '0010-hub'))).error).toBeUndefined();
    expect(raw.prepare('SELECT * FROM account').all()).toEqual(accounts);
    const tables = (
      raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'hub_%'").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables.sort()).toEqual([
      'hub_booking',
      'hub_claim',
      'hub_closed_day',
      'hub_floor',
      'hub_opening_hours',
      'hub_organisation',
      'hub_presence',
      'hub_roll_call',
      'hub_roll_call_line',
      'hub_space',
      'hub_visitor',
    ]);
    // The store's own rules back up the services: a claim must name exactly one holder.
    raw
      .prepare(
        `INSERT INTO hub_floor (id, name, position, grid_columns, grid_rows, created_at, updated_at)
      VALUES ('f', 'Ground', 0, 10, 10, 'now', 'now')`,
      )
      .run();
    raw
      .prepare(
        `INSERT INTO hub_space (id, floor_id, name, kind, capacity, has_screen, has_phone, wheelchair_access,
      lockable, grid_x, grid_y, grid_width, grid_height, created_at, updated_at)
      VALUES ('s', 'f', 'Desk', 'desk', 1, 0, 0, 0, 0, 0, 0, 1, 1, 'now', 'now')`,
      )
      .run();
    expect(() =>
      raw.prepare("INSERT INTO hub_claim (space_id, date, half) VALUES ('s', '2026-11-24', 'am')").run(),
    ).toThrow(/CHECK/);
    await db.destroy();
  });
});
