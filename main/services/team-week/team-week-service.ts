import type { TeamPerson, TeamVisit, TeamWeek } from '@shared/domain/team-week/team-week';
import { visitHasStarted } from '@shared/domain/team-week/visit-started';
import { offerOpenVisit } from '@main/rota/open-visit-offer';
import type { HandlerContext } from '@main/rpc/context';
import { ownStaffId } from '@main/services/rota/my-week-service';
import { findWeek, type RotaVisitRow } from '@main/services/rota/rota-week-queries';
import { loadStoredPlan, workerIdsOf, type StoredPlan } from '@main/services/rota/stored-plan';
import { staffNames } from '@main/services/staff/staff-queries';
import { teamPeopleOf } from './team-week-queries';

/** The moment a visit starts has passed (the backend's clock, London wall-clock). */
export function hasStarted(row: Pick<RotaVisitRow, 'date' | 'start_minute'>, now: Date): boolean {
  return visitHasStarted(row.date, row.start_minute, now);
}

/** Why a worker may not take an open visit, or null when they may: the rules the validator reports, in words. */
export function whyNotTake(stored: StoredPlan, row: RotaVisitRow, staffId: string, now: Date): string | null {
  if (hasStarted(row, now)) return 'It has already started.';
  if (row.workers_needed !== 1) return 'It needs two workers, so the coordinator arranges it.';
  const [offer] = offerOpenVisit(stored.instance, stored.plan, row.id, [staffId]);
  const breaches = offer?.breaches ?? [];
  if (breaches.length === 0) return null;
  const words = [...new Set(breaches.map((b) => b.message.replace(/^worker /, 'you ')))];
  return `You cannot take it: ${words.join('; ')}.`;
}

/**
 * The published week of the people in the signed-in worker's teams: who is going when, and which open visits the
 * worker may take. Only what security.md lets a worker see of a person: name, how they like to be addressed, what
 * matters to them and their published visits (never an address, support needs or a draft week).
 */
export async function teamWeek(ctx: HandlerContext, isoWeek: string): Promise<TeamWeek> {
  const staffId = ownStaffId(ctx);
  const db = ctx.deps.db;
  const people = await teamPeopleOf(db, staffId);
  const week = await findWeek(db, isoWeek);
  const published = week?.status === 'published';
  const stored = published ? await loadStoredPlan(db, isoWeek) : null;
  const theirs = new Set(people.map((p) => p.id));
  const rows = (stored?.rows ?? []).filter((r) => theirs.has(r.client_id));
  const names = await staffNames(db, [...new Set(rows.flatMap(workerIdsOf))]);
  const now = ctx.deps.clock.now();
  const visitOf = (r: RotaVisitRow): TeamVisit => {
    const workerIds = workerIdsOf(r);
    const open = workerIds.length === 0;
    const whyNot = open && stored ? whyNotTake(stored, r, staffId, now) : null;
    return {
      visitId: r.id,
      date: r.date,
      startMinute: r.start_minute,
      durationMinutes: r.duration_minutes,
      purpose: r.purpose,
      workersNeeded: r.workers_needed,
      workerNames: workerIds.map((id) => names.get(id) ?? 'A colleague'),
      workerIds,
      mine: workerIds.includes(staffId),
      open,
      canTake: open && whyNot === null,
      whyNot,
    };
  };
  return {
    isoWeek,
    published,
    people: people.map((p): TeamPerson => ({
      clientId: p.id,
      name: `${p.preferred_name ?? p.given_name} ${p.family_name}`,
      addressedAs: p.addressed_as,
      whatMatters: p.what_matters,
      visits: rows.filter((r) => r.client_id === p.id).map(visitOf),
    })),
  };
}
