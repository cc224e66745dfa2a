import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { SecretKeys } from '@main/platform/secret-keys';
import type { WitnessStore } from '@main/platform/witness-file';
import { appendAudit } from './audit-log';
import { auditKey, GENESIS, keyFingerprint } from './audit-seal';

// The witness is this computer's own record, outside the store, of where the sealed log had reached: its seal point
// and the last committed entry's number and hash, itself sealed with the audit key. It is moved forward only after
// commits and only along the same chain, so entries cut off the end, or cut and written over, do not match it.

/** What the witness records. */
export interface Witness {
  sealedFromSeq: number;
  keyId: string;
  seq: number;
  hash: string;
}

/** The witness as read: present and sealed, absent, or present but not sealed by this key (edited or damaged). */
export type WitnessReading = { state: 'ok'; witness: Witness } | { state: 'missing' } | { state: 'altered' };

/** What the witness-keeping functions need from the backend. */
export interface AuditWitnessDeps {
  db: Kysely<Database>;
  keys: SecretKeys;
  witness: WitnessStore;
  clock: { now(): Date };
}

function witnessMac(key: Buffer, witness: Witness): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['audit-witness', witness.sealedFromSeq, witness.keyId, witness.seq, witness.hash]))
    .digest('hex');
}

/** Read and check the witness. */
export function readWitness(store: WitnessStore, keys: SecretKeys): WitnessReading {
  const text = store.read();
  if (text === null) return { state: 'missing' };
  try {
    const parsed = JSON.parse(text) as Partial<Witness> & { mac?: unknown };
    const witness: Witness = {
      sealedFromSeq: Number(parsed.sealedFromSeq),
      keyId: String(parsed.keyId),
      seq: Number(parsed.seq),
      hash: String(parsed.hash),
    };
    const expected = Buffer.from(witnessMac(auditKey(keys), witness), 'hex');
    const given = Buffer.from(typeof parsed.mac === 'string' ? parsed.mac : '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { state: 'altered' };
    return { state: 'ok', witness };
  } catch {
    return { state: 'altered' };
  }
}

function writeWitness(store: WitnessStore, keys: SecretKeys, witness: Witness): void {
  store.write(JSON.stringify({ ...witness, mac: witnessMac(auditKey(keys), witness) }));
}

async function lastEntry(db: Kysely<Database>): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

/**
 * At start-up: seal the chain if it is not sealed yet (an existing store keeps its earlier entries as they are and an
 * entry says from where sealing starts), and start the witness. A witness that has gone missing or fails its seal is
 * started again from here, and an entry says so: that cannot hide what it would have shown, but it shows that it
 * happened.
 */
export async function startAuditWitness(deps: AuditWitnessDeps): Promise<void> {
  const key = auditKey(deps.keys);
  const seal = await deps.db.selectFrom('audit_seal').select(['sealed_from_seq', 'key_id']).executeTakeFirst();
  if (!seal) {
    const last = await lastEntry(deps.db);
    if (last) {
      await appendAudit(deps.db, deps.keys, deps.clock.now(), {
        actor: 'system',
        action: 'audit.seal',
        outcome: 'success',
        detail: `entries from #${last.seq + 1} are sealed with this computer's audit key`,
      });
    } else {
      await deps.db
        .insertInto('audit_seal')
        .values({ id: 1, sealed_from_seq: 1, key_id: keyFingerprint(key), sealed_at: deps.clock.now().toISOString() })
        .execute();
    }
  } else if (readWitness(deps.witness, deps.keys).state === 'ok') {
    return;
  } else {
    await appendAudit(deps.db, deps.keys, deps.clock.now(), {
      actor: 'system',
      action: 'audit.witnessRestarted',
      outcome: 'failure',
      detail: "this computer's record of where the log ends was missing or unreadable; it starts again here",
    });
  }
  const now = await deps.db.selectFrom('audit_seal').select(['sealed_from_seq', 'key_id']).executeTakeFirstOrThrow();
  const head = await lastEntry(deps.db);
  writeWitness(deps.witness, deps.keys, {
    sealedFromSeq: now.sealed_from_seq,
    keyId: now.key_id,
    seq: head?.seq ?? 0,
    hash: head?.hash ?? GENESIS,
  });
}

/**
 * Move the witness to the last committed entry. Call outside any transaction (after a call, at close). It moves only
 * forward and only when the entry it names is still there unchanged, so a log cut and written over keeps the old
 * witness, which verification then reports.
 */
export async function advanceAuditWitness(deps: AuditWitnessDeps): Promise<void> {
  const reading = readWitness(deps.witness, deps.keys);
  if (reading.state !== 'ok') return;
  const { witness } = reading;
  const head = await lastEntry(deps.db);
  if (!head || head.seq <= witness.seq) return;
  if (witness.seq > 0) {
    const named = await deps.db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', witness.seq)
      .executeTakeFirst();
    if (named?.hash !== witness.hash) return;
  }
  const seal = await deps.db.selectFrom('audit_seal').select(['sealed_from_seq', 'key_id']).executeTakeFirst();
  if (seal?.sealed_from_seq !== witness.sealedFromSeq || seal.key_id !== witness.keyId) return;
  writeWitness(deps.witness, deps.keys, { ...witness, seq: head.seq, hash: head.hash });
}

/**
 * After the store was replaced on purpose (a backup restored), the log legitimately ends earlier than the witness
 * records: say so in the log (`entry`), then start the witness again from the restored log's end.
 */
export async function restartAuditWitness(
  deps: AuditWitnessDeps,
  entry: { action: string; detail: string },
): Promise<void> {
  await appendAudit(deps.db, deps.keys, deps.clock.now(), { actor: 'system', outcome: 'success', ...entry });
  const seal = await deps.db.selectFrom('audit_seal').select(['sealed_from_seq', 'key_id']).executeTakeFirst();
  const head = await lastEntry(deps.db);
  if (!seal) return;
  writeWitness(deps.witness, deps.keys, {
    sealedFromSeq: seal.sealed_from_seq,
    keyId: seal.key_id,
    seq: head?.seq ?? 0,
    hash: head?.hash ?? GENESIS,
  });
}
