import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type { Organisation, OrganisationInput, OrganisationRemoval } from '@shared/domain/hub/setup';
import { londonDate } from '@shared/domain/time/london';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { cancelBookingsWhere } from './booking-ending';
import { assertFreeName } from './setup-service';

/** Organisations still registered with the hub, by name, with their number of visitor accounts. */
export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  const rows = await db
    .selectFrom('hub_organisation as o')
    .leftJoin('hub_visitor as v', 'v.organisation_id', 'o.id')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.kind',
      'o.contact_name',
      'o.contact_email',
      'o.contact_phone',
      eb.fn.count<number>('v.account_id').as('visitors'),
    ])
    .where('o.removed_at', 'is', null)
    .groupBy('o.id')
    .orderBy('o.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    visitors: Number(row.visitors),
  }));
}

async function oneOrganisation(db: Kysely<Database>, id: string): Promise<Organisation> {
  const found = (await listOrganisations(db)).find((o) => o.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'That organisation is not registered with the hub.');
  return found;
}

/** Add or change a visiting organisation; names are unique among those registered. */
export async function saveOrganisation(
  ctx: HandlerContext,
  input: z.output<typeof OrganisationInput>,
): Promise<Organisation> {
  const db = ctx.deps.db;
  if (input.id) await oneOrganisation(db, input.id);
  await assertFreeName(db, 'hub_organisation', input.name, input.id);
  const id = input.id ?? ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const values = {
      name: input.name,
      kind: input.kind,
      contact_name: input.contactName,
      contact_email: input.contactEmail,
      contact_phone: input.contactPhone,
      updated_at: now,
    };
    if (input.id) await trx.updateTable('hub_organisation').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('hub_organisation')
        .values({ id, ...values, created_at: now, removed_at: null })
        .execute();
    await ctx.audit(trx, {
      action: input.id ? 'hub.organisation.update' : 'hub.organisation.create',
      entity: 'hub_organisation',
      entityId: id,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return oneOrganisation(db, id);
}

/**
 * Remove an organisation. Its visitors keep their accounts (and their history) but cannot book or sign in until a
 * manager moves them to another organisation; their bookings from today on are cancelled in the same transaction.
 */
export async function removeOrganisation(ctx: HandlerContext, id: string): Promise<OrganisationRemoval> {
  const db = ctx.deps.db;
  const organisation = await oneOrganisation(db, id);
  const visitors = (
    await db.selectFrom('hub_visitor').select('account_id').where('organisation_id', '=', id).execute()
  ).map((v) => v.account_id);
  const today = londonDate(ctx.deps.clock.now());
  const cancelled = await db.transaction().execute(async (trx) => {
    const ended = await cancelBookingsWhere(ctx, trx, { accountIds: visitors, fromDate: today }, true);
    await trx
      .updateTable('hub_organisation')
      .set({ removed_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await ctx.audit(trx, {
      action: 'hub.organisation.remove',
      entity: 'hub_organisation',
      entityId: id,
      outcome: 'success',
      detail: `${organisation.name}: ${visitors.length} visitors, ${ended.cancelled} bookings cancelled`.slice(0, 400),
    });
    return ended.cancelled;
  });
  ctx.deps.events.publish('hub.changed', { ids: [id] });
  return { visitors: visitors.length, cancelledBookings: cancelled };
}
