import { AppError } from '@shared/contract/errors';
import type { HandlerContext } from '@main/rpc/context';
import type { Selectable } from 'kysely';
import type { ApprenticeshipTable } from '@main/db/schema';
import { isManager } from '../pathway/access';

/** Load an apprenticeship or answer NOT_FOUND. */
export async function requireApprenticeship(ctx: HandlerContext, id: string): Promise<Selectable<ApprenticeshipTable>> {
  const row = await ctx.deps.db.selectFrom('apprenticeship').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That apprenticeship does not exist.');
  return row;
}

/**
 * How the caller relates to an apprenticeship: managers manage, trainers read, the apprentice and mentor see theirs.
 */
export function relation(ctx: HandlerContext, row: { staff_id: string; mentor_staff_id: string | null }) {
  const manager = isManager(ctx);
  const caller = ctx.caller;
  const trainer = caller?.roles.includes('trainer') ?? false;
  const apprentice = caller !== null && caller.staffId !== null && caller.staffId === row.staff_id;
  const mentor = caller !== null && caller.staffId !== null && caller.staffId === row.mentor_staff_id;
  return { manager, trainer, apprentice, mentor, canRead: manager || trainer || apprentice || mentor };
}

/** Refuse anyone who may not read this apprenticeship (record-level check). */
export function assertCanRead(ctx: HandlerContext, row: { staff_id: string; mentor_staff_id: string | null }) {
  const rel = relation(ctx, row);
  if (!rel.canRead) throw new AppError('FORBIDDEN', 'You can only see your own apprenticeship, or one you mentor.');
  return rel;
}

/** Refuse changes to an apprenticeship that has ended. */
export function assertActive(row: { status: string }): void {
  if (row.status !== 'active')
    throw new AppError('CONFLICT', `This apprenticeship is ${row.status}; it cannot be changed.`);
}
