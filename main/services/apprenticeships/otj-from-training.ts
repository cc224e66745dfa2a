import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

// Turns attended training sessions whose course counts toward off-the-job hours into OTJ entries. Training's tables are
// built by another domain in parallel, so this file reads them only when they exist with the columns it expects, and
// does nothing otherwise. It is the only place the apprenticeship domain touches training's tables.

/** The training columns this import relies on (checked before any read). */
export const TRAINING_COLUMNS = {
  training_course: ['id', 'name', 'counts_otj'],
  training_session: ['id', 'course_id', 'session_date', 'duration_minutes'],
  training_booking: ['session_id', 'staff_id', 'status'],
} as const;

/** What an import did, or why it could not run. */
export type OtjImportResult = { ran: false; reason: string } | { ran: true; created: number };

/** Whether training's tables are present with every column the import reads. */
export async function trainingTablesReady(db: Kysely<Database>): Promise<{ ready: boolean; reason: string }> {
  for (const [table, columns] of Object.entries(TRAINING_COLUMNS)) {
    const exists = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${table}`.execute(db);
    if (Number(exists.rows[0]?.n ?? 0) === 0) return { ready: false, reason: `table ${table} does not exist yet` };
    const info = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
    const have = new Set(info.rows.map((r) => r.name));
    const missing = columns.filter((c) => !have.has(c));
    if (missing.length > 0) return { ready: false, reason: `${table} lacks ${missing.join(', ')}` };
  }
  return { ready: true, reason: '' };
}

/**
 * For every active apprenticeship, add an approved OTJ entry per attended, OTJ-counting session on or after its start
 * and up to `today`, once (the unique (apprenticeship, session) index makes re-runs harmless). Sessions longer than a
 * day's 24 hours are capped. Call inside the caller's transaction; the caller audits.
 */
export async function importOtjFromTraining(db: Kysely<Database>, opts: { today: string; now: string; newId: () => string; actor: string }): Promise<OtjImportResult> {
  const check = await trainingTablesReady(db);
  if (!check.ready) return { ran: false, reason: check.reason };
  const rows = await sql<{ apprenticeship_id: string; session_id: string; session_date: string; duration_minutes: number; name: string }>`
    SELECT a.id AS apprenticeship_id, s.id AS session_id, s.session_date, s.duration_minutes, c.name
    FROM apprenticeship a
    JOIN training_booking b ON b.staff_id = a.staff_id AND b.status = 'attended'
    JOIN training_session s ON s.id = b.session_id
    JOIN training_course c ON c.id = s.course_id AND c.counts_otj = 1
    WHERE a.status = 'active' AND s.session_date >= a.start_date AND s.session_date <= ${opts.today}
      AND NOT EXISTS (SELECT 1 FROM otj_entry e WHERE e.apprenticeship_id = a.id AND e.session_id = s.id)`.execute(db);
  let created = 0;
  for (const r of rows.rows) {
    const hours = Math.min(24, Math.round((Number(r.duration_minutes) / 60) * 4) / 4);
    if (hours <= 0) continue;
    await db
      .insertInto('otj_entry')
      .values({
        id: opts.newId(),
        apprenticeship_id: r.apprenticeship_id,
        entry_date: r.session_date,
        hours,
        activity: `Training: ${String(r.name).slice(0, 180)}`,
        evidence: 'Attendance recorded in training',
        source: 'training_session',
        session_id: r.session_id,
        status: 'approved',
        logged_by: opts.actor,
        logged_at: opts.now,
        decided_by: opts.actor,
        decided_at: opts.now,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    created += 1;
  }
  return { ran: true, created };
}
