import { AppError } from '@shared/contract/errors';
import type { VisitExplanationView } from '@shared/domain/rota-board/board';
import { explainVisit } from '@main/rota';
import type { HandlerContext } from '@main/rpc/context';
import { loadStoredPlan } from './stored-plan';

/** For a visit: why this worker, and each team member ruled out with the rule that ruled them out. */
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
    team: e.team.map((m) => ({
      workerId: m.workerId,
      name: names.get(m.workerId) ?? m.workerId,
      status: m.status,
      rule: m.code,
      message: m.message,
      preferred: m.preferred,
      visitsToPerson: m.visitsToPerson,
    })),
  };
}
