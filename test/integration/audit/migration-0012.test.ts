import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '@main/db/migrations';
import { GENESIS, unsealedHash } from '@main/services/audit/audit-seal';
import { verifyAudit } from '@main/services/audit/audit-verify';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';

// Each migration has an upgrade test from the version before it, with data. 0012 swaps the sign-in attempts table for
// one counted before the hash check, dates temporary passwords, allows one branch per store, and records the point
// from which the audit chain is sealed: an existing store keeps its unkeyed entries, and verification says where
// sealing began.

let tb: TestBackend | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await tb?.close();
  tb = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LEGACY_ENTRIES = 6;

/** A store file as the app before 0012 left it: a branch, an account with a temporary password, an unkeyed chain. */
async function storeBefore0012(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-0012-'));
  dirs.push(dir);
  const path = join(dir, 'store.db');
  const raw = new BetterSqlite3(path);
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0012'));
  const result = await new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(before) },
  }).migrateToLatest();
  expect(result.error).toBeUndefined();
  raw
    .prepare(
      `INSERT INTO branch (id, provider_name, provider_id, branch_name, neighbourhood, cqc_location_id, is_demo,
        created_at) VALUES ('b1', 'Old Care', NULL, 'Old Branch', 'Catford', NULL, 0, '2026-01-01T00:00:00.000Z')`,
    )
    .run();
  raw
    .prepare(
      `INSERT INTO account (id, username, display_name, staff_id, password_hash, must_change_password, disabled,
        last_sign_in_at, created_at)
       VALUES ('a1', 'visitor.one', 'Visitor One', NULL, '$argon2id$x', 1, 0, NULL, '2026-11-20T09:00:00.000Z'),
              ('a2', 'visitor.two', 'Visitor Two', NULL, '$argon2id$y', 0, 0, NULL, '2026-11-20T09:00:00.000Z')`,
    )
    .run();
  raw.prepare("INSERT INTO sign_in_attempt (username, at, success) VALUES ('typed-anything', 'x', 0)").run();
  let prev = GENESIS;
  const insert = raw.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, outcome, detail, prev_hash, hash)
     VALUES (?, ?, ?, NULL, NULL, 'success', ?, ?, ?)`,
  );
  for (let i = 1; i <= LEGACY_ENTRIES; i += 1) {
    const fields = {
      at: `2026-11-20T09:0${i}:00.000Z`,
      actor: 'old.manager',
      action: 'staff.create',
      entity: null,
      entityId: null,
      outcome: 'success',
      detail: `legacy ${i}`,
    };
    const hash = unsealedHash(prev, fields);
    insert.run(fields.at, fields.actor, fields.action, fields.detail, prev, hash);
    prev = hash;
  }
  await db.destroy();
  return path;
}

describe('migration 0012-auth-audit-seal', () => {
  it('upgrades a store with data: temporary passwords dated, attempts table replaced, one branch only', async () => {
    const path = await storeBefore0012();
    tb = await openTestBackend({ dbPath: path });
    const raw = tb.backend.store.raw;
    expect(raw.prepare('SELECT id, temporary_password_issued_at AS issued FROM account ORDER BY id').all()).toEqual([
      { id: 'a1', issued: '2026-11-20T09:00:00.000Z' },
      { id: 'a2', issued: null },
    ]);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'sign_in_attempt'").all()).toEqual([]);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO branch (id, provider_name, branch_name, neighbourhood, is_demo, created_at)
           VALUES ('b2', 'Demo', 'Demo', 'Demo', 1, 'now')`,
        )
        .run(),
    ).toThrow(/already has a branch/);
  });

  it('keeps the unkeyed entries of an existing store and seals the chain from a recorded point', async () => {
    const path = await storeBefore0012();
    tb = await openTestBackend({ dbPath: path });
    const raw = tb.backend.store.raw;
    const marker = raw.prepare('SELECT seq, action, detail FROM audit_log WHERE seq = ?').get(LEGACY_ENTRIES + 1);
    expect(marker).toEqual({
      seq: LEGACY_ENTRIES + 1,
      action: 'audit.seal',
      detail: `entries from #${LEGACY_ENTRIES + 1} are sealed with this computer's audit key`,
    });
    expect(await verifyAudit(tb.backend.deps)).toMatchObject({
      ok: true,
      entries: LEGACY_ENTRIES + 1,
      sealedFromSeq: LEGACY_ENTRIES + 1,
    });

    // Rewriting the unkeyed part, even with every unkeyed hash recomputed, breaks the first sealed entry.
    raw.exec('DROP TRIGGER audit_log_no_update');
    let prev = (raw.prepare('SELECT hash FROM audit_log WHERE seq = 2').get() as { hash: string }).hash;
    for (let seq = 3; seq <= LEGACY_ENTRIES; seq += 1) {
      const row = raw.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Record<string, string | null>;
      const fields = {
        at: row.at as string,
        actor: row.actor as string,
        action: row.action as string,
        entity: null,
        entityId: null,
        outcome: 'success',
        detail: seq === 3 ? 'never happened' : (row.detail as string),
      };
      const hash = unsealedHash(prev, fields);
      raw
        .prepare('UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?')
        .run(fields.detail, prev, hash, seq);
      prev = hash;
    }
    expect(await verifyAudit(tb.backend.deps)).toMatchObject({
      ok: false,
      problem: 'altered',
      firstBrokenSeq: LEGACY_ENTRIES + 1,
    });
  });
});
