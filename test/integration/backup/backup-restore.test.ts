import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@main/db/open-database';
import { migrations } from '@main/db/migrations';
import { makeBackup } from '@main/services/backup/backup-service';
import { phraseFromKey } from '@main/services/backup/recovery-phrase';
import { aPerson, aStaffMember, openBranch, signedInAs } from '@test/fixtures/builders';
import { openTestBackend, TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// A backup taken through the manager's page restores to exactly what the store held when it was made; a file that
// was changed, opened with the wrong phrase, or made by a newer version is refused and the store stays as it was.

const dirs: string[] = [];
const open: TestBackend[] = [];
afterEach(async () => {
  for (const tb of open.splice(0)) await tb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nh-backup-'));
  dirs.push(dir);
  return dir;
}

interface Setup {
  tb: TestBackend;
  manager: TestClient;
  managerName: string;
  phrase: string;
  folder: string;
}

async function branchWithData(): Promise<Setup> {
  const dir = tempDir();
  const tb = await openBranch({ dbPath: join(dir, 'store.db') });
  open.push(tb);
  const { client: manager, username } = await signedInAs(tb, 'manager');
  await aStaffMember(tb);
  await aStaffMember(tb);
  await aPerson(tb);
  await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
  const { phrase } = await manager.ok('backup.showPhrase', {});
  return { tb, manager, managerName: username, phrase, folder: join(dir, 'backups') };
}

// Every row of every table, in a stable order: what "nothing changed" and "every row kept" are checked against.
function dump(tb: TestBackend): Record<string, unknown[]> {
  const raw = tb.backend.store.raw;
  const tables = raw
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    // Sorted by content: some tables have no rowid. The audit log is kept in its own order (seq), which matters.
    tables.map(({ name }) => {
      const rows = raw.prepare(`SELECT * FROM "${name}"`).all();
      if (name === 'audit_log') return [name, (rows as { seq: number }[]).sort((a, b) => a.seq - b.seq)];
      return [name, rows.map((row) => JSON.stringify(row)).sort()];
    }),
  );
}

describe('backup and restore', () => {
  it('restores every row the store held when the backup was made, keeping the replaced store aside', async () => {
    const { tb, manager, managerName, phrase, folder } = await branchWithData();
    const { client: coordinator } = await signedInAs(tb, 'coordinator');
    const backup = await manager.ok('backup.now', { folder });
    // The backup holds the log up to its printed head (backup.now's own entry is written once the backup is made).
    const atBackup = dump(tb);
    atBackup.audit_log = (atBackup.audit_log as { seq: number }[]).filter((row) => row.seq <= backup.auditHead!.seq);
    // Work done after the backup, which the restore takes away (and the store kept aside still has).
    const later = await aStaffMember(tb, { givenName: 'Afterwards' });

    const contents = await manager.ok('backup.check', { file: backup.path, phrase });
    expect(contents).toMatchObject({
      createdAt: backup.createdAt,
      branchName: 'Test Neighbourhood Hub',
      // Two staff, and the manager's and the coordinator's own records.
      counts: { staff: 4, people: 1 },
      auditHead: backup.auditHead,
    });
    const result = await manager.ok('backup.restore', { file: backup.path, phrase });

    const restored = dump(tb);
    for (const [table, rows] of Object.entries(atBackup)) {
      if (table === 'session' || table === 'audit_log') continue;
      expect(restored[table], table).toEqual(rows);
    }
    // The log keeps every entry it had, then says it was restored (and by whom).
    expect(restored.audit_log!.slice(0, atBackup.audit_log!.length)).toEqual(atBackup.audit_log);
    expect(restored.audit_log!.slice(atBackup.audit_log!.length)).toMatchObject([
      { action: 'backup.restored', actor: 'system' },
      { action: 'backup.restore', actor: managerName, outcome: 'success' },
    ]);
    // Everyone else signs in again; the manager stays on the page. The log verifies from its new end.
    expect((await coordinator.call('staff.list', {})).ok).toBe(false);
    expect(await manager.ok('audit.verify', {})).toMatchObject({ ok: true });
    expect(await manager.ok('audit.verify', { head: backup.auditHead })).toMatchObject({ ok: true });

    const aside = new BetterSqlite3(result.keptAside, { readonly: true });
    expect(aside.prepare('SELECT count(*) AS n FROM staff WHERE id = ?').get(later.id)).toEqual({ n: 1 });
    aside.close();
  });

  it('writes backups that hold no readable personal data', async () => {
    const { manager, folder } = await branchWithData();
    const backup = await manager.ok('backup.now', { folder });
    const bytes = readFileSync(backup.path);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Test Neighbourhood Hub'))).toBe(false);
  });

  it('refuses a changed or cut-short file, and a wrong phrase, and leaves the store as it was', async () => {
    const { tb, manager, phrase, folder } = await branchWithData();
    const backup = await manager.ok('backup.now', { folder });
    const bytes = readFileSync(backup.path);
    const tampered = join(folder, 'tampered.nhbackup');
    const flipped = Buffer.from(bytes);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 100) ^ 1, flipped.length - 100);
    writeFileSync(tampered, flipped);
    const truncated = join(folder, 'truncated.nhbackup');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 5000));
    const before = dump(tb);
    const beforeAudit = before.audit_log!.length;

    const refusals = [
      { file: tampered, phrase, at: 'file', says: /changed or damaged/ },
      { file: truncated, phrase, at: 'file', says: /changed or damaged/ },
      { file: backup.path, phrase: phraseFromKey(Buffer.alloc(32, 7)), at: 'phrase', says: /different one/ },
      { file: backup.path, phrase: 'not a phrase', at: 'phrase', says: /52 letters/ },
      { file: join(folder, 'missing.nhbackup'), phrase, at: 'file', says: /no file/ },
    ];
    for (const { file, phrase: typed, at, says } of refusals) {
      const answer = await manager.call('backup.restore', { file, phrase: typed });
      expect(answer.ok, file).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.code).toBe('VALIDATION');
      expect(answer.error.issues).toEqual([{ path: [at], message: expect.stringMatching(says) as string }]);
    }
    const after = dump(tb);
    // Only the refused attempts were added to the log; every other row is as it was, and the manager still signed in.
    expect(after.audit_log!.length).toBe(beforeAudit + refusals.length);
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] });
    expect((await manager.call('staff.list', {})).ok).toBe(true);
  });

  it('refuses a backup made by a newer version of the app', async () => {
    const { tb, manager, phrase } = await branchWithData();
    const dir = tempDir();
    // A store a later release made: it records a migration this version does not know.
    const future = await openDatabase(join(dir, 'future.db'), {
      migrations: {
        ...migrations,
        '9999-future': {
          up: async (db) => {
            await sql`CREATE TABLE future (x TEXT)`.execute(db);
          },
        },
      },
    });
    const deps = { store: { raw: () => future.raw, replace: () => Promise.resolve() }, keys: tb.backend.deps.keys };
    const made = makeBackup({ ...deps, clock: tb.clock }, dir, 'manual');
    await future.close();
    const before = dump(tb);

    const answer = await manager.call('backup.restore', { file: made.path, phrase });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.issues?.[0]?.message).toMatch(/newer version of Neighbourhood Hub/);
    expect({ ...dump(tb), audit_log: [] }).toEqual({ ...before, audit_log: [] });
  });

  it('refuses a backup of another branch', async () => {
    const { tb, manager, phrase } = await branchWithData();
    const dir = tempDir();
    const other = await openBranch({ dbPath: join(dir, 'other.db'), seed: 3, branch: { branchName: 'Elsewhere' } });
    open.push(other);
    const deps = { store: other.backend.deps.store, keys: tb.backend.deps.keys, clock: tb.clock };
    const made = makeBackup(deps, dir, 'manual');

    const answer = await manager.call('backup.check', { file: made.path, phrase });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.issues?.[0]?.message).toMatch(/another branch \(Elsewhere\)/);
  });

  it('refuses a backup folder that cannot be written to, saying why', async () => {
    const { manager, folder } = await branchWithData();
    const asFile = join(folder, 'not-a-folder');
    await manager.ok('backup.now', { folder });
    writeFileSync(asFile, 'x');
    for (const [target, says] of [
      ['relative/folder', /full path/],
      [join(asFile, 'inside'), /is a file, not a folder|cannot be written/],
    ] as const) {
      const answer = await manager.call('backup.now', { folder: target });
      expect(answer.ok).toBe(false);
      if (!answer.ok)
        expect(answer.error.issues?.[0]).toMatchObject({
          path: ['folder'],
          message: expect.stringMatching(says) as string,
        });
    }
    expect(existsSync(join(asFile, 'inside'))).toBe(false);
  });

  it('shows the recovery phrase once only, and again only on a computer with another backup key', async () => {
    const { tb, manager, managerName } = await branchWithData();
    const again = await manager.call('backup.showPhrase', {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
    expect((await manager.ok('backup.status', {})).phraseShownAt).not.toBeNull();
    // The store moved to a computer without this key (restored on a new PC): its own phrase has not been shown.
    const storePath = tb.backend.deps.paths.storePath;
    await tb.close();
    open.splice(open.indexOf(tb), 1);
    rmSync(`${storePath}-keys/backup.key`);
    const moved = await openTestBackend({ dbPath: storePath });
    open.push(moved);
    const client = await moved.signedIn(managerName);
    expect((await client.ok('backup.status', {})).phraseShownAt).toBeNull();
  });
});
