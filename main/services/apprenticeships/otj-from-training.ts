import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';

/** What an import did. */
export interface OtjImportResult {
  created: number;
}

// Being in the room counts as off-the-job time whether or not the course was then signed off.
const PRESENT = ['attended', 'completed', 'not_completed'] as const;

/**
 * Turn attended sessions of courses that count toward off-the-job hours into approved OTJ entries for the attendees'
 * active apprenticeships, once each (the unique (apprenticeship, session) index makes re-runs harmless). Only sessions
 * on or after the apprenticeship's start and not after `today` count; a session is capped at a day's 24 hours.
 * Call inside the caller's transaction (the training register does, for its session); the caller audits.
 */
export async function importOtjFromTraining(
  db: Kysely<Database>,
  opts: { today: string; now: string; newId: () => string; actor: string; sessionId?: string },
): Promise<OtjImportResult> {
  let query = db
    .selectFrom('apprenticeship as a')
    .innerJoin('training_booking as b', 'b.staff_id', 'a.staff_id')
    .innerJoin('training_session as s', 's.id', 'b.session_id')
    .innerJoin('training_course as c', 'c.id', 's.course_id')
    .select(['a.id as apprenticeshipId', 's.id as sessionId', 's.date', 's.duration_minutes', 'c.name'])
    .where('a.status', '=', 'active')
    .where('b.outcome', 'in', [...PRESENT])
    .where('c.counts_otj', '=', 1)
    .where('s.status', '=', 'scheduled')
    .whereRef('s.date', '>=', 'a.start_date')
    .where('s.date', '<=', opts.today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('otj_entry as e')
            .select('e.id')
            .whereRef('e.apprenticeship_id', '=', 'a.id')
            .whereRef('e.session_id', '=', 's.id'),
        ),
      ),
    );
  if (opts.sessionId) query = query.where('s.id', '=', opts.sessionId);
  let created = 0;
  for (const row of await query.execute()) {
    const hours = Math.min(24, Math.round((row.duration_minutes / 60) * 4) / 4);
    if (hours <= 0) continue;
    await db
      .insertInto('otj_entry')
      .values({
        id: opts.newId(),
        apprenticeship_id: row.apprenticeshipId,
        entry_date: row.date,
        hours,
        activity: `Training: ${row.name.slice(0, 180)}`,
        evidence: 'Attendance recorded in the training register',
        source: 'training_session',
        session_id: row.sessionId,
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
  return { created };
}
