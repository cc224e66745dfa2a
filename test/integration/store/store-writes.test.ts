import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, storeWrites, type Store } from '@main/db/open-database';

// What is kept in memory from the store (the board's live check keeps the week it loaded) is reused only while the
// store's count of writes is unchanged, so every way of changing a row must move the count.
describe('the store counts its writes, so nothing kept from it is reused after a change', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openDatabase(':memory:');
  });
  afterEach(async () => store.close());

  const at = '2026-11-23T09:00:00.000Z';
  const aSetting = (key: string) =>
    store.db.insertInto('setting').values({ key, value_json: '1', updated_at: at }).execute();

  it('counts inserts, updates and deletes, and not reads', async () => {
    const start = storeWrites(store.db) ?? -1;
    await store.db.selectFrom('setting').selectAll().execute();
    expect(storeWrites(store.db)).toBe(start);
    await aSetting('a');
    expect(storeWrites(store.db)).toBe(start + 1);
    await store.db.updateTable('setting').set({ value_json: '2' }).where('key', '=', 'a').execute();
    expect(storeWrites(store.db)).toBe(start + 2);
    await store.db.deleteFrom('setting').where('key', '=', 'a').execute();
    expect(storeWrites(store.db)).toBe(start + 3);
  });

  it('counts a write that returns its rows, and one run as compiled SQL', async () => {
    const start = storeWrites(store.db) ?? -1;
    await store.db.insertInto('setting').values({ key: 'b', value_json: '1', updated_at: at }).returningAll().execute();
    expect(storeWrites(store.db)).toBe(start + 1);
    await store.db.executeQuery(CompiledQuery.raw(`UPDATE setting SET value_json = '3' WHERE key = 'b'`));
    expect(storeWrites(store.db)).toBe(start + 2);
  });

  it('counts writes made in a transaction, even one rolled back, and reuses nothing inside one', async () => {
    const start = storeWrites(store.db) ?? -1;
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('setting').values({ key: 'c', value_json: '1', updated_at: at }).execute();
      expect(storeWrites(trx)).toBeNull();
    });
    expect(storeWrites(store.db)).toBe(start + 1);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await trx.insertInto('setting').values({ key: 'd', value_json: '1', updated_at: at }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(storeWrites(store.db)).toBe(start + 2);
  });

  it('does not count a session’s last activity, written on every call', async () => {
    const start = storeWrites(store.db) ?? -1;
    await store.db.updateTable('session').set({ last_activity_at: at }).where('token_hash', '=', 'x').execute();
    expect(storeWrites(store.db)).toBe(start);
  });
});
