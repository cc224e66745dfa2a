import { performance } from 'node:perf_hooks';
import { createBackend } from '@main/backend';
import { buildDemoBranch } from '@main/demo/demo-branch';
import { ManualClock } from '@main/platform/clock';
import { seededIds } from '@main/platform/ids';
import { seededRandom } from '@main/platform/random';
import { addMonths } from '@shared/domain/time/calendar';
import { addDays } from '@shared/domain/time/iso-week';
import { inProcessClient } from '../fixtures/in-process-client';
import { TEST_NOW } from '../fixtures/test-backend';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import type { Insertable } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, OtjEntryTable } from '@main/db/schema';
import { benchRow, percentile, type BenchRow } from './bench-row';

const RUNS = 25;

async function timeCalls(call: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await call(); // warm caches and JIT once
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

async function addPlacedWorkers(db: Kysely<Database>, ids: () => string, count: number): Promise<void> {
  const steps = await db.selectFrom('pathway_step').select(['id', 'name']).execute();
  const stepId = (name: string) => steps.find((s) => s.name === name)!.id;
  const ladder = [stepId('New Wellbeing Worker'), stepId('Wellbeing Worker'), stepId('Senior Wellbeing Worker')];
  const random = seededRandom(3);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i += 1) {
      const id = ids();
      const start = addDays(TEST_NOW.slice(0, 10), -random.int(30, 3000));
      await trx
        .insertInto('staff')
        .values({
          id,
          reference: `BW${String(i).padStart(5, '0')}`,
          given_name: 'Bench',
          family_name: `Worker${i}`,
          preferred_name: null,
          job_role: 8,
          email: null,
          phone: null,
          start_date: start,
          status: 'active',
          created_at: TEST_NOW,
          updated_at: TEST_NOW,
        })
        .execute();
      await trx
        .insertInto('pathway_member')
        .values({
          staff_id: id,
          supervisor_staff_id: null,
          borough_resident: random.chance(0.6) ? 1 : 0,
          updated_at: TEST_NOW,
        })
        .execute();
      const depth = random.int(1, 3);
      for (let k = 0; k < depth; k += 1) {
        const from = addMonths(start, k * 8);
        if (from > TEST_NOW.slice(0, 10)) break;
        await trx
          .insertInto('pathway_placement')
          .values({
            id: ids(),
            staff_id: id,
            step_id: ladder[k]!,
            kind: k === 0 ? 'appointed' : 'progressed',
            start_date: from,
            end_date: null,
            new_hourly_rate_pence: null,
            note: null,
            override_reason: null,
            recorded_by: 'bench',
            recorded_at: TEST_NOW,
          })
          .execute();
      }
      if (random.chance(0.6))
        await trx
          .insertInto('staff_qualification')
          .values({
            id: ids(),
            staff_id: id,
            qualification_code: 158,
            year_achieved: 2025,
            notes: null,
            source: 'manual',
            apprenticeship_id: null,
            created_at: TEST_NOW,
          })
          .execute();
      if (random.chance(0.3))
        await trx
          .insertInto('pathway_sign_off')
          .values({
            id: ids(),
            staff_id: id,
            step_id: ladder[1]!,
            signed_on: '2026-10-01',
            signed_by: 'bench',
            note: null,
            recorded_at: TEST_NOW,
          })
          .execute();
    }
  });
}

/**
 * Pathway readiness for ~1,000 placed workers; the apprenticeships dashboard with 200 apprentices and 3 years of OTJ
 * logs.
 */
export default async function (): Promise<BenchRow[]> {
  const clock = new ManualClock(TEST_NOW);
  const backend = await createBackend({
    dbPath: ':memory:',
    clock,
    ids: seededIds(clock, 11),
    onInternalError: () => undefined,
  });
  // The demo branch (150 staff, every care worker placed through the services), then 850 more placed workers with
  // qualifications and sign-offs bulk-inserted in one transaction: the figure is about reading ~1,000, not writing
  // them.
  await buildDemoBranch(backend.deps);
  const manager = inProcessClient(backend);
  await manager.ok('auth.signIn', { username: 'manager', password: DEMO_PASSWORD });
  await addPlacedWorkers(backend.deps.db, backend.deps.ids, 850);

  const overview = await manager.ok('pathway.overview', {});
  const readiness = await timeCalls(() => manager.ok('pathway.overview', {}));

  // 200 apprentices through the enrolment service; their OTJ logs (one entry per working week for up to 3 years)
  // are bulk-inserted in one transaction because 30,000 audited single writes would only measure the writes.
  const random = seededRandom(5);
  const today = TEST_NOW.slice(0, 10);
  const taken = new Set(
    (await manager.ok('apprenticeships.list', {})).filter((a) => a.status === 'active').map((a) => a.staffId),
  );
  const candidates = overview.filter((r) => r.stepName !== null && !taken.has(r.staffId));
  const standards = ['ST0005', 'ST0006', 'ST0007', 'ST0008'];
  const extra = 200 - taken.size;
  const enrolled: { id: string; start: string }[] = [];
  for (let i = 0; i < extra; i += 1) {
    const start = addDays(today, -random.int(30, 3 * 365));
    const { id } = await manager.ok('apprenticeships.enrol', {
      staffId: candidates[i]!.staffId,
      standardCode: standards[i % 4]!,
      providerName: 'Bench Provider',
      startDate: start,
      plannedEndDate: addMonths(start, 40),
      mentorStaffId: null,
      weeklyHours: 37.5,
      ageAtStart: 20 + (i % 30),
      englishStatus: 'not_taking',
      mathsStatus: 'exempt',
    });
    enrolled.push({ id, start });
  }
  const rows: Insertable<OtjEntryTable>[] = [];
  for (const a of enrolled) {
    for (let d = addDays(a.start, 2); d <= today; d = addDays(d, 7)) {
      rows.push({
        id: backend.deps.ids(),
        apprenticeship_id: a.id,
        entry_date: d,
        hours: 6,
        activity: 'Diploma study',
        evidence: null,
        source: 'manual',
        session_id: null,
        logged_by: 'bench',
        logged_at: TEST_NOW,
        ...(random.chance(0.05)
          ? { status: 'pending', decided_by: null, decided_at: null }
          : { status: 'approved', decided_by: 'bench', decided_at: TEST_NOW }),
      });
    }
  }
  await backend.deps.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('otj_entry')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  });
  const dash = await manager.ok('apprenticeships.dashboard', {});
  const dashboard = await timeCalls(() => manager.ok('apprenticeships.dashboard', {}));
  await backend.close();
  return [
    benchRow(
      'pathway.readiness_ms',
      'ms',
      '<=',
      100,
      Number(readiness.median.toFixed(1)),
      `${overview.length} workers through dispatch, median of ${RUNS}; p95 ${readiness.p95.toFixed(1)} ms`,
    ),
    benchRow(
      'apprenticeships.dashboard_ms',
      'ms',
      '<=',
      50,
      Number(dashboard.median.toFixed(1)),
      `${dash.active.length} active, ${rows.length} OTJ entries, median of ${RUNS}; p95 ${dashboard.p95.toFixed(1)} ms`,
    ),
  ];
}
