import { sql, type Kysely } from 'kysely';

// Frozen once landed: what was agreed or done about covering one visit nobody in the person's team could take
// (issue 14). One row per record, each naming the visit by week and id:
// - outside_consent: the person (or their family) consented to a named worker outside the team for this visit
//   (who gave it, their relationship to the person, the date); without it no worker outside the team may visit;
// - shorter_agreement: the person agreed to a shorter visit (who agreed, the date, the agreed length);
// - person_told: the person was told the visit is not covered, and why (who told them, the date).
// Records are kept when the week is planned again: they are what the person agreed to, and the audit cites them.
const STATEMENTS = [
  `CREATE TABLE rota_cover_record (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    iso_week TEXT NOT NULL CHECK (length(iso_week) = 8),
    visit_id TEXT NOT NULL CHECK (length(visit_id) BETWEEN 1 AND 200),
    client_id TEXT NOT NULL REFERENCES client (id),
    kind TEXT NOT NULL CHECK (kind IN ('outside_consent', 'shorter_agreement', 'person_told')),
    worker_id TEXT REFERENCES staff (id),
    given_by TEXT NOT NULL CHECK (length(given_by) BETWEEN 1 AND 200),
    relationship TEXT CHECK (relationship IS NULL OR length(relationship) BETWEEN 1 AND 100),
    given_on TEXT NOT NULL CHECK (given_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 1000),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK (kind <> 'outside_consent' OR (worker_id IS NOT NULL AND relationship IS NOT NULL)),
    CHECK (kind <> 'shorter_agreement' OR duration_minutes IS NOT NULL),
    CHECK (kind <> 'person_told' OR reason IS NOT NULL)
) STRICT`,
  `CREATE INDEX rota_cover_record_week ON rota_cover_record (iso_week, visit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
