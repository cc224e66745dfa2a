import { sql, type Kysely, type Selectable } from 'kysely';
import type { ApprenticeshipStandard, OtjEntry, Review } from '@shared/domain/apprenticeships/apprenticeships';
import type { ApprenticeshipReviewTable, ApprenticeshipStandardTable, Database, OtjEntryTable } from '@main/db/schema';

/** Map a standard row. */
export function toStandard(row: Selectable<ApprenticeshipStandardTable>): ApprenticeshipStandard {
  return {
    code: row.code,
    title: row.title,
    level: row.level,
    qualificationCode: row.qualification_code,
    typicalMonths: row.typical_months,
    minimumOtjHours: row.minimum_otj_hours,
    minimumOtjNote: row.minimum_otj_note,
  };
}

/** Map an OTJ entry row. */
export function toOtjEntry(row: Selectable<OtjEntryTable>): OtjEntry {
  return {
    id: row.id,
    apprenticeshipId: row.apprenticeship_id,
    date: row.entry_date,
    hours: row.hours,
    activity: row.activity,
    evidence: row.evidence,
    source: row.source,
    sessionId: row.session_id,
    status: row.status,
    loggedBy: row.logged_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/** Map a review row. */
export function toReview(row: Selectable<ApprenticeshipReviewTable>): Review {
  return {
    id: row.id,
    apprenticeshipId: row.apprenticeship_id,
    reviewDate: row.review_date,
    employerRep: row.employer_rep,
    providerRep: row.provider_rep,
    progressSummary: row.progress_summary,
    actions: row.actions,
    recordedBy: row.recorded_by,
  };
}

/** The standard with this code (run it with executeTakeFirst, or executeTakeFirstOrThrow where a key guarantees it). */
export function standardByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('apprenticeship_standard').selectAll().where('code', '=', code);
}

/** Apprenticeships with the apprentice's name and the standard, optionally filtered. */
export function apprenticeshipQuery(db: Kysely<Database>) {
  return db
    .selectFrom('apprenticeship as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .innerJoin('apprenticeship_standard as st', 'st.code', 'a.standard_code')
    .selectAll('a')
    .select([
      's.given_name',
      's.family_name',
      's.preferred_name',
      'st.title as standard_title',
      'st.level',
      'st.minimum_otj_hours',
      'st.qualification_code',
    ]);
}

/** Approved and pending OTJ hours per apprenticeship, from the trigger-kept totals (entries are never future-dated). */
export async function otjHoursByApprenticeship(
  db: Kysely<Database>,
  ids: readonly string[] | null,
): Promise<Map<string, { approved: number; pending: number }>> {
  let query = db.selectFrom('apprenticeship_otj_total').selectAll();
  if (ids !== null) {
    if (ids.length === 0) return new Map();
    query = query.where('apprenticeship_id', 'in', ids);
  }
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.apprenticeship_id, { approved: r.approved_hours, pending: r.pending_hours }]));
}

/** The date of the latest review per apprenticeship. */
export async function lastReviewByApprenticeship(
  db: Kysely<Database>,
  ids: readonly string[] | null,
): Promise<Map<string, string>> {
  let query = db
    .selectFrom('apprenticeship_review')
    .select(['apprenticeship_id', sql<string>`max(review_date)`.as('last')]);
  if (ids !== null) {
    if (ids.length === 0) return new Map();
    query = query.where('apprenticeship_id', 'in', ids);
  }
  const rows = await query.groupBy('apprenticeship_id').execute();
  return new Map(rows.map((r) => [r.apprenticeship_id, r.last]));
}
