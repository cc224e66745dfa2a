import { sql, type Kysely } from 'kysely';

// Frozen once landed: a team meeting is stored as one `team_meeting` availability entry per invited worker, and
// until now nothing joined the entries of one booking or named the team it was for. Two nullable columns say so:
// - meeting_id: one id shared by every entry one booking wrote (team meetings only);
// - meeting_client_id: the person whose team the meeting is for (NULL for a meeting added on the Availability page,
//   which has no team). It needs a meeting_id: it says whose meeting, so only a meeting has one.
// Entries stored before this release keep both NULL: nothing recorded which booking wrote them, so none is guessed.
const STATEMENTS = [
  `ALTER TABLE availability_exception ADD COLUMN meeting_id TEXT CHECK (meeting_id IS NULL OR
    (kind = 'team_meeting' AND length(meeting_id) BETWEEN 1 AND 64))`,
  `ALTER TABLE availability_exception ADD COLUMN meeting_client_id TEXT REFERENCES client (id) CHECK
    (meeting_client_id IS NULL OR meeting_id IS NOT NULL)`,
  `CREATE INDEX availability_exception_meeting ON availability_exception (meeting_id) WHERE meeting_id IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
