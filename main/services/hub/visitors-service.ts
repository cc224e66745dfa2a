import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type { TemporaryPassword } from '@shared/domain/auth/accounts';
import type { Visitor, VisitorInput, VisitorUpdate } from '@shared/domain/hub/setup';
import type { Database } from '@main/db/schema';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { insertAccount } from '../accounts/account-service';
import { generateTemporaryPassword, hashPassword } from '../auth/passwords';
import { temporaryPasswordExpiry } from '../auth/temporary-passwords';

// Visitor accounts are ordinary accounts (role `visitor`, no staff record) made through the accounts service, with
// one more row linking each to the visiting organisation the person works for.

/** Every visitor account with its organisation (null when never linked), by name. */
export async function listVisitors(db: Kysely<Database>): Promise<Visitor[]> {
  const rows = await db
    .selectFrom('account as a')
    .innerJoin('account_role as r', (join) => join.onRef('r.account_id', '=', 'a.id').on('r.role', '=', 'visitor'))
    .leftJoin('hub_visitor as v', 'v.account_id', 'a.id')
    .leftJoin('hub_organisation as o', 'o.id', 'v.organisation_id')
    .select([
      'a.id',
      'a.username',
      'a.display_name',
      'a.disabled',
      'v.organisation_id',
      'o.name as organisation_name',
      'o.removed_at',
      'v.email',
      'v.phone',
    ])
    .orderBy('a.display_name')
    .execute();
  return rows.map((row) => ({
    accountId: row.id,
    username: row.username,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationRemoved: row.removed_at !== null && row.removed_at !== undefined,
    email: row.email ?? null,
    phone: row.phone ?? null,
    disabled: row.disabled === 1,
  }));
}

/** An organisation still registered, or a VALIDATION error at `path`. */
export async function requireRegisteredOrganisation(
  db: Kysely<Database>,
  id: string,
  path: (string | number)[],
): Promise<void> {
  const row = await db
    .selectFrom('hub_organisation')
    .select('id')
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw AppError.field(path, 'Choose an organisation registered with the hub.');
}

/** One planned visitor account, its password already hashed. */
export interface VisitorPlan {
  username: string;
  displayName: string;
  organisationId: string;
  email: string | null;
  phone: string | null;
  passwordHash: string;
}

/** Insert visitor accounts and their organisation links (inside the caller's transaction). */
export async function insertVisitors(
  db: Kysely<Database>,
  deps: BackendDeps,
  plans: readonly VisitorPlan[],
  mustChangePassword = true,
): Promise<string[]> {
  const now = deps.clock.now().toISOString();
  const ids: string[] = [];
  for (const plan of plans) {
    const accountId = await insertAccount(db, deps, {
      username: plan.username,
      displayName: plan.displayName,
      roles: ['visitor'],
      staffId: null,
      passwordHash: plan.passwordHash,
      mustChangePassword,
    });
    await db
      .insertInto('hub_visitor')
      .values({
        account_id: accountId,
        organisation_id: plan.organisationId,
        email: plan.email,
        phone: plan.phone,
        created_at: now,
        updated_at: now,
      })
      .execute();
    ids.push(accountId);
  }
  return ids;
}

/** Create one visitor account with a temporary password the manager hands over. */
export async function createVisitor(
  ctx: HandlerContext,
  input: z.output<typeof VisitorInput>,
): Promise<TemporaryPassword> {
  await requireRegisteredOrganisation(ctx.deps.db, input.organisationId, ['organisationId']);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const accountId = await ctx.deps.db.transaction().execute(async (trx) => {
    const [id] = await insertVisitors(trx, ctx.deps, [{ ...input, passwordHash }]);
    if (!id) throw new Error('no account made');
    await ctx.audit(trx, {
      action: 'hub.visitor.create',
      entity: 'account',
      entityId: id,
      outcome: 'success',
      detail: `organisation ${input.organisationId}`,
    });
    return id;
  });
  ctx.deps.events.publish('accounts.changed', { ids: [accountId] });
  ctx.deps.events.publish('hub.changed', { ids: [accountId] });
  return {
    accountId,
    username: input.username,
    temporaryPassword,
    expiresAt: await temporaryPasswordExpiry(ctx.deps, ctx.deps.clock.now()),
  };
}

/** Change a visitor's name, contact details or organisation (linking an account never linked before). */
export async function updateVisitor(ctx: HandlerContext, input: z.output<typeof VisitorUpdate>): Promise<Visitor> {
  const db = ctx.deps.db;
  const visitor = (await listVisitors(db)).find((v) => v.accountId === input.accountId);
  if (!visitor) throw new AppError('NOT_FOUND', 'That visitor account does not exist.');
  await requireRegisteredOrganisation(db, input.organisationId, ['organisationId']);
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('account')
      .set({ display_name: input.displayName })
      .where('id', '=', input.accountId)
      .execute();
    await trx
      .insertInto('hub_visitor')
      .values({
        account_id: input.accountId,
        organisation_id: input.organisationId,
        email: input.email,
        phone: input.phone,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet({
          organisation_id: input.organisationId,
          email: input.email,
          phone: input.phone,
          updated_at: now,
        }),
      )
      .execute();
    await ctx.audit(trx, {
      action: 'hub.visitor.update',
      entity: 'account',
      entityId: input.accountId,
      outcome: 'success',
      detail: visitor.organisationId === input.organisationId ? null : `moved to ${input.organisationId}`,
    });
  });
  ctx.deps.events.publish('accounts.changed', { ids: [input.accountId] });
  ctx.deps.events.publish('hub.changed', { ids: [input.accountId] });
  const updated = (await listVisitors(db)).find((v) => v.accountId === input.accountId);
  if (!updated) throw new AppError('NOT_FOUND', 'That visitor account does not exist.');
  return updated;
}
