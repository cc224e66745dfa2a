import type { Kysely } from 'kysely';
import type { BusyBlock, MemberWeek } from '@shared/domain/team-meetings/meeting-times';
import { recordedTravelMap, travelMinutes } from '@shared/domain/rota/travel';
import { weekDates } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { loadPlannerData } from '@main/services/rota-input/load-planner-input';
import { trainingBlocksForWeek } from '@main/services/rota/training-blocks';
import { findWeek, listVisits, type RotaVisitRow } from '@main/services/rota/rota-week-queries';
import { workerIdsOf } from '@main/services/rota/stored-plan';
import { staffNames } from '@main/services/staff/staff-queries';

/** The team members' weeks, and whether a rota (draft or published) for the week was there to read visits from. */
export interface TeamMemberWeeks {
  members: MemberWeek[];
  planned: boolean;
}

/**
 * Each team member's week as the meeting finder reads it, from the same sources the planner uses: availability
 * windows; approved leave and sickness (away); team meetings already booked; training sessions booked; and, once the
 * week has a rota, their visits with the travel from each visit to their next one that day.
 */
export async function teamMemberWeeks(
  db: Kysely<Database>,
  staffIds: readonly string[],
  isoWeek: string,
): Promise<TeamMemberWeeks> {
  const dates = weekDates(isoWeek);
  const [data, training, week, names] = await Promise.all([
    loadPlannerData(db, isoWeek),
    trainingBlocksForWeek(db, staffIds, dates[0] as string, dates[6] as string),
    findWeek(db, isoWeek),
    staffNames(db, staffIds),
  ]);
  const rows = week ? await listVisits(db, isoWeek) : [];
  const workers = new Map(data.workers.map((w) => [w.id, w]));
  const places = new Map(data.clients.map((c) => [c.id, { id: c.id, point: c.location }]));
  const recorded = recordedTravelMap(data.recordedTravel);
  const members = staffIds.map((staffId): MemberWeek => {
    const w = workers.get(staffId);
    const busy: BusyBlock[] = [
      ...(w?.absences ?? []).map((a) => ({ ...a, reason: 'away' as const })),
      ...(w?.commitments ?? []).map((c) => ({ ...c, reason: 'meeting' as const })),
      ...(training.get(staffId) ?? []).map((c) => ({ ...c, reason: 'training' as const })),
    ].map(({ date, startMinute, endMinute, reason }) => ({ date, startMinute, endMinute, reason }));
    const visits = rows
      .filter((r) => workerIdsOf(r).includes(staffId))
      .sort((a, b) => a.date.localeCompare(b.date) || a.start_minute - b.start_minute);
    visits.forEach((v, i) => {
      const end = v.start_minute + v.duration_minutes;
      busy.push({ date: v.date, startMinute: v.start_minute, endMinute: end, reason: 'visit' });
      const next: RotaVisitRow | undefined = visits[i + 1];
      const from = places.get(v.client_id);
      const to = next ? places.get(next.client_id) : undefined;
      if (!w || !next || next.date !== v.date || !from || !to) return;
      const travel = travelMinutes(data.settings, from, to, w.travelMode, recorded);
      const until = Math.min(next.start_minute, end + travel);
      if (until > end) busy.push({ date: v.date, startMinute: end, endMinute: until, reason: 'visit' });
    });
    return { staffId, name: names.get(staffId) ?? 'A colleague', windows: w?.windows ?? [], busy };
  });
  return { members, planned: week !== undefined };
}
