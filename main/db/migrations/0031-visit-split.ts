import { sql, type Kysely } from 'kysely';
import { rebuildTable } from './rebuild-table';

// Frozen once landed: a visit nobody in the team can take whole may be split in two with the person's agreement
// (issue 14, cover).
// - rota_visit.part_of names the visit a second part was split from (the first part keeps that visit's id and its
//   link to the ideal week, shortened): the part is the same agreed visit, so figures count its minutes, not a visit.
// - rota_cover_record learns 'split_agreement': who agreed and when, the first part's length (duration_minutes) and
//   when and how long the second part is (second_start_minute, second_minutes).
export const rebuildsTables = true;

const ROTA_COVER_RECORD = `(
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    iso_week TEXT NOT NULL CHECK (length(iso_week) = 8),
    visit_id TEXT NOT NULL CHECK (length(visit_id) BETWEEN 1 AND 200),
    client_id TEXT NOT NULL REFERENCES client (id),
    kind TEXT NOT NULL CHECK (kind IN ('outside_consent', 'shorter_agreement', 'person_told', 'split_agreement')),
    worker_id TEXT REFERENCES staff (id),
    given_by TEXT NOT NULL CHECK (length(given_by) BETWEEN 1 AND 200),
    relationship TEXT CHECK (relationship IS NULL OR length(relationship) BETWEEN 1 AND 100),
    given_on TEXT NOT NULL CHECK (given_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 1000),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    second_start_minute INTEGER CHECK (second_start_minute IS NULL OR second_start_minute BETWEEN 0 AND 1439),
    second_minutes INTEGER CHECK (second_minutes IS NULL OR second_minutes BETWEEN 1 AND 1440),
    CHECK (kind <> 'outside_consent' OR (worker_id IS NOT NULL AND relationship IS NOT NULL)),
    CHECK (kind <> 'shorter_agreement' OR duration_minutes IS NOT NULL),
    CHECK (kind <> 'person_told' OR reason IS NOT NULL),
    CHECK (kind <> 'split_agreement' OR (duration_minutes IS NOT NULL AND second_start_minute IS NOT NULL AND
      second_minutes IS NOT NULL))
) STRICT`;

const STATEMENTS = [
  `ALTER TABLE rota_visit ADD COLUMN part_of TEXT CHECK (part_of IS NULL OR length(part_of) BETWEEN 1 AND 200)`,
  `ALTER TABLE rota_cover_record ADD COLUMN second_start_minute INTEGER`,
  `ALTER TABLE rota_cover_record ADD COLUMN second_minutes INTEGER`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  await rebuildTable(db, 'rota_cover_record', ROTA_COVER_RECORD);
}
