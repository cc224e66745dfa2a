import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import { RotaInstance, type RotaVisit } from '@shared/domain/rota/instance';
import { UnassignedReason, type RotaPlan } from '@shared/domain/rota/plan';
import type { Database } from '@main/db/schema';
import { findWeek, listVisits, type RotaVisitRow, type RotaWeekRow } from './rota-week-queries';
import { formatWeekInSentence } from '@shared/domain/time/format';
import { coverFactsForWeek } from '../rota-cover/cover-records';
import { eligibilityByStaff } from '../staff/eligibility-facts';

/** A planned week as stored, turned back into the engine's instance and plan. */
export interface StoredPlan {
  week: RotaWeekRow;
  rows: RotaVisitRow[];
  rowById: Map<string, RotaVisitRow>;
  /** The instance snapshot with the pins as they stand now. */
  instance: RotaInstance;
  plan: RotaPlan;
}

const Reasons = z.array(UnassignedReason);

/** The stored plan of a week, or NOT_FOUND when the week has not been planned. */
export async function loadStoredPlan(db: Kysely<Database>, isoWeek: string): Promise<StoredPlan> {
  const week = await findWeek(db, isoWeek);
  if (!week) throw new AppError('NOT_FOUND', `The ${formatWeekInSentence(isoWeek)} has not been planned yet.`);
  const rows = await listVisits(db, isoWeek);
  const snapshot = parsedInstance(week.iso_week, week.instance_json);
  // Eligibility is read as it stands now, not as it stood when the week was planned: a right to work that has since
  // expired, or a leaving date entered after publishing, must refuse an edit that puts the worker on a visit.
  const [eligibility, cover] = await Promise.all([
    eligibilityByStaff(
      db,
      snapshot.workers.map((w) => w.id),
    ),
    coverFactsForWeek(db, isoWeek),
  ]);
  const instance: RotaInstance = {
    ...snapshot,
    workers: snapshot.workers.map((w) => {
      const facts = eligibility.get(w.id);
      return facts === undefined ? w : { ...w, eligibility: facts };
    }),
    visits: visitsAsStored(snapshot.visits, rows, cover.outsideConsent),
    pins: rows
      .filter((r) => r.pinned === 1 && r.worker1_id !== null)
      .map((r) => ({ visitId: r.id, workerIds: workerIdsOf(r), startMinute: r.start_minute })),
  };
  return { week, rows, rowById: new Map(rows.map((r) => [r.id, r])), instance, plan: planOfRows(isoWeek, rows) };
}

/**
 * The snapshot's visits with what has changed since it was taken: a visit's length as stored (a shorter visit the
 * person agreed to) and the outside workers the person has since consented to for it.
 */
function visitsAsStored(
  visits: RotaInstance['visits'],
  rows: readonly RotaVisitRow[],
  outsideConsent: ReadonlyMap<string, string[]>,
): RotaInstance['visits'] {
  const length = new Map(rows.map((r) => [r.id, r.duration_minutes]));
  const asStored = visits.map((v) => {
    const duration = length.get(v.id) ?? v.durationMinutes;
    const outside = outsideConsent.get(v.id);
    if (duration === v.durationMinutes && outside === undefined) return v;
    return {
      ...v,
      durationMinutes: duration,
      outsideTeamWorkerIds: [...new Set([...(v.outsideTeamWorkerIds ?? []), ...(outside ?? [])])],
    };
  });
  return [...asStored, ...splitParts(visits, rows, outsideConsent)];
}

/**
 * The second parts of visits split with the person's agreement: not in the snapshot (they were made after planning),
 * each is its visit's needs and team at the part's agreed time and length, with no flexibility left to move it.
 */
function splitParts(
  visits: RotaInstance['visits'],
  rows: readonly RotaVisitRow[],
  outsideConsent: ReadonlyMap<string, string[]>,
): RotaInstance['visits'] {
  const byId = new Map(visits.map((v) => [v.id, v]));
  return rows.flatMap((r) => {
    const whole = r.part_of === null ? undefined : byId.get(r.part_of);
    if (whole === undefined || byId.has(r.id)) return [];
    return [partOfVisit(whole, r.id, r.ideal_start_minute, r.duration_minutes, outsideConsent.get(r.id))];
  });
}

/** A visit's second part: its needs, team and preferences at the part's agreed time and length. */
export function partOfVisit(
  whole: RotaVisit,
  id: string,
  startMinute: number,
  durationMinutes: number,
  outsideConsent?: readonly string[],
): RotaVisit {
  // Consent to a worker outside the team was given for one visit; the part is asked for on its own.
  const { outsideTeamWorkerIds: _consentOfTheWhole, ...needs } = whole;
  return {
    ...needs,
    id,
    startMinute,
    durationMinutes,
    flexMinutes: 0,
    partOf: whole.id,
    ...(outsideConsent === undefined ? {} : { outsideTeamWorkerIds: [...outsideConsent] }),
  };
}

// Parsing a neighbourhood week's snapshot (~4,700 visits) costs ~250 ms; it changes only when the week is planned
// or a sickness is accepted, so the last parse per week is kept and reused while the stored text is unchanged.
const parsed = new Map<string, { json: string; instance: RotaInstance }>();

function parsedInstance(isoWeek: string, json: string): RotaInstance {
  const hit = parsed.get(isoWeek);
  if (hit && hit.json === json) return hit.instance;
  const instance = RotaInstance.parse(JSON.parse(json));
  parsed.set(isoWeek, { json, instance });
  if (parsed.size > 8) parsed.delete(parsed.keys().next().value ?? '');
  return instance;
}

/** The workers on a visit row. */
export function workerIdsOf(row: Pick<RotaVisitRow, 'worker1_id' | 'worker2_id'>): string[] {
  return [row.worker1_id, row.worker2_id].filter((x): x is string => x !== null);
}

/** The engine's plan view of stored rows. */
export function planOfRows(isoWeek: string, rows: readonly RotaVisitRow[]): RotaPlan {
  const assignments: RotaPlan['assignments'] = [];
  const unassigned: RotaPlan['unassigned'] = [];
  for (const r of rows) {
    if (r.worker1_id !== null)
      assignments.push({ visitId: r.id, workerIds: workerIdsOf(r), startMinute: r.start_minute });
    else unassigned.push({ visitId: r.id, reasons: Reasons.parse(JSON.parse(r.unassigned_json)) });
  }
  return { isoWeek, assignments, unassigned, objective: null, stopReason: null, seed: null, iterations: null };
}
