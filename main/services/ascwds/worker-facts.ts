import type { Kysely } from 'kysely';
import { addDays } from '@shared/domain/time/iso-week';
import { CARE_CERTIFICATE_STANDARDS } from '@shared/domain/training/records';
import type { Database } from '@main/db/schema';
import type { QualificationExportRow } from './qualification-rows';

/** ASC-WDS qualification code of the Level 2 Adult Social Care Certificate (domain.md §1.3/1.4). */
const L2_ASC_CERTIFICATE = 158;
/** The certificate began in 2024; ASC-WDS refuses an earlier year. */
const L2_FIRST_YEAR = 2024;

/** Staff-file answers that live in other parts of the app, by staff id. */
export interface WorkerExportFacts {
  /** CARECERT: 1 completed, 3 in progress, 2 no. */
  careCert: Map<string, string>;
  /** L2CARECERT: `1;YYYY` when held; absent (blank) otherwise, as the app records achievements, not starts. */
  l2CareCert: Map<string, string>;
  /** DAYSSICK: days off sick in the 12 months to today, in half days. */
  daysSick: Map<string, string>;
}

/**
 * Read the Care Certificate (standards signed off, or the award recorded as training), the Level 2 certificate
 * (from achieved qualifications) and sickness days (recorded absences) for the staff file.
 */
export async function readWorkerFacts(
  db: Kysely<Database>,
  staffIds: readonly string[],
  quals: readonly QualificationExportRow[],
  window: { from: string; to: string },
): Promise<WorkerExportFacts> {
  const wanted = new Set(staffIds);
  const [standards, awards, sickness] = await Promise.all([
    db
      .selectFrom('care_certificate_standard')
      .select(['staff_id'])
      .select((eb) => eb.fn.countAll<number>().as('signed'))
      .groupBy('staff_id')
      .execute(),
    db
      .selectFrom('training_record as r')
      .innerJoin('training_course as c', 'c.id', 'r.course_id')
      .select('r.staff_id')
      .distinct()
      .where('c.counts_care_certificate', '=', 1)
      .where('c.validity_months', 'is', null)
      .execute(),
    db
      .selectFrom('availability_exception')
      .select(['staff_id', 'start_date', 'start_minute', 'end_date', 'end_minute'])
      .where('kind', '=', 'sickness')
      .where('status', '!=', 'cancelled')
      .where('start_date', '<=', window.to)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', window.from)]))
      .execute(),
  ]);

  const careCert = new Map<string, string>();
  for (const id of staffIds) careCert.set(id, '2');
  for (const s of standards)
    if (wanted.has(s.staff_id))
      careCert.set(s.staff_id, Number(s.signed) >= CARE_CERTIFICATE_STANDARDS.length ? '1' : '3');
  for (const a of awards) if (wanted.has(a.staff_id)) careCert.set(a.staff_id, '1');

  const l2CareCert = new Map<string, string>();
  const thisYear = Number(window.to.slice(0, 4));
  for (const q of quals) {
    if (q.budiCode !== L2_ASC_CERTIFICATE || q.yearAchieved < L2_FIRST_YEAR || q.yearAchieved > thisYear) continue;
    l2CareCert.set(q.staffId, `1;${q.yearAchieved}`);
  }

  const halfDays = new Map<string, Set<string>>();
  for (const absence of sickness) {
    if (!wanted.has(absence.staff_id)) continue;
    const set = halfDays.get(absence.staff_id) ?? new Set<string>();
    for (const half of sickHalfDays(absence, window)) set.add(half);
    halfDays.set(absence.staff_id, set);
  }
  const daysSick = new Map<string, string>();
  for (const id of staffIds) daysSick.set(id, formatDays(Math.min(366, (halfDays.get(id)?.size ?? 0) / 2)));
  return { careCert, l2CareCert, daysSick };
}

/**
 * The half days (`date:am` / `date:pm`) an absence covers inside the window. An absence starting in the afternoon
 * leaves the morning worked; one ending by noon leaves the afternoon; an open absence runs to the window's end.
 */
function sickHalfDays(
  absence: { start_date: string; start_minute: number; end_date: string | null; end_minute: number },
  window: { from: string; to: string },
): string[] {
  const out: string[] = [];
  const last = absence.end_date === null || absence.end_date > window.to ? window.to : absence.end_date;
  for (let date = absence.start_date; date <= last; date = addDays(date, 1)) {
    if (date < window.from) continue;
    const isFirst = date === absence.start_date;
    const isLast = absence.end_date !== null && date === absence.end_date;
    if (!(isFirst && absence.start_minute >= 720) && !(isLast && absence.end_minute <= 0)) out.push(`${date}:am`);
    if (!(isLast && absence.end_minute <= 720)) out.push(`${date}:pm`);
  }
  return out;
}

function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
}
