import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RotaCoverRecordTable } from '@main/db/schema';

/** What the records of a week mean for its visits: who may visit from outside a team, agreed lengths, who was told. */
export interface CoverFacts {
  /** Visit id → workers outside the person's team consented to for that visit. */
  outsideConsent: Map<string, string[]>;
  /** Visit id → the shorter length the person last agreed to. */
  agreedMinutes: Map<string, number>;
  /** Visits whose person has been told they are not covered. */
  told: Set<string>;
}

/** The cover records of a week, read as facts about its visits (oldest first, so the latest agreement wins). */
export async function coverFactsForWeek(db: Kysely<Database>, isoWeek: string): Promise<CoverFacts> {
  const rows = await db
    .selectFrom('rota_cover_record')
    .select(['visit_id', 'kind', 'worker_id', 'duration_minutes'])
    .where('iso_week', '=', isoWeek)
    .orderBy('recorded_at')
    .execute();
  const facts: CoverFacts = { outsideConsent: new Map(), agreedMinutes: new Map(), told: new Set() };
  for (const r of rows) {
    if (r.kind === 'outside_consent' && r.worker_id !== null)
      facts.outsideConsent.set(r.visit_id, [...(facts.outsideConsent.get(r.visit_id) ?? []), r.worker_id]);
    else if (r.kind === 'shorter_agreement' && r.duration_minutes !== null)
      facts.agreedMinutes.set(r.visit_id, r.duration_minutes);
    else if (r.kind === 'person_told') facts.told.add(r.visit_id);
  }
  return facts;
}

/** The records kept about one visit, newest first. */
export function coverRecordsOfVisit(
  db: Kysely<Database>,
  isoWeek: string,
  visitId: string,
): Promise<Selectable<RotaCoverRecordTable>[]> {
  return db
    .selectFrom('rota_cover_record')
    .selectAll()
    .where('iso_week', '=', isoWeek)
    .where('visit_id', '=', visitId)
    .orderBy('recorded_at', 'desc')
    .execute();
}

/** Keep one record (inside the caller's transaction, with the change it allows). */
export async function insertCoverRecord(
  trx: Kysely<Database>,
  values: Insertable<RotaCoverRecordTable>,
): Promise<void> {
  await trx.insertInto('rota_cover_record').values(values).execute();
}
