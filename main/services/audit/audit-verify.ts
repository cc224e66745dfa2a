import type { AuditHead, AuditProblem, AuditVerification } from '@shared/domain/audit/audit';
import { auditKey, chainedFieldsOf, GENESIS, keyFingerprint, sealedHash, unsealedHash } from './audit-seal';
import { readWitness, type AuditWitnessDeps } from './audit-witness';

/**
 * Walk the whole chain and compare its end with this computer's witness (and with a head kept elsewhere, if given).
 * Sealed entries need the key to recompute, so a rewrite from a row onwards, a reordering or a rewrite done with the
 * store file alone is reported at the first entry that no longer fits; entries before the seal point are protected by
 * the first sealed entry, which names their last hash. Cutting entries off the end shows against the witness.
 */
export async function verifyAudit(
  deps: Omit<AuditWitnessDeps, 'clock'>,
  head: AuditHead | null = null,
): Promise<AuditVerification> {
  const rows = await deps.db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').execute();
  const seal = await deps.db.selectFrom('audit_seal').select(['sealed_from_seq', 'key_id']).executeTakeFirst();
  const key = auditKey(deps.keys);
  const reading = readWitness(deps.witness, deps.keys);
  const witness = reading.state === 'ok' ? reading.witness : null;
  const restarts = rows.filter((row) => row.action === 'audit.witnessRestarted');
  const base = {
    entries: rows.length,
    sealedFromSeq: seal?.sealed_from_seq ?? null,
    witnessedSeq: witness?.seq ?? null,
    witnessRestartedAtSeq: restarts.at(-1)?.seq ?? null,
    checkedHead: head,
    council: null,
  };
  const broken = (problem: AuditProblem, firstBrokenSeq: number | null): AuditVerification => ({
    ...base,
    ok: false,
    problem,
    firstBrokenSeq,
  });

  if (reading.state === 'altered') return broken('witness_altered', null);
  if (seal && seal.key_id !== keyFingerprint(key)) return broken('key_missing', seal.sealed_from_seq);
  // The seal point is part of what the witness records: moving it (to pass sealed entries off as unsealed) shows.
  if (witness && (seal?.sealed_from_seq !== witness.sealedFromSeq || seal.key_id !== witness.keyId))
    return broken('altered', Math.min(witness.sealedFromSeq, seal?.sealed_from_seq ?? witness.sealedFromSeq));

  let prev = GENESIS;
  for (const [index, row] of rows.entries()) {
    // Sequence numbers run 1, 2, 3…: a gap is an entry removed, a jump an entry moved.
    if (row.seq !== index + 1) return broken('altered', index + 1);
    const fields = chainedFieldsOf(row);
    const sealed = seal !== undefined && row.seq >= seal.sealed_from_seq;
    const expected = sealed ? sealedHash(key, prev, row.seq, fields) : unsealedHash(prev, fields);
    if (row.prev_hash !== prev || row.hash !== expected) return broken('altered', row.seq);
    prev = row.hash;
  }

  if (witness) {
    if (rows.length < witness.seq) return broken('cut_off', rows.length + 1);
    if (witness.seq > 0 && rows[witness.seq - 1]?.hash !== witness.hash) return broken('diverged', witness.seq);
  } else if (seal) {
    return broken('witness_missing', null);
  }
  if (head) {
    const named = rows[head.seq - 1];
    if (named?.hash !== head.hash) return broken('head_mismatch', head.seq);
  }
  return { ...base, ok: true, problem: null, firstBrokenSeq: null };
}
