import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrations } from '@main/db/migrations';
import type { Database } from '@main/db/schema';

describe('migration 0011-sync-outbox', () => {
  it('upgrades a store from the version before it, keeping its data, and refuses a bad outbox row', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.pragma('foreign_keys = ON');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
    const names = Object.keys(migrations).sort();
    const previous = names[names.indexOf('0011-sync-outbox') - 1] as string;
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();
    await db
      .insertInto('setting')
      .values({ key: 'sync.councilUrl', value_json: '"https://council.example/"', updated_at: 'x' })
      .execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(
      await db.selectFrom('setting').select('value_json').where('key', '=', 'sync.councilUrl').executeTakeFirst(),
    ).toEqual({
      value_json: '"https://council.example/"',
    });
    const row = {
      summary_id: '019ae3c0-0000-7000-8000-000000000001',
      period_kind: 'week' as const,
      period_start: '2026-11-30',
      body_json: '{}',
      state: 'waiting' as const,
      attempts: 0,
      next_attempt_at: null,
      last_status: null,
      last_error: null,
      enqueued_at: '2026-12-07T10:00:00.000Z',
      sent_at: null,
      council_received_at: null,
    };
    await db.insertInto('sync_outbox').values(row).execute();
    // The database is the last line of defence: a sent item needs its time, a parked one its reason, ids are unique.
    await expect(db.insertInto('sync_outbox').values(row).execute()).rejects.toThrow(/UNIQUE/);
    await expect(
      db
        .insertInto('sync_outbox')
        .values({ ...row, summary_id: row.summary_id.replace('1', '2'), state: 'sent' })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await expect(
      db
        .insertInto('sync_outbox')
        .values({ ...row, summary_id: row.summary_id.replace('1', '3'), state: 'parked' })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await db.destroy();
  });
});
