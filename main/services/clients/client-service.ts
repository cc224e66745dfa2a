import { AppError } from '@shared/contract/errors';
import type {
  ClientAccessNotes,
  ClientInput,
  ClientListResult,
  ClientRecord,
  ClientTeamView,
} from '@shared/domain/clients/client';
import type { ClientListQuery } from '@shared/domain/clients/client';
import type { z } from 'zod';
import type { HandlerContext } from '@main/rpc/context';
import {
  clientColumns,
  clientNeeds,
  findClient,
  isTeamMember,
  listClients,
  replaceNeeds,
  toClientRecord,
} from './client-queries';
import { placeByPostcode, type LocationFields } from '../postcodes/postcode-lookup';
import { callerAccess } from './client-access';

type ParsedListQuery = z.output<typeof ClientListQuery>;

// Where the postcode and coordinates are in `clients.create`'s input and in `clients.update`'s (under `client`).
const PERSON_FIELDS: LocationFields = { postcode: ['postcode'], lat: ['lat'], lon: ['lon'] };
const EDITED_PERSON_FIELDS: LocationFields = {
  postcode: ['client', 'postcode'],
  lat: ['client', 'lat'],
  lon: ['client', 'lon'],
};

// A worker may not filter or sort by what they may not read: each answer would tell them that much about a person.
const TEAM_ONLY_FILTERS = [
  { field: 'status', message: 'Only coordinators and managers can filter people by status.' },
  { field: 'need', message: 'Only coordinators and managers can filter people by support need.' },
] as const;

/**
 * The people list. Coordinators and managers see everyone in full; a worker sees the people in their teams whose
 * support has not ended, by name and how they like to be addressed only (security.md), searched by name.
 */
export async function listPeople(ctx: HandlerContext, query: ParsedListQuery): Promise<ClientListResult> {
  const access = callerAccess(ctx);
  if (access.privileged) return listClients(ctx.deps.db, query, null);
  for (const { field, message } of TEAM_ONLY_FILTERS) if (query[field] !== null) throw AppError.field([field], message);
  if (query.sort !== 'name') throw AppError.field(['sort'], 'People in your teams are listed by name.');
  if (access.staffId === null) return { rows: [], total: 0 };
  const page = await listClients(ctx.deps.db, query, access.staffId);
  return {
    total: page.total,
    rows: page.rows.map((row) => ({
      id: row.id,
      givenName: row.givenName,
      familyName: row.familyName,
      preferredName: row.preferredName,
      addressedAs: row.addressedAs,
    })),
  };
}

async function requireClient(ctx: HandlerContext, id: string) {
  const row = await findClient(ctx.deps.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That person is not on record.');
  return row;
}

/** The full record (managers and coordinators, by the contract's roles). */
export async function getPerson(ctx: HandlerContext, id: string): Promise<ClientRecord> {
  const row = await requireClient(ctx, id);
  return toClientRecord(row, await clientNeeds(ctx.deps.db, id));
}

/** Record-level check: privileged, or in the person's approved team. */
async function assertTeamOrPrivileged(ctx: HandlerContext, clientId: string): Promise<void> {
  const access = callerAccess(ctx);
  if (access.privileged) return;
  if (access.staffId !== null && (await isTeamMember(ctx.deps.db, clientId, access.staffId))) return;
  throw new AppError('FORBIDDEN', 'Only the person’s team, coordinators and managers can see this.');
}

/** What a team member needs to know about the person. */
export async function getPersonForTeam(ctx: HandlerContext, id: string): Promise<ClientTeamView> {
  const row = await requireClient(ctx, id);
  await assertTeamOrPrivileged(ctx, id);
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    addressedAs: row.addressed_as,
    whatMatters: row.what_matters,
    hasAccessNotes: row.access_notes !== null,
  };
}

/** Access notes: only the person's team, coordinators and managers; every view is audited. */
export async function getAccessNotes(ctx: HandlerContext, id: string): Promise<ClientAccessNotes> {
  const row = await requireClient(ctx, id);
  await assertTeamOrPrivileged(ctx, id);
  await ctx.audit(ctx.deps.db, {
    action: 'clients.viewAccessNotes',
    entity: 'client',
    entityId: id,
    outcome: 'success',
  });
  return { clientId: id, accessNotes: row.access_notes };
}

/** Record a new person. */
export async function createPerson(ctx: HandlerContext, input: ClientInput): Promise<ClientRecord> {
  const at = await placeByPostcode(ctx.deps.db, input, PERSON_FIELDS);
  const now = ctx.deps.clock.now().toISOString();
  const id = ctx.deps.ids();
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('client')
      .values({ id, ...clientColumns(input, at), created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await replaceNeeds(trx, id, input.supportNeeds);
    await ctx.audit(trx, { action: 'clients.create', entity: 'client', entityId: id, outcome: 'success' });
    return inserted;
  });
  ctx.deps.events.publish('clients.changed', { ids: [id] });
  return toClientRecord(row, [...input.supportNeeds].sort());
}

/** Edit a person's record, including pausing or ending support. */
export async function updatePerson(ctx: HandlerContext, id: string, input: ClientInput): Promise<ClientRecord> {
  await requireClient(ctx, id);
  const at = await placeByPostcode(ctx.deps.db, input, EDITED_PERSON_FIELDS);
  const row = await ctx.deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('client')
      .set({ ...clientColumns(input, at), updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await replaceNeeds(trx, id, input.supportNeeds);
    await ctx.audit(trx, {
      action: 'clients.update',
      entity: 'client',
      entityId: id,
      outcome: 'success',
      detail: `status ${input.status}`,
    });
    return updated;
  });
  ctx.deps.events.publish('clients.changed', { ids: [id] });
  return toClientRecord(row, [...input.supportNeeds].sort());
}
