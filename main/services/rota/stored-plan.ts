import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import { RotaInstance } from '@shared/domain/rota/instance';
import { UnassignedReason, type RotaPlan } from '@shared/domain/rota/plan';
import type { Database } from '@main/db/schema';
import { findWeek, listVisits, type RotaVisitRow, type RotaWeekRow } from './rota-week-queries';
import { formatWeekInSentence } from '@shared/domain/time/format';
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
  const eligibility = await eligibilityByStaff(
    db,
    snapshot.workers.map((w) => w.id),
  );
  const instance: RotaInstance = {
    ...snapshot,
    workers: snapshot.workers.map((w) => {
      const facts = eligibility.get(w.id);
      return facts === undefined ? w : { ...w, eligibility: facts };
    }),
    pins: rows
      .filter((r) => r.pinned === 1 && r.worker1_id !== null)
      .map((r) => ({ visitId: r.id, workerIds: workerIdsOf(r), startMinute: r.start_minute })),
  };
  return { week, rows, rowById: new Map(rows.map((r) => [r.id, r])), instance, plan: planOfRows(isoWeek, rows) };
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
