import type { HandlerContext } from '@main/rpc/context';

/** Who is asking, as the people domain's record-level checks need it. */
export interface Access {
  /** The caller's staff record (null for system work and accounts without one). */
  staffId: string | null;
  /** Managers and coordinators see every person; a worker only the people whose team they are in. */
  privileged: boolean;
  /** For "requested by" / "decided by" columns. */
  actor: string;
}

/** The caller's access. The app's own work (demo set-up, command line) runs without a session and is privileged. */
export function callerAccess(ctx: HandlerContext): Access {
  if (ctx.caller === null && ctx.origin.transport === 'cli')
    return { staffId: null, privileged: true, actor: 'system' };
  const caller = ctx.requireCaller();
  return {
    staffId: caller.staffId,
    privileged: caller.roles.includes('manager') || caller.roles.includes('coordinator'),
    actor: caller.username,
  };
}
