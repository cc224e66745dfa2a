import { AppError } from '@shared/contract/errors';
import type { VisitExplanationView } from '@shared/domain/rota-board/board';
import { memberFitWords } from '@shared/domain/rota-board/member-fit';
import { explainVisit, type TeamMemberExplanation } from '@main/rota';
import type { HandlerContext } from '@main/rpc/context';
import { loadStoredPlan } from './stored-plan';

const STATUS_ORDER: Record<TeamMemberExplanation['status'], number> = { assigned: 0, possible: 1, ruled_out: 2 };

/** On the visit first, then the free members best fit first (by the planning priorities), then those ruled out. */
function byFit(a: TeamMemberExplanation, b: TeamMemberExplanation): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.weightedDelta ?? Infinity) - (b.weightedDelta ?? Infinity) ||
    b.visitsToPerson - a.visitsToPerson
  );
}

/**
 * For a visit: the person's team, who is on it and why, who is free and what taking it would do to their week (in
 * words), and each member ruled out with the rule that ruled them out.
 */
export async function explainService(
  ctx: HandlerContext,
  isoWeek: string,
  visitId: string,
): Promise<VisitExplanationView> {
  const stored = await loadStoredPlan(ctx.deps.db, isoWeek);
  const row = stored.rowById.get(visitId);
  if (!row) throw new AppError('NOT_FOUND', 'That visit is not in this week’s plan.');
  const e = explainVisit(stored.instance, stored.plan, visitId);
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const client = stored.instance.clients.find((c) => c.id === row.client_id);
  return {
    visitId,
    clientName: client?.name ?? 'Unknown person',
    assignedNames: e.assignedWorkerIds.map((id) => names.get(id) ?? id),
    team: [...e.team].sort(byFit).map((m) => ({
      workerId: m.workerId,
      name: names.get(m.workerId) ?? m.workerId,
      status: m.status,
      rule: m.code,
      message: m.message,
      preferred: m.preferred,
      visitsToPerson: m.visitsToPerson,
      fit:
        m.effect === null
          ? null
          : memberFitWords({ ...m.effect, visitsToPerson: m.visitsToPerson, preferred: m.preferred }),
    })),
  };
}
