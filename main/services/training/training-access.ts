import { AppError } from '@shared/contract/errors';
import type { HandlerContext } from '@main/rpc/context';

/** Whether the caller may read anyone's training (managers, coordinators, trainers). */
export function readsAllTraining(ctx: HandlerContext): boolean {
  // The app acting for itself (demo set-up, command line) has no caller; dispatch never lets a call through without
  // one.
  if (ctx.caller === null && ctx.origin.transport === 'cli') return true;
  const caller = ctx.requireCaller();
  return caller.roles.some((role) => role === 'manager' || role === 'coordinator' || role === 'trainer');
}

/** Record-level check: a worker sees only their own training. */
export function assertCanReadTrainingOf(ctx: HandlerContext, staffId: string): void {
  if (readsAllTraining(ctx)) return;
  const caller = ctx.requireCaller();
  if (caller.staffId !== staffId) throw new AppError('FORBIDDEN', 'You can only see your own training.');
}

/** The staff id of the caller, who must be linked to a staff record. */
export function ownStaffId(ctx: HandlerContext): string {
  const caller = ctx.requireCaller();
  if (!caller.staffId) throw new AppError('NOT_FOUND', 'Your account is not linked to a staff record.');
  return caller.staffId;
}

/** The name audit and records use for the person acting. */
export function actingName(ctx: HandlerContext): string {
  return ctx.caller?.displayName ?? 'Neighbourhood Hub';
}
