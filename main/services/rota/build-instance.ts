import type { Kysely } from 'kysely';
import { z } from 'zod';
import { RotaInstance, type PriorWorkBlock, type RotaVisit } from '@shared/domain/rota/instance';
import { elapsedMinute, weekLengthMinutes } from '@shared/domain/rota/time';
import { Skill } from '@shared/domain/skills';
import type { Database } from '@main/db/schema';
import { weekDays } from '@main/rota/week-days';
import { loadPlannerData } from '../rota-input/load-planner-input';
import { shiftIsoWeek } from '@shared/domain/time/iso-week';
import { readWorkerContracts } from './worker-contracts';
import { trainingBlocksForWeek } from './training-blocks';
import { coverFactsForWeek } from '../rota-cover/cover-records';
import { eligibilityByStaff } from '../staff/eligibility-facts';
import { ineligibleDates, type Ineligibility } from '@shared/domain/staff/eligibility';
import { formatDate } from '@shared/domain/time/format';

/** What the board needs beside the planner instance for each visit. */
export interface VisitMeta {
  purpose: string;
  idealStartMinute: number;
  oneOffId: string | null;
}

/** The planner instance for a week with the extra facts the app keeps beside it. */
export interface BuiltInstance {
  instance: RotaInstance;
  meta: Map<string, VisitMeta>;
  /** Things a coordinator should fix, in words (a person with no team, a worker with no availability). */
  warnings: string[];
}

const TIME_ZONE = 'Europe/London';
// Where a worker with no recorded home is assumed to start (only home travel, which is unpaid, depends on it).
const Skills = z.array(Skill);

/**
 * Build the planner instance for an ISO week from the store: people, teams, ideal weeks in force (pauses removed),
 * one-off cancellations and extras for the week, workers with availability, commitments, skills and contracts,
 * recorded travel, and the work each worker did in the published week before (rest rules across the boundary).
 */
export async function buildInstance(db: Kysely<Database>, isoWeek: string): Promise<BuiltInstance> {
  const data = await loadPlannerData(db, isoWeek);
  const days = weekDays(isoWeek, TIME_ZONE);
  const monday = data.dates[0] ?? '';
  const sunday = data.dates[6] ?? '';
  const workerIds = data.workers.map((w) => w.id);
  const [contracts, training, oneOffs, prior, eligibility, cover] = await Promise.all([
    readWorkerContracts(db, workerIds, monday),
    trainingBlocksForWeek(db, workerIds, monday, sunday),
    db.selectFrom('rota_one_off').selectAll().where('iso_week', '=', isoWeek).orderBy('created_at').execute(),
    priorWork(db, isoWeek),
    eligibilityByStaff(db, workerIds),
    coverFactsForWeek(db, isoWeek),
  ]);
  const warnings: string[] = [];
  const known = new Set(workerIds);
  const clients = data.clients.map((c) => ({
    id: c.id,
    name: c.name,
    location: c.location,
    teamWorkerIds: c.teamWorkerIds.filter((id) => known.has(id)),
  }));
  const clientById = new Map(clients.map((c) => [c.id, c]));

  // Only visits with a consent carry the list, so a week without any plans from the same instance as before.
  const consented = (visitId: string): Pick<RotaVisit, 'outsideTeamWorkerIds'> => {
    const ids = (cover.outsideConsent.get(visitId) ?? []).filter((w) => known.has(w));
    return ids.length === 0 ? {} : { outsideTeamWorkerIds: ids };
  };
  const cancelled = new Set(oneOffs.filter((o) => o.kind === 'cancel').map((o) => o.visit_id));
  const meta = new Map<string, VisitMeta>();
  const visits: RotaVisit[] = [];
  for (const v of data.visits) {
    if (cancelled.has(v.id)) continue;
    meta.set(v.id, { purpose: v.purpose, idealStartMinute: v.startMinute, oneOffId: null });
    visits.push({
      id: v.id,
      clientId: v.clientId,
      date: v.date,
      startMinute: v.startMinute,
      durationMinutes: v.durationMinutes,
      workersNeeded: v.workersNeeded,
      requiredSkills: v.requiredSkills,
      flexMinutes: v.flexMinutes,
      preferredWorkerIds: v.preferredWorkerIds,
      agreedShortVisit: v.agreedShortVisit,
      // Consent to a worker outside the team was given for this visit and still holds when the week is planned again
      // (a shorter length does not: planning again gives the person their visit as agreed in the ideal week).
      ...consented(v.id),
    });
  }
  for (const o of oneOffs) {
    if (o.kind !== 'extra' || !clientById.has(o.client_id)) continue;
    const id = `extra:${o.id}`;
    meta.set(id, { purpose: o.purpose, idealStartMinute: o.start_minute, oneOffId: o.id });
    visits.push({
      id,
      clientId: o.client_id,
      date: o.date,
      startMinute: o.start_minute,
      durationMinutes: o.duration_minutes,
      workersNeeded: o.workers_needed === 2 ? 2 : 1,
      requiredSkills: Skills.parse(JSON.parse(o.required_skills_json)),
      flexMinutes: 0,
      preferredWorkerIds: [],
      agreedShortVisit: o.agreed_short === 1,
      ...consented(id),
    });
  }

  const withVisits = new Set(visits.map((v) => v.clientId));
  for (const c of clients) {
    if (withVisits.has(c.id) && c.teamWorkerIds.length === 0)
      warnings.push(
        `${c.name} has visits this week but no team: their visits cannot be assigned until they choose workers.`,
      );
  }
  const inTeams = new Set(clients.flatMap((c) => c.teamWorkerIds));

  const workers = data.workers.map((w) => {
    const contract = contracts.get(w.id);
    const teamPlaces = clients.filter((c) => c.teamWorkerIds.includes(w.id)).map((c) => c.location);
    const home = w.home ?? centroid(teamPlaces);
    if (inTeams.has(w.id) && w.availability.length === 0)
      warnings.push(`${w.name} is in a team but has no availability this week.`);
    const trainingBlocks = training.get(w.id) ?? [];
    const facts = eligibility.get(w.id);
    const blocked = facts === undefined ? new Map<string, Ineligibility>() : ineligibleDates(facts, data.dates);
    if (inTeams.has(w.id) && blocked.size > 0) warnings.push(ineligibleWarning(w.name, blocked));
    return {
      id: w.id,
      name: w.name,
      guaranteedWeeklyMinutes: contract?.guaranteedWeeklyMinutes ?? 0,
      maxWeeklyMinutes: contract?.maxWeeklyMinutes ?? 48 * 60,
      wtrOptOut: contract?.wtrOptOut ?? false,
      under18: contract?.under18 ?? false,
      availability: subtract(w.availability, trainingBlocks),
      commitments: [...w.commitments, ...trainingBlocks],
      skills: w.skills,
      travelMode: w.travelMode,
      home,
      priorWork: prior.get(w.id) ?? [],
      ratePencePerHour: contract?.ratePencePerHour ?? null,
      ...(facts === undefined ? {} : { eligibility: facts }),
    };
  });

  const parsed = RotaInstance.safeParse({
    isoWeek,
    timeZone: TIME_ZONE,
    days,
    settings: data.settings,
    workers,
    clients,
    visits,
    pins: [],
    recordedTravel: data.recordedTravel,
  });
  if (!parsed.success)
    throw new Error(
      `planner input for ${isoWeek} is inconsistent: ` +
        `${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { instance: parsed.data, meta, warnings };
}

/** "Ann Lee may not work on Thu 10 Dec 2026 to Sun 13 Dec 2026: right to work expired Wed 9 Dec 2026." */
function ineligibleWarning(name: string, blocked: ReadonlyMap<string, Ineligibility>): string {
  const dates = [...blocked.keys()];
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  const when = first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
  const reasons = [...new Set([...blocked.values()].map((b) => b.reason))].join('; ');
  return `${name} may not work on ${when}: ${reasons}.`;
}

function centroid(points: readonly { lat: number; lon: number }[]): { lat: number; lon: number } {
  // Central London when a worker has neither a home nor a team: only the unpaid home leg uses it.
  if (points.length === 0) return { lat: 51.5, lon: -0.12 };
  return {
    lat: points.reduce((a, p) => a + p.lat, 0) / points.length,
    lon: points.reduce((a, p) => a + p.lon, 0) / points.length,
  };
}

function subtract<T extends { date: string; startMinute: number; endMinute: number }>(
  windows: readonly T[],
  blocks: readonly { date: string; startMinute: number; endMinute: number }[],
): T[] {
  if (blocks.length === 0) return [...windows];
  return windows.flatMap((w) => {
    let pieces: [number, number][] = [[w.startMinute, w.endMinute]];
    for (const b of blocks) {
      if (b.date !== w.date) continue;
      pieces = pieces.flatMap(([s, e]): [number, number][] =>
        b.endMinute <= s || b.startMinute >= e
          ? [[s, e]]
          : [
              ...(b.startMinute > s ? [[s, b.startMinute] as [number, number]] : []),
              ...(b.endMinute < e ? [[b.endMinute, e] as [number, number]] : []),
            ],
      );
    }
    return pieces.map(([s, e]) => ({ ...w, startMinute: s, endMinute: e }));
  });
}

/** Each worker's visits in the published week before, as elapsed minutes before this week's Monday 00:00. */
async function priorWork(db: Kysely<Database>, isoWeek: string): Promise<Map<string, PriorWorkBlock[]>> {
  const prev = shiftIsoWeek(isoWeek, -1);
  const week = await db.selectFrom('rota_week').select('status').where('iso_week', '=', prev).executeTakeFirst();
  const out = new Map<string, PriorWorkBlock[]>();
  if (week?.status !== 'published') return out;
  const days = weekDays(prev, TIME_ZONE);
  const length = weekLengthMinutes(days);
  const rows = await db
    .selectFrom('rota_visit')
    .select(['date', 'start_minute', 'duration_minutes', 'worker1_id', 'worker2_id'])
    .where('iso_week', '=', prev)
    .where('worker1_id', 'is not', null)
    .execute();
  const index = new Map(days.map((d, i) => [d.date, i]));
  for (const r of rows) {
    const i = index.get(r.date);
    if (i === undefined) continue;
    const block = {
      startElapsed: elapsedMinute(days, i, r.start_minute) - length,
      endElapsed: elapsedMinute(days, i, r.start_minute + r.duration_minutes) - length,
    };
    for (const w of [r.worker1_id, r.worker2_id]) if (w !== null) (out.get(w) ?? out.set(w, []).get(w))?.push(block);
  }
  return out;
}
