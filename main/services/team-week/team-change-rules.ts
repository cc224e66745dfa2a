import type { TeamChangeApproval } from '@shared/domain/team-week/team-changes';
import type { Placement } from '@main/services/rota/edit-service';
import { workerIdsOf, type StoredPlan } from '@main/services/rota/stored-plan';

/** A swap or give-up as the rota sees it: who leaves which visit and who comes on. */
export interface TeamChange {
  kind: 'swap' | 'give_up';
  visitId: string;
  fromStaffId: string;
  toStaffId: string | null;
  otherVisitId: string | null;
  sickness: boolean;
}

/** The placements a change makes: the worker leaving each visit replaced by the one coming on (none for a give-up). */
export function placementsOf(stored: StoredPlan, change: TeamChange): Placement[] {
  const replace = (visitId: string, leaving: string, coming: string | null): Placement => {
    const row = stored.rowById.get(visitId);
    if (!row) throw new Error(`unknown visit ${visitId}`);
    const workerIds = coming === null ? [] : workerIdsOf(row).map((id) => (id === leaving ? coming : id));
    return { visitId, workerIds, startMinute: row.start_minute, pinned: false };
  };
  const out = [replace(change.visitId, change.fromStaffId, change.toStaffId)];
  if (change.otherVisitId !== null && change.toStaffId !== null)
    out.push(replace(change.otherVisitId, change.toStaffId, change.fromStaffId));
  return out;
}

/**
 * Whether the branch's setting sends this change to the coordinator: every change, or (beyond_limit) one that puts a
 * worker with a person they do not otherwise visit that week, or moves more than the limit of anyone's visit hours. A
 * give-up through sickness never waits.
 */
export function needsCoordinator(setting: TeamChangeApproval, stored: StoredPlan, change: TeamChange): boolean {
  if (change.kind === 'give_up' && change.sickness) return false;
  if (setting.mode === 'every') return true;
  const delta = new Map<string, number>();
  for (const p of placementsOf(stored, change)) {
    const row = stored.rowById.get(p.visitId);
    if (!row) continue;
    const before = workerIdsOf(row);
    for (const id of before.filter((w) => !p.workerIds.includes(w)))
      delta.set(id, (delta.get(id) ?? 0) - row.duration_minutes);
    for (const id of p.workerIds.filter((w) => !before.includes(w))) {
      delta.set(id, (delta.get(id) ?? 0) + row.duration_minutes);
      const knowsThePerson = stored.rows.some(
        (r) => r.client_id === row.client_id && r.id !== row.id && workerIdsOf(r).includes(id),
      );
      if (!knowsThePerson) return true;
    }
  }
  return [...delta.values()].some((d) => Math.abs(d) > setting.hoursLimitMinutes);
}
