import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditHead } from '@main/services/audit/audit-head';
import { chainedFieldsOf, sealedHash, unsealedHash } from '@main/services/audit/audit-seal';
import { verifyAudit } from '@main/services/audit/audit-verify';
import { openTestBackend, TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import { anAccountForEachRole, openBranch, someStaff } from '@test/fixtures/builders';

// The audit chain is sealed with a key kept outside the store, and its end is witnessed outside the store: these
// tests rewrite, cut and reorder the log the ways an attacker holding the store file could, and expect each caught.

let tb: TestBackend | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await tb?.close();
  tb = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nh-audit-'));
  dirs.push(dir);
  return join(dir, 'store.db');
};

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
  outcome: string;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** What someone editing the store file does first: lift the append-only triggers. */
function unguard(raw: BetterSqlite3.Database): void {
  for (const trigger of ['audit_log_no_update', 'audit_log_no_delete', 'audit_seal_no_update', 'audit_seal_no_delete'])
    raw.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
}

/**
 * Change entry `from` and re-chain it and every later entry with `hashOf`, each hash recomputed from the new previous
 * one: a rewrite that passes an unkeyed chain.
 */
function rewriteFrom(raw: BetterSqlite3.Database, from: number, hashOf: (prev: string, row: Row) => string): void {
  unguard(raw);
  const rows = raw.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(from) as Row[];
  let prev = (raw.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(from - 1) as { hash: string }).hash;
  const update = raw.prepare('UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const changed = { ...row, detail: row.seq === from ? 'nothing happened here' : row.detail };
    const hash = hashOf(prev, changed);
    update.run(changed.detail, prev, hash, row.seq);
    prev = hash;
  }
}
const unkeyed = (prev: string, row: Row) => unsealedHash(prev, chainedFieldsOf(row));

/** A branch of its own with an account for each role and enough staff that the log runs past 50 entries. */
async function aBranchWithFiftyEntries(): Promise<TestBackend> {
  const branch = await openBranch();
  await anAccountForEachRole(branch);
  await someStaff(branch, 45);
  return branch;
}

/** A branch with a few dozen audit entries, on a store file with its key folder and witness beside it. */
async function storeOnDisk(): Promise<{ path: string; entries: number }> {
  const path = tempDb();
  tb = await openTestBackend({ dbPath: path });
  const client = tb.client();
  await client.ok('setup.createBranch', {
    providerName: 'Audit Test Care',
    providerId: null,
    branchName: 'Audit Test Branch',
    neighbourhood: 'Catford',
    cqcLocationId: null,
    manager: {
      givenName: 'Mo',
      familyName: 'Manager',
      username: 'mo.manager',
      password: TEST_PASSWORD,
    },
  });
  for (let i = 0; i < 70; i += 1)
    await client.ok('staff.create', {
      reference: `AUD-${i}`,
      givenName: 'Ann',
      familyName: `Audit ${i}`,
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2025-05-01',
    });
  await tb.close();
  tb = undefined;
  const raw = new BetterSqlite3(path);
  const entries = (raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  raw.close();
  return { path, entries };
}

/** Reopen a store file as the app would (with ids of its own), and verify its log. */
async function verifyOnDisk(path: string) {
  tb = await openTestBackend({ dbPath: path, seed: 99 });
  return verifyAudit(tb.backend.deps);
}

describe('the sealed audit chain', () => {
  it('seals every entry with the key kept outside the store; its head is the last entry and checks', async () => {
    tb = await aBranchWithFiftyEntries();
    const manager = await tb.signedIn('manager');
    const verification = await manager.ok('audit.verify', {});
    expect(verification).toMatchObject({ ok: true, problem: null, sealedFromSeq: 1, firstBrokenSeq: null });
    const head = await auditHead(tb.backend.deps.db, tb.backend.deps.keys);
    const last = tb.backend.store.raw.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Row;
    expect(head).toEqual({ seq: last.seq, hash: last.hash, at: last.at, sealed: true });
    // Not the unkeyed hash anyone could recompute.
    expect(last.hash).not.toBe(unkeyed(last.prev_hash, last));
    expect(await manager.ok('audit.verify', { head: { seq: head!.seq, hash: head!.hash } })).toMatchObject({
      ok: true,
    });
    expect(await manager.ok('audit.verify', { head: { seq: head!.seq, hash: 'f'.repeat(64) } })).toMatchObject({
      ok: false,
      problem: 'head_mismatch',
      firstBrokenSeq: head!.seq,
    });
  });

  it('finds a rewrite from a row onwards with every later hash recomputed', async () => {
    tb = await aBranchWithFiftyEntries();
    const raw = tb.backend.store.raw;
    rewriteFrom(raw, 40, unkeyed);
    expect(await verifyAudit(tb.backend.deps)).toMatchObject({ ok: false, problem: 'altered', firstBrokenSeq: 40 });
  });

  it('finds a rewrite made with the store file alone: its own key, or the seal point moved past the end', async () => {
    const { path, entries } = await storeOnDisk();
    let raw = new BetterSqlite3(path);
    const anotherKey = randomBytes(32);
    rewriteFrom(raw, 30, (prev, row) => sealedHash(anotherKey, prev, row.seq, chainedFieldsOf(row)));
    raw.close();
    expect(await verifyOnDisk(path)).toMatchObject({ ok: false, problem: 'altered', firstBrokenSeq: 30 });
    await tb?.close();
    tb = undefined;

    // Passing every entry off as written before sealing began, so that unkeyed hashes would do.
    raw = new BetterSqlite3(path);
    raw.prepare('UPDATE audit_seal SET sealed_from_seq = ?').run(entries + 1);
    rewriteFrom(raw, 30, unkeyed);
    raw.close();
    expect(await verifyOnDisk(path)).toMatchObject({ ok: false, problem: 'altered' });
  });

  it('finds the last 50 entries cut off, even after the app has written more', async () => {
    const { path, entries } = await storeOnDisk();
    const raw = new BetterSqlite3(path);
    unguard(raw);
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(entries - 50);
    raw.close();
    expect(await verifyOnDisk(path)).toMatchObject({
      ok: false,
      problem: 'cut_off',
      firstBrokenSeq: entries - 49,
      witnessedSeq: entries,
    });
    // The app carries on, writing new entries over the gap: the witness does not follow them, and the check says so.
    const manager = await tb!.signedIn('mo.manager');
    for (let i = 0; i < 60; i += 1)
      await manager.ok('staff.create', {
        reference: `AFTER-${i}`,
        givenName: 'Bea',
        familyName: `After ${i}`,
        preferredName: null,
        jobRole: 8,
        email: null,
        phone: null,
        startDate: '2025-05-01',
      });
    expect(await manager.ok('audit.verify', {})).toMatchObject({
      ok: false,
      problem: 'diverged',
      firstBrokenSeq: entries,
    });
  });

  it('finds entries reordered, whether moved whole or re-chained after moving', async () => {
    tb = await aBranchWithFiftyEntries();
    const raw = tb.backend.store.raw;
    unguard(raw);
    // Swap entries 20 and 21 as they are.
    raw.exec('UPDATE audit_log SET seq = -1 WHERE seq = 20; UPDATE audit_log SET seq = 20 WHERE seq = 21;');
    raw.exec('UPDATE audit_log SET seq = 21 WHERE seq = -1');
    expect(await verifyAudit(tb.backend.deps)).toMatchObject({ ok: false, problem: 'altered', firstBrokenSeq: 20 });
    // Then re-chain from the swap with recomputed (unkeyed) hashes.
    rewriteFrom(raw, 20, unkeyed);
    expect(await verifyAudit(tb.backend.deps)).toMatchObject({ ok: false, problem: 'altered', firstBrokenSeq: 20 });
  });

  it('says plainly when the store was moved without its key, or the witness beside it was edited', async () => {
    const { path } = await storeOnDisk();
    rmSync(`${path}-keys`, { recursive: true, force: true });
    expect(await verifyOnDisk(path)).toMatchObject({ ok: false, problem: 'key_missing', firstBrokenSeq: 1 });
    await tb?.close();
    tb = await aBranchWithFiftyEntries();
    tb.backend.deps.witness.write(JSON.stringify({ sealedFromSeq: 1, keyId: 'x', seq: 1, hash: 'y', mac: 'z' }));
    expect(await verifyAudit(tb.backend.deps)).toMatchObject({ ok: false, problem: 'witness_altered' });
  });
});
