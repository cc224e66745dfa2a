import { AppError } from '@shared/contract/errors';
import type { HandlerContext } from '@main/rpc/context';

/** Whether the caller is a manager. */
export function isManager(ctx: HandlerContext): boolean {
  // No caller only happens in the app's own work (demo set-up, command line), which acts with a manager's reach.
  if (ctx.caller === null && ctx.origin.transport === 'cli') return true;
  return ctx.requireCaller().roles.includes('manager');
}

/** The caller's staff id, or FORBIDDEN when their account has none. */
export function callerStaffId(ctx: HandlerContext): string {
  const staffId = ctx.requireCaller().staffId;
  if (!staffId) throw new AppError('FORBIDDEN', 'Your account is not linked to a staff record.');
  return staffId;
}

/** Who the audit log and records name as having acted. */
export function actorName(ctx: HandlerContext): string {
  return ctx.caller?.username ?? 'system';
}
