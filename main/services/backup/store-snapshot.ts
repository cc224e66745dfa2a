import BetterSqlite3 from 'better-sqlite3';
import type { AuditHead } from '@shared/domain/audit/audit';
import { readHistory } from '@main/db/migration-history';

/** What a serialized store holds, read from a private in-memory copy of it. */
export interface SnapshotFacts {
  /** The last migration it records. */
  schema: string;
  /** Every migration it records, in order. */
  history: string[];
  branchId: string | null;
  branchName: string | null;
  auditHead: AuditHead | null;
  counts: { staff: number; people: number; visits: number };
}

/**
 * A consistent copy of an open store as bytes: SQLite's serialize reads every page in one read transaction, so it is
 * one committed state even while others write, and the unencrypted copy never touches a disk. The header's file-format
 * bytes (18, 19) say "write-ahead log" for our stores; an in-memory copy cannot use one, so they are set back to the
 * rollback journal's 1 (the app turns the log on again when it opens the file).
 */
export function serializeStore(raw: BetterSqlite3.Database): Buffer {
  const image = raw.serialize();
  if (image.length >= 20) {
    image[18] = 1;
    image[19] = 1;
  }
  return image;
}

/** Why a snapshot failed its checks, in a sentence for the manager. */
export class SnapshotProblem extends Error {
  override name = 'SnapshotProblem';
}

/**
 * Open a serialized store in memory and check it as security.md asks before a backup is kept or restored:
 * `integrity_check` and `foreign_key_check` must both come back clean. Checking the snapshot, not the live store,
 * checks exactly the bytes that are kept, and never holds the live store while it runs.
 */
export function checkSnapshot(image: Buffer): SnapshotFacts {
  let copy: BetterSqlite3.Database;
  try {
    copy = new BetterSqlite3(image);
  } catch {
    throw new SnapshotProblem('it does not hold a Neighbourhood Hub store');
  }
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new SnapshotProblem('its store failed the integrity check');
    const orphans = copy.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) throw new SnapshotProblem(`its store has ${orphans.length} records pointing at nothing`);
    const history = readHistory(copy);
    const schema = history?.at(-1);
    if (!history || schema === undefined) throw new SnapshotProblem('it does not hold a Neighbourhood Hub store');
    const branch = copy.prepare('SELECT id, branch_name FROM branch LIMIT 1').get() as
      { id: string; branch_name: string } | undefined;
    const head = copy.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      AuditHead | undefined;
    return {
      schema,
      history,
      branchId: branch?.id ?? null,
      branchName: branch?.branch_name ?? null,
      auditHead: head ?? null,
      counts: {
        staff: countOf(copy, 'staff'),
        people: countOf(copy, 'client'),
        visits: countOf(copy, 'rota_visit'),
      },
    };
  } catch (error) {
    if (error instanceof SnapshotProblem) throw error;
    throw new SnapshotProblem('its store cannot be read');
  } finally {
    copy.close();
  }
}

// A store from before a table existed simply has none of its records.
function countOf(db: BetterSqlite3.Database, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
