import type { RotaInstance, RuleSettings, TravelMode } from '@shared/domain/rota/instance';
import type { Skill } from '@shared/domain/skills';
import { elapsedMinute } from '@shared/domain/rota/time';
import { recordedTravelMap, travelMinutes } from '@shared/domain/rota/travel';
import type { BreachCode } from '@shared/domain/rota/breach';
import { joinWindows, stretchHolds } from '@shared/domain/rota/availability';
import { ineligibilityOn } from '@shared/domain/staff/eligibility';

/** A visit, indexed for the search. */
export interface MVisit {
  idx: number;
  id: string;
  client: number;
  day: number;
  start: number;
  dur: number;
  need: number;
  flex: number;
  preferred: ReadonlySet<number>;
  /** Workers passing the static rules (team, skills on the date, short-visit agreement). */
  candidates: number[];
  /** Static reasons for each team member left out of `candidates`. */
  staticExclusions: { worker: number; code: BreachCode }[];
}

/** A worker, indexed for the search. */
export interface MWorker {
  idx: number;
  id: string;
  mode: TravelMode;
  under18: boolean;
  capMinutes: number;
  guaranteed: number;
  /** Week work from which each minute is a long week's (guaranteed hours plus the branch's margin). */
  longWeekFrom: number;
  restMinutes: number;
  breakAfter: number;
  breakMinutes: number;
  dailyCap: number;
  /** Availability per day, local minutes, as continuous stretches (touching windows joined). */
  avail: [number, number][][];
  /** Commitments per day as elapsed [start, end). */
  commitments: [number, number][][];
  /** Prior-week work in elapsed minutes. */
  prior: [number, number][];
  rate: number;
  /** Wants a whole calendar day off in the week (a soft term). */
  wantsDayOff: boolean;
  /**
   * Per day: may work only alongside a colleague who may work that day in their own right (a pending DBS check under
   * the branch's policy), so never on a visit for one and never on a double-up with only such workers.
   */
  alongsideOnly: boolean[];
}

/** The instance, indexed once for planner, repair, explain and objective. */
export interface Model {
  instance: RotaInstance;
  settings: RuleSettings;
  visits: MVisit[];
  workers: MWorker[];
  clientIds: string[];
  clientTeams: number[][];
  visitIndex: Map<string, number>;
  workerIndex: Map<string, number>;
  /** Travel minutes between client places for a mode. */
  travel: (mode: TravelMode, a: number, b: number) => number;
  /** Elapsed minute of a local minute on day `day`. */
  elapsed: (day: number, minute: number) => number;
  weekEnd: number;
}

function skillValid(held: RotaInstance['workers'][number]['skills'], skill: Skill, date: string): boolean {
  return held.some(
    (h) =>
      h.skill === skill &&
      (h.validFrom === null || h.validFrom <= date) &&
      (h.validUntil === null || h.validUntil >= date),
  );
}

/** Whether a worker's availability on `day` (joined once per week) holds a visit from `start` for `dur` minutes. */
export function availableAt(w: MWorker, day: number, start: number, dur: number): boolean {
  return stretchHolds(w.avail[day] ?? [], start, start + dur);
}

/** Index an instance for the search (pure, no I/O). */
export function buildModel(instance: RotaInstance): Model {
  const s = instance.settings;
  const dayIndex = new Map(instance.days.map((d, i) => [d.date, i]));
  const workerIndex = new Map(instance.workers.map((w, i) => [w.id, i]));
  const clientIndex = new Map(instance.clients.map((c, i) => [c.id, i]));
  // Elapsed minutes are on the hot path: precompute each day's shift, and the change minute if any.
  const mondayOffset = instance.days[0]?.utcOffsetMinutes ?? 0;
  const shiftBefore = instance.days.map((d) => d.utcOffsetMinutes - mondayOffset);
  const changeAt = instance.days.map((d) => (d.change === null ? 2000 : d.change.atMinute));
  const shiftAfter = instance.days.map(
    (d) => (d.change === null ? d.utcOffsetMinutes : d.change.utcOffsetMinutes) - mondayOffset,
  );
  const elapsed = (day: number, minute: number): number => {
    if (day < 0 || day > 6) return elapsedMinute(instance.days, day, minute);
    return day * 1440 + minute - (minute >= (changeAt[day] ?? 2000) ? (shiftAfter[day] ?? 0) : (shiftBefore[day] ?? 0));
  };
  const workers: MWorker[] = instance.workers.map((w, idx) => {
    const windows: [number, number][][] = Array.from({ length: 7 }, () => []);
    // A day the worker may not work on (left, right to work expired, no DBS, suspended) has no availability; a day
    // they may work only alongside a colleague keeps it, and the crew rule (`crewAllowed`) does the rest.
    const verdicts = instance.days.map((d) =>
      w.eligibility === undefined ? null : ineligibilityOn(w.eligibility, d.date),
    );
    const alongsideOnly = verdicts.map((why) => why?.alongsideColleague === true);
    for (const a of w.availability) {
      const d = dayIndex.get(a.date);
      if (d === undefined) continue;
      const why = verdicts[d] ?? null;
      if (why === null || why.alongsideColleague === true) windows[d]?.push([a.startMinute, a.endMinute]);
    }
    const avail = windows.map((list) => joinWindows(list));
    const commitments: [number, number][][] = Array.from({ length: 7 }, () => []);
    for (const c of w.commitments) {
      const d = dayIndex.get(c.date);
      if (d !== undefined) commitments[d]?.push([elapsed(d, c.startMinute), elapsed(d, c.endMinute)]);
    }
    const baseCap = w.under18 ? s.weeklyCapMinutesUnder18 : w.wtrOptOut ? Number.POSITIVE_INFINITY : s.weeklyCapMinutes;
    return {
      idx,
      id: w.id,
      mode: w.travelMode,
      under18: w.under18,
      capMinutes: Math.min(w.maxWeeklyMinutes, baseCap),
      guaranteed: w.guaranteedWeeklyMinutes,
      longWeekFrom: w.guaranteedWeeklyMinutes + s.longWeekMarginMinutes,
      restMinutes: w.under18 ? s.dailyRestMinutesUnder18 : s.dailyRestMinutes,
      breakAfter: w.under18 ? s.breakAfterMinutesUnder18 : s.breakAfterMinutes,
      breakMinutes: w.under18 ? s.breakMinutesUnder18 : s.breakMinutes,
      dailyCap: w.under18 ? s.dailyCapMinutesUnder18 : Number.POSITIVE_INFINITY,
      avail,
      commitments,
      prior: w.priorWork.map((p) => [p.startElapsed, p.endElapsed] as [number, number]).sort((a, b) => a[0] - b[0]),
      rate: w.ratePencePerHour ?? s.defaultRatePencePerHour,
      wantsDayOff: w.wantsDayOff,
      alongsideOnly,
    };
  });
  const clientTeams = instance.clients.map((c) =>
    c.teamWorkerIds.map((id) => workerIndex.get(id)).filter((x): x is number => x !== undefined),
  );
  const visits: MVisit[] = instance.visits.map((v, idx) => {
    const client = clientIndex.get(v.clientId) ?? -1;
    // The person's team, plus any worker outside it the person consented to for this visit alone.
    const consented = (v.outsideTeamWorkerIds ?? [])
      .map((id) => workerIndex.get(id))
      .filter((x): x is number => x !== undefined);
    const team = [...new Set([...(clientTeams[client] ?? []), ...consented])];
    const candidates: number[] = [];
    const staticExclusions: MVisit['staticExclusions'] = [];
    const shortNotAgreed = v.durationMinutes < s.minVisitMinutes && !v.agreedShortVisit;
    for (const wi of team) {
      const w = instance.workers[wi];
      if (w === undefined) continue;
      if (shortNotAgreed) staticExclusions.push({ worker: wi, code: 'short_visit' });
      else if (v.workersNeeded === 1 && workers[wi]?.alongsideOnly[dayIndex.get(v.date) ?? 0] === true)
        staticExclusions.push({ worker: wi, code: 'ineligible' });
      else if (!v.requiredSkills.every((sk) => skillValid(w.skills, sk, v.date)))
        staticExclusions.push({ worker: wi, code: 'skill_missing' });
      else candidates.push(wi);
    }
    return {
      idx,
      id: v.id,
      client,
      day: dayIndex.get(v.date) ?? 0,
      start: v.startMinute,
      dur: v.durationMinutes,
      need: v.workersNeeded,
      flex: v.flexMinutes,
      preferred: new Set(
        v.preferredWorkerIds.map((id) => workerIndex.get(id)).filter((x): x is number => x !== undefined),
      ),
      candidates,
      staticExclusions,
    };
  });
  const recorded = recordedTravelMap(instance.recordedTravel);
  const travel = travelCache(instance.clients.length, (mode, a, b) => {
    const ca = instance.clients[a];
    const cb = instance.clients[b];
    return ca === undefined || cb === undefined
      ? 0
      : travelMinutes(s, { id: ca.id, point: ca.location }, { id: cb.id, point: cb.location }, mode, recorded);
  });
  return {
    instance,
    settings: s,
    visits,
    workers,
    clientIds: instance.clients.map((c) => c.id),
    clientTeams,
    visitIndex: new Map(instance.visits.map((v, i) => [v.id, i])),
    workerIndex,
    travel,
    elapsed,
    weekEnd: elapsed(6, 1440),
  };
}

/**
 * Whether a crew may take a visit together: not when every one of them may work that day only alongside a colleague
 * who may work in their own right (with one such colleague, each of the others is alongside them).
 */
export function crewAllowed(model: Model, vi: number, crew: readonly number[]): boolean {
  const day = model.visits[vi]?.day ?? 0;
  return crew.length === 0 || crew.some((wi) => model.workers[wi]?.alongsideOnly[day] !== true);
}

/**
 * A travel lookup over `n` places that works each pair out once per mode, when first asked (it is on the search's hot
 * path).
 */
export function travelCache(n: number, compute: (mode: TravelMode, a: number, b: number) => number): Model['travel'] {
  const matrices: Record<TravelMode, Int32Array | null> = {
    walk: null,
    cycle: null,
    public_transport: null,
    car: null,
  };
  return (mode, a, b) => {
    let matrix = matrices[mode];
    if (matrix === null) {
      matrix = new Int32Array(n * n).fill(-1);
      matrices[mode] = matrix;
    }
    const k = a * n + b;
    let t = matrix[k] ?? -1;
    if (t < 0) {
      t = compute(mode, a, b);
      matrix[k] = t;
    }
    return t;
  };
}
