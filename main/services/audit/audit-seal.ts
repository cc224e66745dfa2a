import { createHash, createHmac } from 'node:crypto';
import type { SecretKeys } from '@main/platform/secret-keys';

// How each audit entry's hash is made. Entries written before the chain was sealed carry a plain SHA-256 of the
// previous hash and their fields: anyone can recompute those, so rewriting from a row onwards went unnoticed. Sealed
// entries carry an HMAC-SHA-256 with a key kept outside the store, over the previous hash, their own sequence number
// and their fields: without the key nobody can recompute them, and an entry moved to another place no longer fits.

/** The "previous hash" of the first entry. */
export const GENESIS = '0'.repeat(64);

/** The fields of an entry that its hash covers. */
export interface ChainedFields {
  at: string;
  actor: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  outcome: string;
  detail: string | null;
}

/** The chained fields of a stored audit row. */
export function chainedFieldsOf(row: {
  at: string;
  actor: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
  outcome: string;
  detail: string | null;
}): ChainedFields {
  return {
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    outcome: row.outcome,
    detail: row.detail,
  };
}

function fieldsJson(fields: ChainedFields): string {
  return JSON.stringify([
    fields.at,
    fields.actor,
    fields.action,
    fields.entity,
    fields.entityId,
    fields.outcome,
    fields.detail,
  ]);
}

/** The unkeyed hash of an entry written before sealing began (kept for existing stores, never written now). */
export function unsealedHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(fieldsJson(fields)).digest('hex');
}

/** The keyed hash of a sealed entry. */
export function sealedHash(key: Buffer, prevHash: string, seq: number, fields: ChainedFields): string {
  return createHmac('sha256', key)
    .update(prevHash)
    .update('\n')
    .update(String(seq))
    .update('\n')
    .update(fieldsJson(fields))
    .digest('hex');
}

/** The audit chain's key, from the keys kept outside the store. */
export function auditKey(keys: SecretKeys): Buffer {
  return keys.key('audit-chain');
}

/**
 * A short fingerprint of the key, recorded in the store so verification can tell "this computer holds another key"
 * (a store moved or restored without its key) from "entries were rewritten". It reveals nothing of the key.
 */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('neighbourhood-hub audit key fingerprint').digest('hex').slice(0, 16);
}
