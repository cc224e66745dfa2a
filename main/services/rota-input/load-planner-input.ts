import type { Kysely } from 'kysely';
import type {
  Commitment,
  DatedWindow,
  GeoPoint,
  HeldSkill,
  RecordedTravel,
  RuleSettings,
  TravelMode,
} from '@shared/domain/rota/instance';
import { recordedTravelMap, travelMinutes, type TravelPlace } from '@shared/domain/rota/travel';
import type { ClientStatus } from '@shared/domain/clients/client';
import { isWeekA, type RepeatPattern } from '@shared/domain/clients/ideal-week';
import { weekDates } from '@shared/domain/time/iso-week';
import { Skill } from '@shared/domain/skills';
import type { Database } from '@main/db/schema';
import { CARE_ROLES } from '../availability/availability-service';
import { heldSkillsByStaff } from '../training/training-facts';
import { readRuleSettings } from '../travel/rule-settings';

/** A person as the planner input needs them. */
export interface PlannerClient {
  id: string;
  name: string;
  location: GeoPoint;
  status: ClientStatus;
  teamWorkerIds: string[];
  /** Workers the person has declined: never to be scheduled for them (also never in the team). */
  declinedWorkerIds: string[];
  /** Dates of this week with no visits (a pause such as a hospital stay, not yet started, or ended). */
  noVisitDates: string[];
}

/** One visit of the week, expanded from the ideal-week item in force on its date. Ids are stable: item id + date. */
export interface PlannerVisit {
  id: string;
  clientId: string;
  idealWeekItemId: string;
  date: string;
  startMinute: number;
  durationMinutes: number;
  workersNeeded: 1 | 2;
  requiredSkills: Skill[];
  flexMinutes: number;
  /** Preferred workers still in the team. */
  preferredWorkerIds: string[];
  agreedShortVisit: boolean;
  purpose: string;
}

/** A dated absence that removes availability (approved leave, sickness). */
export interface PlannerAbsence extends DatedWindow {
  kind: 'annual_leave' | 'sickness';
  exceptionId: string;
}

/**
 * A wellbeing worker as the planner input needs them. Contract fields come from the staff record, mapped by the rota.
 */
export interface PlannerWorker {
  id: string;
  name: string;
  jobRole: number;
  travelMode: TravelMode;
  /** Home; null when no travel profile is recorded (the rota decides how to treat it). */
  home: GeoPoint | null;
  /** Recurring weekly windows laid on the week's dates. */
  windows: DatedWindow[];
  absences: PlannerAbsence[];
  /** Paid non-visit time: team meetings (training blocks come from the training domain). */
  commitments: Commitment[];
  /** Windows minus absences and commitments: when the worker can take a visit. */
  availability: DatedWindow[];
  /** Skills held, with the dates of this week they are valid on. */
  skills: HeldSkill[];
}

/** Everything the rota's instance builder needs for one ISO week, from the store. */
export interface PlannerData {
  isoWeek: string;
  /** Monday..Sunday. */
  dates: string[];
  settings: RuleSettings;
  clients: PlannerClient[];
  workers: PlannerWorker[];
  visits: PlannerVisit[];
  recordedTravel: RecordedTravel[];
}

const SKILL_SET: ReadonlySet<string> = new Set(Skill.options);

// JSON columns the database checked as arrays when written; read them without a schema pass per row (thousands a week).
function parseSkillList(json: string): Skill[] {
  const list: unknown = JSON.parse(json);
  return Array.isArray(list) ? list.filter((s): s is Skill => typeof s === 'string' && SKILL_SET.has(s)) : [];
}

function parseIdList(json: string): string[] {
  const list: unknown = JSON.parse(json);
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}
const DEFAULT_MODE: TravelMode = 'public_transport';

function chunks<T>(list: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Windows minus blocks, per date (all end-exclusive local minutes). */
export function subtractWindows(windows: readonly DatedWindow[], blocks: readonly DatedWindow[]): DatedWindow[] {
  const out: DatedWindow[] = [];
  for (const w of windows) {
    let pieces: [number, number][] = [[w.startMinute, w.endMinute]];
    for (const b of blocks) {
      if (b.date !== w.date) continue;
      pieces = pieces.flatMap(([s, e]): [number, number][] => {
        if (b.endMinute <= s || b.startMinute >= e) return [[s, e]];
        const left: [number, number][] = b.startMinute > s ? [[s, b.startMinute]] : [];
        const right: [number, number][] = b.endMinute < e ? [[b.endMinute, e]] : [];
        return [...left, ...right];
      });
    }
    for (const [s, e] of pieces) out.push({ date: w.date, startMinute: s, endMinute: e });
  }
  return out;
}

/** Lay a dated exception [start, end) over the week's dates. */
function expandException(
  row: { start_date: string; start_minute: number; end_date: string | null; end_minute: number },
  dates: readonly string[],
): DatedWindow[] {
  const out: DatedWindow[] = [];
  for (const date of dates) {
    if (date < row.start_date || (row.end_date !== null && date > row.end_date)) continue;
    const start = date === row.start_date ? row.start_minute : 0;
    const end = row.end_date !== null && date === row.end_date ? row.end_minute : 1440;
    if (end > start) out.push({ date, startMinute: start, endMinute: end });
  }
  return out;
}

/**
 * Load everything the planner needs for an ISO week in one pass of a few queries: people (active, paused, or ending
 * this week) with their teams and declined workers; the ideal-week items in force on each date (versions by
 * effective date, alternate weeks A/B from each version's anchor); care workers with windows, approved leave,
 * sickness and team meetings, home and travel mode, skills from training; recorded travel times.
 */
export async function loadPlannerData(db: Kysely<Database>, isoWeek: string): Promise<PlannerData> {
  const dates = weekDates(isoWeek);
  const monday = dates[0] as string;
  const sunday = dates[6] as string;

  const [
    settings,
    clientRows,
    teamRows,
    declinedRows,
    versionRows,
    staffRows,
    windowRows,
    profileRows,
    exceptionRows,
    travelRows,
  ] = await Promise.all([
    readRuleSettings(db),
    db
      .selectFrom('client')
      .select([
        'id',
        'given_name',
        'family_name',
        'lat',
        'lon',
        'status',
        'start_date',
        'paused_from',
        'paused_until',
        'ended_on',
      ])
      .where('start_date', '<=', sunday)
      .where((eb) => eb.or([eb('status', '<>', 'ended'), eb('ended_on', '>=', monday)]))
      .orderBy('id')
      .execute(),
    db
      .selectFrom('client_team_member')
      .select(['client_id', 'staff_id'])
      .orderBy('client_id')
      .orderBy('staff_id')
      .execute(),
    db.selectFrom('client_declined_worker').select(['client_id', 'staff_id']).execute(),
    db
      .selectFrom('ideal_week_version')
      .select(['id', 'client_id', 'effective_from', 'anchor_date'])
      .where('effective_from', '<=', sunday)
      .orderBy('effective_from')
      .execute(),
    db
      .selectFrom('staff')
      .select(['id', 'given_name', 'family_name', 'preferred_name', 'job_role'])
      .where('status', '=', 'active')
      .where((eb) =>
        eb.or([
          eb('job_role', 'in', CARE_ROLES),
          eb('id', 'in', eb.selectFrom('client_team_member').select('staff_id')),
        ]),
      )
      .orderBy('id')
      .execute(),
    db
      .selectFrom('availability_window')
      .select(['staff_id', 'weekday', 'start_minute', 'end_minute'])
      .orderBy('staff_id')
      .orderBy('weekday')
      .orderBy('start_minute')
      .execute(),
    db.selectFrom('worker_travel_profile').select(['staff_id', 'travel_mode', 'home_lat', 'home_lon']).execute(),
    db
      .selectFrom('availability_exception')
      .select(['id', 'staff_id', 'kind', 'status', 'start_date', 'start_minute', 'end_date', 'end_minute'])
      .where('start_date', '<=', sunday)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', monday)]))
      .where((eb) =>
        eb.or([
          eb.and([eb('kind', '=', 'annual_leave'), eb('status', '=', 'approved')]),
          eb('status', '=', 'recorded'),
        ]),
      )
      .orderBy('start_date')
      .execute(),
    db.selectFrom('travel_recorded').select(['from_id', 'to_id', 'mode', 'minutes']).execute(),
  ]);

  // Teams and declined workers by person.
  const teams = new Map<string, string[]>();
  for (const r of teamRows) (teams.get(r.client_id) ?? teams.set(r.client_id, []).get(r.client_id))?.push(r.staff_id);
  const declined = new Map<string, string[]>();
  for (const r of declinedRows)
    (declined.get(r.client_id) ?? declined.set(r.client_id, []).get(r.client_id))?.push(r.staff_id);

  // The version in force on each date, per person (versions are sorted by effective date).
  const versionsByClient = new Map<string, typeof versionRows>();
  for (const v of versionRows)
    (versionsByClient.get(v.client_id) ?? versionsByClient.set(v.client_id, []).get(v.client_id))?.push(v);

  const clients: PlannerClient[] = [];
  const inForce = new Map<string, { versionId: string; anchor: string; date: string; weekday: number }[]>();
  const neededVersions = new Set<string>();
  for (const c of clientRows) {
    const noVisitDates: string[] = [];
    const versions = versionsByClient.get(c.id) ?? [];
    dates.forEach((date, index) => {
      const paused =
        c.status === 'paused' &&
        c.paused_from !== null &&
        date >= c.paused_from &&
        (c.paused_until === null || date <= c.paused_until);
      const outside = date < c.start_date || (c.ended_on !== null && date > c.ended_on);
      if (paused || outside) {
        noVisitDates.push(date);
        return;
      }
      let chosen: (typeof versions)[number] | undefined;
      for (const v of versions) if (v.effective_from <= date) chosen = v;
      if (!chosen) return;
      neededVersions.add(chosen.id);
      const list = inForce.get(c.id) ?? inForce.set(c.id, []).get(c.id);
      list?.push({ versionId: chosen.id, anchor: chosen.anchor_date, date, weekday: index + 1 });
    });
    clients.push({
      id: c.id,
      name: `${c.given_name} ${c.family_name}`,
      location: { lat: c.lat, lon: c.lon },
      status: c.status,
      teamWorkerIds: teams.get(c.id) ?? [],
      declinedWorkerIds: declined.get(c.id) ?? [],
      noVisitDates,
    });
  }

  // Items of the versions in force, then expanded onto their dates.
  const itemsByVersion = new Map<
    string,
    {
      id: string;
      weekday: number;
      start_minute: number;
      duration_minutes: number;
      workers_needed: number;
      purpose: string;
      required_skills_json: string;
      flex_minutes: number;
      preferred_json: string;
      agreed_short: number;
      repeat: RepeatPattern;
    }[]
  >();
  for (const ids of chunks([...neededVersions])) {
    const rows = await db
      .selectFrom('ideal_week_item')
      .select([
        'id',
        'version_id',
        'weekday',
        'start_minute',
        'duration_minutes',
        'workers_needed',
        'purpose',
        'required_skills_json',
        'flex_minutes',
        'preferred_json',
        'agreed_short',
        'repeat',
      ])
      .where('version_id', 'in', ids)
      .orderBy('version_id')
      .orderBy('weekday')
      .orderBy('start_minute')
      .orderBy('position')
      .execute();
    for (const r of rows)
      (itemsByVersion.get(r.version_id) ?? itemsByVersion.set(r.version_id, []).get(r.version_id))?.push(r);
  }
  const weekA = new Map<string, boolean>();
  const visits: PlannerVisit[] = [];
  for (const client of clients) {
    const team = new Set(client.teamWorkerIds);
    for (const day of inForce.get(client.id) ?? []) {
      const isA = weekA.get(day.anchor) ?? weekA.set(day.anchor, isWeekA(day.anchor, monday)).get(day.anchor);
      for (const item of itemsByVersion.get(day.versionId) ?? []) {
        if (item.weekday !== day.weekday) continue;
        if ((item.repeat === 'week_a' && !isA) || (item.repeat === 'week_b' && isA)) continue;
        visits.push({
          id: `${item.id}:${day.date}`,
          clientId: client.id,
          idealWeekItemId: item.id,
          date: day.date,
          startMinute: item.start_minute,
          durationMinutes: item.duration_minutes,
          workersNeeded: item.workers_needed === 2 ? 2 : 1,
          requiredSkills: parseSkillList(item.required_skills_json),
          flexMinutes: item.flex_minutes,
          preferredWorkerIds: parseIdList(item.preferred_json).filter((id) => team.has(id)),
          agreedShortVisit: item.agreed_short === 1,
          purpose: item.purpose,
        });
      }
    }
  }

  // Workers: windows on the week's dates, absences and commitments, travel profile, skills per date.
  const staffIds = staffRows.map((s) => s.id);
  const workerIdSet = new Set(staffIds);
  const windowsBy = new Map<string, DatedWindow[]>();
  for (const w of windowRows) {
    if (!workerIdSet.has(w.staff_id)) continue;
    const list = windowsBy.get(w.staff_id) ?? windowsBy.set(w.staff_id, []).get(w.staff_id);
    list?.push({ date: dates[w.weekday - 1] as string, startMinute: w.start_minute, endMinute: w.end_minute });
  }
  const absencesBy = new Map<string, PlannerAbsence[]>();
  const commitmentsBy = new Map<string, Commitment[]>();
  for (const e of exceptionRows) {
    for (const window of expandException(e, dates)) {
      if (e.kind === 'team_meeting') {
        (commitmentsBy.get(e.staff_id) ?? commitmentsBy.set(e.staff_id, []).get(e.staff_id))?.push({
          ...window,
          kind: 'meeting',
        });
      } else {
        (absencesBy.get(e.staff_id) ?? absencesBy.set(e.staff_id, []).get(e.staff_id))?.push({
          ...window,
          kind: e.kind,
          exceptionId: e.id,
        });
      }
    }
  }
  const profiles = new Map(profileRows.map((p) => [p.staff_id, p]));
  const skillsOnDates = await Promise.all(dates.map((date) => heldSkillsByStaff(db, staffIds, date)));

  const workers: PlannerWorker[] = staffRows.map((s) => {
    const profile = profiles.get(s.id);
    const windows = windowsBy.get(s.id) ?? [];
    const absences = absencesBy.get(s.id) ?? [];
    const commitments = commitmentsBy.get(s.id) ?? [];
    return {
      id: s.id,
      name: `${s.preferred_name ?? s.given_name} ${s.family_name}`,
      jobRole: s.job_role,
      travelMode: profile?.travel_mode ?? DEFAULT_MODE,
      home: profile ? { lat: profile.home_lat, lon: profile.home_lon } : null,
      windows,
      absences,
      commitments,
      availability: subtractWindows(windows, [...absences, ...commitments]),
      skills: skillRanges(
        dates,
        skillsOnDates.map((byStaff) => byStaff.get(s.id) ?? new Set<Skill>()),
      ),
    };
  });

  return {
    isoWeek,
    dates,
    settings,
    clients,
    workers,
    visits,
    recordedTravel: travelRows.map((r) => ({ fromId: r.from_id, toId: r.to_id, mode: r.mode, minutes: r.minutes })),
  };
}

/** Contiguous runs of dates a skill is held on, as the planner's HeldSkill (valid from/until, inclusive). */
function skillRanges(dates: readonly string[], heldOn: readonly ReadonlySet<Skill>[]): HeldSkill[] {
  const out: HeldSkill[] = [];
  for (const skill of Skill.options) {
    let from: string | null = null;
    dates.forEach((date, i) => {
      const held = heldOn[i]?.has(skill) ?? false;
      if (held && from === null) from = date;
      const last = i === dates.length - 1;
      if (from !== null && (!held || last)) {
        out.push({ skill, validFrom: from, validUntil: held ? date : (dates[i - 1] as string) });
        from = null;
      }
    });
  }
  return out;
}

/**
 * The travel minutes a worker may need this week, resolved with THE travel function: between their home and every
 * person in their teams, and between each pair of those people, in the worker's mode (recorded times win).
 * Keyed `fromId|toId|mode`, one direction per unordered pair (the function is symmetric).
 */
export function resolveTeamTravel(data: PlannerData): Map<string, number> {
  const recorded = recordedTravelMap(data.recordedTravel);
  const places = new Map<string, TravelPlace>(data.clients.map((c) => [c.id, { id: c.id, point: c.location }]));
  const clientsOf = new Map<string, string[]>();
  for (const c of data.clients)
    for (const w of c.teamWorkerIds) (clientsOf.get(w) ?? clientsOf.set(w, []).get(w))?.push(c.id);
  const out = new Map<string, number>();
  for (const worker of data.workers) {
    const ids = clientsOf.get(worker.id) ?? [];
    const stops: TravelPlace[] = ids.map((id) => places.get(id)).filter((p): p is TravelPlace => p !== undefined);
    if (worker.home) stops.push({ id: worker.id, point: worker.home });
    for (let i = 0; i < stops.length; i += 1) {
      for (let j = i + 1; j < stops.length; j += 1) {
        const a = stops[i] as TravelPlace;
        const b = stops[j] as TravelPlace;
        const key = `${a.id}|${b.id}|${worker.travelMode}`;
        if (!out.has(key)) out.set(key, travelMinutes(data.settings, a, b, worker.travelMode, recorded));
      }
    }
  }
  return out;
}
