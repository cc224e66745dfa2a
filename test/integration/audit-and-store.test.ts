import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, StoreOpenError } from '@main/db/open-database';
import { recoverManager } from '@main/services/accounts/recover-manager';
import { anAccount, openBranch, someStaff } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await tb?.close();
  tb = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nh-store-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};

describe('audit log', () => {
  it('records every mutation with who, what, which record and outcome, including refused ones', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    await anAccount(tb, 'worker');
    const manager = await tb.signedIn('manager');
    const created = await manager.ok('staff.create', {
      reference: 'AUD-1',
      givenName: 'Ann',
      familyName: 'Audit',
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2025-05-01',
    });
    await manager.call('staff.create', {
      reference: 'AUD-1',
      givenName: 'Dup',
      familyName: 'Licate',
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2025-05-01',
    });
    const worker = await tb.signedIn('worker');
    await worker.call('staff.archive', { id: created.id, archived: true });
    const entries = await manager.ok('audit.list', { limit: 10 });
    expect(entries.find((e) => e.action === 'staff.create' && e.outcome === 'success')).toMatchObject({
      actor: 'manager',
      entity: 'staff',
      entityId: created.id,
    });
    expect(entries.find((e) => e.action === 'staff.create' && e.outcome === 'failure')).toMatchObject({
      actor: 'manager',
    });
    expect(entries.find((e) => e.action === 'staff.archive')).toMatchObject({ actor: 'worker', outcome: 'denied' });
  });

  it('refuses edits and deletions of entries at the store level', async () => {
    // Setting up the branch leaves the log's first entry.
    tb = await openBranch();
    expect(() => tb?.backend.store.raw.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    );
    expect(() => tb?.backend.store.raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('verifies the chain, and finds the first entry altered behind the app’s back', async () => {
    tb = await openBranch();
    await someStaff(tb, 3);
    await anAccount(tb, 'manager');
    const manager = await tb.signedIn('manager');
    expect(await manager.ok('audit.verify', {})).toMatchObject({ ok: true, firstBrokenSeq: null });
    const raw = tb.backend.store.raw;
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET detail = 'rewritten' WHERE seq = 3").run();
    expect(await manager.ok('audit.verify', {})).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });
});

describe('the store', () => {
  it('opens with WAL, full sync and foreign keys on, every migration applied', async () => {
    const store = await openDatabase(tempDb());
    expect(store.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['branch', 'staff', 'account', 'session', 'audit_log']),
    );
    await store.close();
  });

  it('refuses to open a store written by a newer app, and leaves it untouched', async () => {
    const path = tempDb();
    const store = await openDatabase(path);
    store.raw
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01')")
      .run();
    await store.close();
    await expect(openDatabase(path)).rejects.toThrow(StoreOpenError);
    await expect(openDatabase(path)).rejects.toThrow(/newer version/);
  });

  it('rejects bad rows with its own CHECK constraints even if a service let them through', async () => {
    tb = await openBranch();
    const insert = () =>
      tb?.backend.store.raw
        .prepare(
          'INSERT INTO staff (id, reference, given_name, family_name, job_role, start_date, status, ' +
            "created_at, updated_at) VALUES ('x', 'R', 'A', 'B', 999, '2020-01-01', 'active', '', '')",
        )
        .run();
    expect(insert).toThrow(/CHECK constraint/);
  });
});

describe('last-manager recovery', () => {
  it('re-enables the manager with a one-time password, audited as cli', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const result = await recoverManager(tb.backend.deps, null);
    const client = tb.client();
    const session = await client.ok('auth.signIn', { username: result.username, password: result.temporaryPassword });
    expect(session.mustChangePassword).toBe(true);
    const entries = tb.backend.store.raw
      .prepare("SELECT actor FROM audit_log WHERE action = 'accounts.recoverManager'")
      .all();
    expect(entries).toEqual([{ actor: 'cli' }]);
  });

  it('runs from the command line against a store file', async () => {
    const path = tempDb();
    tb = await openBranch({ dbPath: path });
    await anAccount(tb, 'manager');
    await tb.close();
    tb = undefined;
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'main/cli/recover-manager.ts', '--db', path], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/Manager "manager" can now sign in once with: \w+-\w+-\w+-\w+/);
  });
});
