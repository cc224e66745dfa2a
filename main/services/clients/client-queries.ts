import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import {
  KeyContact,
  type ClientInput,
  type ClientListQuery,
  type ClientListRow,
  type ClientRecord,
} from '@shared/domain/clients/client';
import type { UkLocation } from '@shared/domain/clients/location';
import { Skill } from '@shared/domain/skills';
import type { ClientTable, Database } from '@main/db/schema';
import { anyColumnLike, likePatterns } from '../search/search-terms';

type ParsedListQuery = z.output<typeof ClientListQuery>;

const KeyContacts = KeyContact.array();
const Skills = Skill.array();

/** Parse a JSON array column with its schema; a row the database accepted always parses. */
export function parseSkills(json: string): Skill[] {
  return Skills.parse(JSON.parse(json));
}

/** Map a row and its needs to the record the contract returns. */
export function toClientRecord(row: Selectable<ClientTable>, needs: readonly string[]): ClientRecord {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    addressedAs: row.addressed_as,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    town: row.town,
    postcode: row.postcode,
    lat: row.lat,
    lon: row.lon,
    keyContacts: KeyContacts.parse(JSON.parse(row.key_contacts_json)),
    whatMatters: row.what_matters,
    supportNeeds: Skills.parse(needs),
    hasAccessNotes: row.access_notes !== null,
    startDate: row.start_date,
    status: row.status,
    pausedFrom: row.paused_from,
    pausedUntil: row.paused_until,
    pauseReason: row.pause_reason,
    endedOn: row.ended_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Columns of a client input placed at a point, in SQL naming (needs live in their own table). */
export function clientColumns(input: ClientInput, at: UkLocation) {
  return {
    given_name: input.givenName,
    family_name: input.familyName,
    preferred_name: input.preferredName,
    addressed_as: input.addressedAs,
    address_line1: input.addressLine1,
    address_line2: input.addressLine2,
    town: input.town,
    postcode: input.postcode,
    lat: at.lat,
    lon: at.lon,
    key_contacts_json: JSON.stringify(input.keyContacts),
    what_matters: input.whatMatters,
    access_notes: input.accessNotes,
    start_date: input.startDate,
    status: input.status,
    paused_from: input.status === 'ended' ? null : input.pausedFrom,
    paused_until: input.status === 'ended' ? null : input.pausedUntil,
    pause_reason: input.status === 'ended' ? null : input.pauseReason,
    ended_on: input.endedOn,
  };
}

/** One person by id. */
export function findClient(db: Kysely<Database>, id: string) {
  return db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Several people by id. */
export async function findClients(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('client')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** A person's support needs. */
export async function clientNeeds(db: Kysely<Database>, clientId: string): Promise<Skill[]> {
  const rows = await db
    .selectFrom('client_need')
    .select('skill')
    .where('client_id', '=', clientId)
    .orderBy('skill')
    .execute();
  return Skills.parse(rows.map((r) => r.skill));
}

/** Replace a person's support needs (inside the caller's transaction). */
export async function replaceNeeds(db: Kysely<Database>, clientId: string, needs: readonly Skill[]): Promise<void> {
  await db.deleteFrom('client_need').where('client_id', '=', clientId).execute();
  if (needs.length > 0)
    await db
      .insertInto('client_need')
      .values(needs.map((skill) => ({ client_id: clientId, skill })))
      .execute();
}

/** Staff ids of a person's approved team. */
export async function teamMemberIds(db: Kysely<Database>, clientId: string): Promise<string[]> {
  const rows = await db.selectFrom('client_team_member').select('staff_id').where('client_id', '=', clientId).execute();
  return rows.map((r) => r.staff_id);
}

/** Staff ids a person has declined. */
export async function declinedIds(db: Kysely<Database>, clientId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('client_declined_worker')
    .select('staff_id')
    .where('client_id', '=', clientId)
    .execute();
  return rows.map((r) => r.staff_id);
}

/** Whether a staff member is in a person's approved team. */
export async function isTeamMember(db: Kysely<Database>, clientId: string, staffId: string): Promise<boolean> {
  const row = await db
    .selectFrom('client_team_member')
    .select('staff_id')
    .where('client_id', '=', clientId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return row !== undefined;
}

const SORT_COLUMNS = {
  name: [sql`c.family_name COLLATE NOCASE`, sql`c.given_name COLLATE NOCASE`],
  postcode: [sql`c.postcode`, sql`c.family_name COLLATE NOCASE`],
  status: [sql`c.status`, sql`c.family_name COLLATE NOCASE`],
  startDate: [sql`c.start_date`, sql`c.family_name COLLATE NOCASE`],
  teamSize: [sql`team_size`, sql`c.family_name COLLATE NOCASE`],
} as const;

/**
 * Search, filter, sort and page in SQL; `onlyTeamOf` limits the list to people whose team holds that staff member and
 * whose support has not ended, searched by name only (a worker's list).
 */
export async function listClients(
  db: Kysely<Database>,
  query: ParsedListQuery,
  onlyTeamOf: string | null,
): Promise<{ rows: ClientListRow[]; total: number }> {
  let base = db.selectFrom('client as c');
  if (onlyTeamOf !== null) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('client_team_member as t')
          .select('t.staff_id')
          .whereRef('t.client_id', '=', 'c.id')
          .where('t.staff_id', '=', onlyTeamOf),
      ),
    );
    base = base.where('c.status', '!=', 'ended');
  }
  if (query.status) base = base.where('c.status', '=', query.status);
  if (query.need) {
    const need = query.need;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('client_need as n')
          .select('n.skill')
          .whereRef('n.client_id', '=', 'c.id')
          .where('n.skill', '=', need),
      ),
    );
  }
  // A worker's list is searched by name only: a postcode would tell them where someone outside their teams lives.
  const searched = [sql`c.given_name`, sql`c.family_name`, sql`coalesce(c.preferred_name, '')`];
  if (onlyTeamOf === null) searched.push(sql`c.postcode`);
  for (const pattern of likePatterns(query.search)) base = base.where(anyColumnLike(searched, pattern));
  const totalRow = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const direction = query.direction === 'desc' ? sql`DESC` : sql`ASC`;
  const order = SORT_COLUMNS[query.sort].map((column) => sql`${column} ${direction}`);
  const rows = await base
    .select([
      'c.id',
      'c.given_name',
      'c.family_name',
      'c.preferred_name',
      'c.addressed_as',
      'c.postcode',
      'c.status',
      'c.start_date',
      sql<number>`(SELECT count(*) FROM client_team_member t WHERE t.client_id = c.id)`.as('team_size'),
      sql<string>`(SELECT coalesce(json_group_array(skill), '[]') FROM (SELECT
        skill FROM client_need n WHERE n.client_id = c.id ORDER BY skill))`.as('needs'),
    ])
    .orderBy(sql.join(order))
    .orderBy('c.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    total: Number(totalRow.n),
    rows: rows.map((row) => ({
      id: row.id,
      givenName: row.given_name,
      familyName: row.family_name,
      preferredName: row.preferred_name,
      addressedAs: row.addressed_as,
      postcode: onlyTeamOf === null ? row.postcode : null,
      status: row.status,
      startDate: row.start_date,
      teamSize: Number(row.team_size),
      supportNeeds: parseSkills(row.needs),
    })),
  };
}
