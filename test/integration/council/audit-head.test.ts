import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeTokens } from '@council/tokens/token-service';
import { auditKey, chainedFieldsOf, sealedHash } from '@main/services/audit/audit-seal';
import { restartAuditWitness } from '@main/services/audit/audit-witness';
import { anAccount, openBranch, someStaff } from '@test/fixtures/builders';
import { COUNCIL_DIALECT, startCouncil, type TestCouncil } from '@test/fixtures/council/council-fixture';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { TestBackend } from '@test/fixtures/test-backend';

// security.md: the audit log's head "is anchored outside the branch: … sent with every council summary, where the
// council keeps it". A branch whose log is rewritten after a summary went, even by someone holding this computer's
// audit key who also restarts its witness (which passes the branch's own check), no longer matches the council's copy.

type Row = { seq: number; prev_hash: string; hash: string; detail: string | null } & Parameters<
  typeof chainedFieldsOf
>[0];

/** Rewrite entry `from` and re-seal it and every later entry with the branch's own audit key. */
function rewriteWithTheKey(t: TestBackend, from: number): void {
  const raw: BetterSqlite3.Database = t.backend.deps.store.raw();
  for (const trigger of ['audit_log_no_update', 'audit_log_no_delete']) raw.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
  const key = auditKey(t.backend.deps.keys);
  const rows = raw.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(from) as Row[];
  let prev = (raw.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(from - 1) as { hash: string }).hash;
  const update = raw.prepare('UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const changed = { ...row, detail: row.seq === from ? 'nothing happened here' : row.detail };
    const hash = sealedHash(key, prev, row.seq, chainedFieldsOf(changed));
    update.run(changed.detail, prev, hash, row.seq);
    prev = hash;
  }
}

describe(`the audit log against the head the council keeps (${COUNCIL_DIALECT})`, () => {
  let council: TestCouncil;
  let t: TestBackend;
  let manager: TestClient;
  let firstSummary: { auditHead: string; generatedAt: string; summaryId: string };

  beforeAll(async () => {
    council = await startCouncil();
    t = await openBranch();
    await anAccount(t, 'manager');
    await someStaff(t, 6);
    manager = await t.signedIn('manager');
    await manager.ok('sync.saveSettings', {
      councilUrl: council.url,
      branchId: 'test-branch',
      token: await council.token('test-branch'),
    });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await council.stop();
  });

  it('answers only a branch with a live token, and only by GET', async () => {
    for (const path of ['/v1/audit-head', '/v1/audit-heads']) {
      expect((await fetch(`${council.url}${path}`)).status).toBe(401);
      expect((await fetch(`${council.url}${path}`, { method: 'POST' })).status).toBe(405);
    }
  });

  it('says the council holds nothing yet before the first summary is sent', async () => {
    expect(await manager.ok('audit.verify', { council: true })).toMatchObject({
      ok: true,
      council: { state: 'none_held', seq: null, builtAt: null, headsHeld: 0 },
    });
  });

  it('matches the head sent with the latest summary, and still does after more is written', async () => {
    const queued = await manager.ok('sync.queueMonth', { month: '2026-10' });
    expect(await manager.ok('sync.sendNow', {})).toMatchObject({ sent: 1, parked: 0 });
    const body = JSON.parse((await manager.ok('sync.open', { summaryId: queued.summaryId })).json);
    const entry = await t.backend.deps.db
      .selectFrom('audit_log')
      .select('seq')
      .where('hash', '=', body.auditHead)
      .executeTakeFirstOrThrow();
    await someStaff(t, 2);
    expect(await manager.ok('audit.verify', { council: true })).toMatchObject({
      ok: true,
      problem: null,
      council: { state: 'matches', seq: entry.seq, builtAt: body.generatedAt, headsHeld: 1 },
    });
    firstSummary = { auditHead: body.auditHead, generatedAt: body.generatedAt, summaryId: queued.summaryId };
  });

  it('shows a rewrite that passes the branch’s own check as not matching the council’s copy', async () => {
    rewriteWithTheKey(t, 3);
    await restartAuditWitness(t.backend.deps, { action: 'audit.witnessRestarted', detail: 'restored' });
    expect(await manager.ok('audit.verify', {})).toMatchObject({ ok: true, council: null });
    expect(await manager.ok('audit.verify', { council: true })).toMatchObject({
      ok: false,
      problem: 'council_mismatch',
      council: { state: 'mismatch', seq: null },
    });
  });

  it('still shows the rewrite after a summary built on the rewritten log went: an earlier head is gone', async () => {
    t.clock.advance(60_000);
    const later = await manager.ok('sync.queueMonth', { month: '2026-09' });
    expect(await manager.ok('sync.sendNow', {})).toMatchObject({ sent: 1, parked: 0 });
    const laterBody = JSON.parse((await manager.ok('sync.open', { summaryId: later.summaryId })).json);

    // The latest head alone would pass: the council's latest answer names an entry the rewritten log holds.
    const headers = { Authorization: `Bearer ${await council.token('test-branch')}` };
    const latest = await (await fetch(`${council.url}/v1/audit-head`, { headers })).json();
    expect(latest).toMatchObject({ outcome: 'held', auditHead: laterBody.auditHead, summaryId: later.summaryId });
    const held = await t.backend.deps.db
      .selectFrom('audit_log')
      .select('seq')
      .where('hash', '=', latest.auditHead)
      .executeTakeFirst();
    expect(held).toBeDefined();

    // The council keeps both heads, each with its summary, the earliest built first.
    const all = await (await fetch(`${council.url}/v1/audit-heads`, { headers })).json();
    expect(all.heads).toEqual([
      expect.objectContaining(firstSummary),
      expect.objectContaining({
        auditHead: laterBody.auditHead,
        summaryId: later.summaryId,
        generatedAt: laterBody.generatedAt,
      }),
    ]);

    expect(await manager.ok('audit.verify', { council: true })).toMatchObject({
      ok: false,
      problem: 'council_mismatch',
      council: { state: 'mismatch', seq: null, builtAt: firstSummary.generatedAt, headsHeld: 2 },
    });
  });

  it('says plainly when the council cannot be asked: a revoked token', async () => {
    await revokeTokens(council.store.db, council.clock, 'test-branch');
    expect(await manager.ok('audit.verify', { council: true })).toMatchObject({
      council: {
        state: 'unavailable',
        message: 'The council did not accept the branch token. Check it under Council sync.',
      },
    });
  });
});
