import type { TeamChangeApproval } from '@shared/domain/team-week/team-changes';
import type { Placement } from '@main/services/rota/edit-service';
import { workerIdsOf, type StoredPlan } from '@main/services/rota/stored-plan';
import { hasStarted } from './team-week-service';

/** A visit of a shift swap as it stood when asked: who held it, its day, start and length. */
export interface AskedVisit {
  visitId: string;
  staffId: string;
  date: string;
  startMinute: number;
  durationMinutes: number;
}

/** A swap (of a visit or a whole shift) or give-up as the rota sees it: who leaves which visits and who comes on. */
export interface TeamChange {
  kind: 'swap' | 'give_up' | 'swap_shift';
  /** The from-worker's visits the teammate takes (nobody, for a give-up). */
  visitIds: string[];
  fromStaffId: string;
  toStaffId: string | null;
  /** The teammate's visits the from-worker takes in exchange. */
  otherVisitIds: string[];
  sickness: boolean;
  /** A shift swap's visits on each side as they stood when asked (empty for a single visit). */
  asked: AskedVisit[];
}

/** The placements a change makes: the worker leaving each visit replaced by the one coming on (none for a give-up). */
export function placementsOf(stored: StoredPlan, change: TeamChange): Placement[] {
  const replace = (visitId: string, leaving: string, coming: string | null): Placement => {
    const row = stored.rowById.get(visitId);
    if (!row) throw new Error(`unknown visit ${visitId}`);
    const workerIds = coming === null ? [] : workerIdsOf(row).map((id) => (id === leaving ? coming : id));
    return { visitId, workerIds, startMinute: row.start_minute, pinned: false };
  };
  const out = change.visitIds.map((id) => replace(id, change.fromStaffId, change.toStaffId));
  if (change.toStaffId !== null)
    for (const id of change.otherVisitIds) out.push(replace(id, change.toStaffId, change.fromStaffId));
  return out;
}

/**
 * Whether the rota has changed since the change was asked, so it can no longer be made as asked: a visit no longer
 * held by its worker or already started; for a shift swap also a visit moved or resized, or a worker's day on either
 * side no longer exactly the shift that was asked about (a visit added to it or taken from it).
 */
export function changedSinceAsked(stored: StoredPlan, change: TeamChange, now: Date): boolean {
  const held = (visitId: string, staffId: string | null) => {
    if (staffId === null) return true;
    const row = stored.rowById.get(visitId);
    return row !== undefined && workerIdsOf(row).includes(staffId) && !hasStarted(row, now);
  };
  if (!change.visitIds.every((id) => held(id, change.fromStaffId))) return true;
  if (!change.otherVisitIds.every((id) => held(id, change.toStaffId))) return true;
  const asDay = new Map<string, Set<string>>();
  for (const a of change.asked) {
    const row = stored.rowById.get(a.visitId);
    if (!row || row.date !== a.date || row.start_minute !== a.startMinute || row.duration_minutes !== a.durationMinutes)
      return true;
    const key = `${a.staffId}|${a.date}`;
    asDay.set(key, (asDay.get(key) ?? new Set()).add(a.visitId));
  }
  for (const [key, asked] of asDay) {
    const [staffId = '', date = ''] = key.split('|');
    const onDay = stored.rows.filter((r) => r.date === date && workerIdsOf(r).includes(staffId));
    if (onDay.length !== asked.size || onDay.some((r) => !asked.has(r.id))) return true;
  }
  return false;
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
