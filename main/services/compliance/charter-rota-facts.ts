import type { Kysely } from 'kysely';
import type { CharterRotaFacts } from '@shared/domain/staff/charter';
import { addDays, isoWeekOf, weekDates } from '@shared/domain/time/iso-week';
import type { Database } from '@main/db/schema';
import { distinctWorkerCounts } from '@main/rota/measures';
import { stateOfPlan } from '@main/rota/objective';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { computePay } from '../rota/pay-view';
import { readFloorRule } from '../rota/pay-floor';
import { loadStoredPlan, type StoredPlan } from '../rota/stored-plan';
import { trainingBlocksForWeek } from '../rota/training-blocks';

// The Charter reads the rota around today: the four weeks before this one (what has just been worked), this week
// and next (what is planned, usually published). Older weeks say little about today; later ones are rarely planned.
const WEEKS_BEFORE = 4;
const WEEKS_AFTER = 1;

/** The planned weeks the Charter reads, oldest first. */
async function weeksAround(db: Kysely<Database>, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rota_week')
    .select('iso_week')
    .where('iso_week', '>=', isoWeekOf(addDays(today, -7 * WEEKS_BEFORE)))
    .where('iso_week', '<=', isoWeekOf(addDays(today, 7 * WEEKS_AFTER)))
    .orderBy('iso_week')
    .execute();
  return rows.map((r) => r.iso_week);
}

/** Staff with a team meeting recorded (not cancelled or declined) on any of the dates. */
async function staffAtMeetings(db: Kysely<Database>, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('availability_exception')
    .select('staff_id')
    .distinct()
    .where('kind', '=', 'team_meeting')
    .where('status', 'not in', ['cancelled', 'declined'])
    .where('start_date', '>=', from)
    .where('start_date', '<=', to)
    .execute();
  return new Set(rows.map((r) => r.staff_id));
}

/** Sum of minutes over windows. */
const minutesOf = (windows: readonly { startMinute: number; endMinute: number }[]) =>
  windows.reduce((a, w) => a + w.endMinute - w.startMinute, 0);

/** The figures that need the whole plan validated and costed (about a second for a neighbourhood week). */
export interface ValidatedFigures {
  rushedVisits: number;
  /** For each person with an assigned visit, how many different workers the week sends them (ascending). */
  medians: number[];
  travelMinutesWorked: number;
  travelMinutesPaid: number;
  /** Breaches of the Working Time Regulations the validator finds in the plan (the council summary reports them). */
  workingTimeExceptions: number;
}

// Weeks already worked rarely change, so the validated figures of each stored plan are kept while the plan stands
// exactly as it was: the key is the week's snapshot and every visit's assignment (building it costs milliseconds; the
// validation it saves costs about a second), so any replanning, edit or sickness cover computes afresh.
const validated = new Map<string, { key: string; figures: ValidatedFigures }>();

/** A stored week's validated and costed figures, shared by the Charter and the council summary. */
export async function validatedFigures(db: Kysely<Database>, stored: StoredPlan): Promise<ValidatedFigures> {
  const { instance, plan, rows, week } = stored;
  const assignments = rows.map((r) => `${r.id}:${r.worker1_id}:${r.worker2_id}:${r.start_minute}`).join(',');
  const key = `${week.instance_json}|${assignments}`;
  const hit = validated.get(week.iso_week);
  if (hit && hit.key === key) return hit.figures;
  const state = stateOfPlan(instance, plan);
  // Only the minutes paid are read here (travel, training), so the week's adult floor stands for every worker.
  const floor = await readFloorRule(db);
  const pay = computePay(instance, plan, (_staffId, date) => {
    const f = floor(date, null);
    return { pencePerHour: f.pencePerHour ?? 0, source: f.source };
  });
  const breaches = validatePlan(instance, plan);
  const figures: ValidatedFigures = {
    rushedVisits: new Set(breaches.filter((b) => b.code === 'overlap' && b.visitId !== null).map((b) => b.visitId))
      .size,
    workingTimeExceptions: breaches.filter((b) => b.code.startsWith('wtr_')).length,
    medians: distinctWorkerCounts(state),
    travelMinutesWorked: state.terms.paidTravelMinutes,
    travelMinutesPaid: pay.reduce((a, w) => a + w.stretches.reduce((b, x) => b + x.travelMinutes, 0), 0),
  };
  validated.set(week.iso_week, { key, figures });
  if (validated.size > 8) validated.delete(validated.keys().next().value ?? '');
  return figures;
}

/** What one stored week adds to the Charter's rota figures. */
async function addWeek(db: Kysely<Database>, stored: StoredPlan, into: CharterRotaFacts & { medians: number[] }) {
  const { instance, plan, rows } = stored;
  const dates = weekDates(stored.week.iso_week);
  const visits = new Map(instance.visits.map((v) => [v.id, v]));
  const teams = new Map(instance.clients.map((c) => [c.id, new Set(c.teamWorkerIds)]));
  const peopleFromIdealWeek = new Set(rows.filter((r) => r.one_off_id === null).map((r) => r.client_id));
  const people = new Set<string>();
  const workers = new Set<string>();
  for (const a of plan.assignments) {
    const v = visits.get(a.visitId);
    if (!v) continue;
    people.add(v.clientId);
    // A split's second part is the same agreed visit, each part at least the minimum: not another visit.
    if (v.partOf === undefined) into.visits += 1;
    if (v.partOf === undefined && v.durationMinutes < instance.settings.minVisitMinutes) {
      if (v.agreedShortVisit) into.shortAgreed += 1;
      else into.shortNotAgreed += 1;
    }
    for (const w of a.workerIds) {
      workers.add(w);
      into.visitPlaces += 1;
      if (teams.get(v.clientId)?.has(w)) into.placesByChosenTeam += 1;
    }
  }
  into.minVisitMinutes = instance.settings.minVisitMinutes;
  const heavy = await validatedFigures(db, stored);
  into.rushedVisits += heavy.rushedVisits;
  into.medians.push(...heavy.medians);
  into.travelMinutesWorked += heavy.travelMinutesWorked;
  into.travelMinutesPaid += heavy.travelMinutesPaid;
  // Training booked now for the week's workers, against the training the week's pay view pays (the rota's
  // training commitments): a session booked after the week was planned is worked but not paid.
  const booked = await trainingBlocksForWeek(
    db,
    instance.workers.map((w) => w.id),
    dates[0] ?? '',
    dates[6] ?? '',
  );
  for (const w of instance.workers) {
    const bookedMinutes = minutesOf(booked.get(w.id) ?? []);
    const paidMinutes = minutesOf(w.commitments.filter((c) => c.kind === 'training'));
    into.trainingMinutesBooked += bookedMinutes;
    into.trainingMinutesPaid += Math.min(bookedMinutes, paidMinutes);
  }
  return {
    workers,
    people,
    fromIdealWeek: [...people].filter((id) => peopleFromIdealWeek.has(id)),
    trained: [...booked].filter(([, blocks]) => blocks.length > 0).map(([id]) => id),
  };
}

/** The Charter's rota figures over the planned weeks around today, or null when none is planned. */
export async function charterRotaFacts(db: Kysely<Database>, today: string): Promise<CharterRotaFacts | null> {
  const weeks = await weeksAround(db, today);
  if (weeks.length === 0) return null;
  const facts: CharterRotaFacts & { medians: number[] } = {
    weeks,
    peopleOnRota: 0,
    peopleFromIdealWeek: 0,
    visits: 0,
    shortAgreed: 0,
    shortNotAgreed: 0,
    minVisitMinutes: 0,
    visitPlaces: 0,
    placesByChosenTeam: 0,
    medianWorkersPerPerson: 0,
    rushedVisits: 0,
    travelMinutesWorked: 0,
    travelMinutesPaid: 0,
    trainingMinutesBooked: 0,
    trainingMinutesPaid: 0,
    workersTrained: 0,
    workersOnRota: 0,
    workersAtMeetings: 0,
    medians: [],
  };
  // People and workers are counted once across the weeks, whichever weeks they appear in.
  const onRota = new Set<string>();
  const trained = new Set<string>();
  const people = new Set<string>();
  const notFromIdealWeek = new Set<string>();
  for (const week of weeks) {
    const added = await addWeek(db, await loadStoredPlan(db, week), facts);
    for (const w of added.workers) onRota.add(w);
    for (const w of added.trained) trained.add(w);
    const fromIdealWeek = new Set(added.fromIdealWeek);
    for (const p of added.people) {
      people.add(p);
      if (!fromIdealWeek.has(p)) notFromIdealWeek.add(p);
    }
  }
  const from = weekDates(weeks[0] ?? '')[0] ?? today;
  const to = weekDates(weeks[weeks.length - 1] ?? '')[6] ?? today;
  const met = await staffAtMeetings(db, from, to);
  const { medians, ...figures } = facts;
  const sorted = medians.sort((a, b) => a - b);
  return {
    ...figures,
    peopleOnRota: people.size,
    peopleFromIdealWeek: people.size - notFromIdealWeek.size,
    medianWorkersPerPerson: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    workersOnRota: onRota.size,
    workersAtMeetings: [...onRota].filter((w) => met.has(w)).length,
    workersTrained: [...onRota].filter((w) => trained.has(w)).length,
  };
}
