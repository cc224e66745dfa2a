import { performance } from 'node:perf_hooks';
import { SKILLS } from '@shared/domain/skills';
import { addMonths } from '@shared/domain/time/calendar';
import { addDays } from '@shared/domain/time/iso-week';
import { systemContext } from '@main/rpc/handler-context';
import { seededRandom } from '@main/platform/random';
import { addRequirement, saveCourse, saveProvider } from '@main/services/training/catalogue-service';
import { computeMatrix } from '@main/services/training/matrix-service';
import { insertCompletionsBulk, type CompletionFacts } from '@main/services/training/records-service';
import { bookStaff, saveSession } from '@main/services/training/sessions-service';
import { createStaff } from '@main/services/staff/staff-service';
import { loadTrainingFacts } from '@main/services/training/training-facts';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, percentile, type BenchRow } from './bench-row';

const TODAY = '2026-11-23';

/** 1,000 staff × 60 required courses with five years of records (≈ 200,000), through the services. */
export async function bigBranch() {
  const tb = await openTestBackend({ demo: false });
  const ctx = systemContext(tb.backend.deps, 'bench');
  const random = seededRandom(42);
  const staffIds: string[] = [];
  for (let i = 0; i < 1000; i += 1) {
    const record = await createStaff(ctx, {
      reference: `T${String(i).padStart(5, '0')}`,
      givenName: ['Ada', 'Bola', 'Chen', 'Dev', 'Elif'][i % 5] as string,
      familyName: `Bench${i}`,
      preferredName: null,
      jobRole: i % 10 === 0 ? 7 : 8,
      email: null,
      phone: null,
      startDate: '2019-01-01',
    });
    staffIds.push(record.id);
  }
  const provider = await saveProvider(ctx, null, {
    name: 'Bench provider',
    kind: 'in_house',
    strand: null,
    contact: null,
  });
  const courses: { id: string; validity: number }[] = [];
  for (let c = 0; c < 60; c += 1) {
    const validity = [12, 12, 24, 36][c % 4] as number;
    const course = await saveCourse(ctx, null, {
      name: `Bench course ${c}`,
      providerId: provider.id,
      ascwdsCategory: 21,
      strand: null,
      delivery: 'face_to_face',
      accredited: false,
      validityMonths: validity,
      countsCareCertificate: false,
      countsQualification: false,
      countsOtj: false,
      skills: [SKILLS[c % SKILLS.length] ?? 'dementia'],
    });
    courses.push({ id: course.id, validity });
    for (const role of [7, 8])
      await addRequirement(ctx, {
        jobRole: role,
        strand: null,
        courseId: course.id,
        anyOfGroup: c >= 58 ? 'alt' : null,
        effectiveFrom: '2020-01-01',
      });
  }
  const facts: CompletionFacts[] = [];
  const start = addMonths(TODAY, -60);
  for (const staffId of staffIds) {
    for (const course of courses) {
      let on = addDays(start, random.int(0, 90));
      // Renewed about every 15 months over five years: about 200 records per person, 200,000 in all.
      while (on <= TODAY && !random.chance(0.03)) {
        facts.push({
          staffId,
          courseId: course.id,
          completedOn: on,
          expiresOn: null,
          certificateId: null,
          sessionId: null,
          source: 'demo',
          notes: null,
        });
        on = addDays(on, random.int(330, 700));
      }
    }
  }
  await insertCompletionsBulk(ctx, facts);
  return { tb, ctx, staffIds, courses, records: facts.length };
}

/** Training rows: matrix at 1,000 × 60, register of 20 through dispatch, skill lookups for 150 workers × 7 days. */
export default async function trainingBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const big = await bigBranch();
  const db = big.tb.backend.deps.db;
  const query = { jobRole: null, strand: null, providerId: null, onDate: null, clientId: null };
  // Cold: a record is written before each run, so the summary is read again. Warm: nothing changed since the last run.
  const coldTimes: number[] = [];
  const warmTimes: number[] = [];
  let size = '';
  for (let i = 0; i < 12; i += 1) {
    await insertCompletionsBulk(big.ctx, [
      {
        staffId: big.staffIds[i] as string,
        courseId: big.courses[0]?.id as string,
        completedOn: addDays('2015-01-01', i),
        expiresOn: null,
        certificateId: null,
        sessionId: null,
        source: 'demo',
        notes: null,
      },
    ]);
    let started = performance.now();
    const matrix = await computeMatrix(db, query, TODAY);
    coldTimes.push(performance.now() - started);
    started = performance.now();
    await computeMatrix(db, query, TODAY);
    warmTimes.push(performance.now() - started);
    size = `${matrix.rows.length} staff × ${matrix.courses.length} courses`;
  }
  rows.push(
    benchRow(
      'training.matrix_ms',
      'ms',
      '<=',
      100,
      percentile(coldTimes.slice(2), 50),
      `${size}, ${big.records} records; cold median of 10 (after a write); ` +
        `unchanged since last view ${percentile(warmTimes.slice(2), 50).toFixed(1)} ms`,
    ),
  );

  // The rota loads facts once per planning range, then asks holds() for every worker, day and skill.
  const lookupTimes: number[] = [];
  const loadTimes: number[] = [];
  const workers = big.staffIds.slice(0, 150);
  const days = Array.from({ length: 7 }, (_, i) => addDays(TODAY, i));
  let held = 0;
  for (let i = 0; i < 12; i += 1) {
    let started = performance.now();
    const facts = await loadTrainingFacts(db, workers, days[0] as string, days[6] as string);
    loadTimes.push(performance.now() - started);
    started = performance.now();
    for (const staffId of workers)
      for (const day of days) for (const skill of SKILLS) if (facts.holds(staffId, skill, day)) held += 1;
    lookupTimes.push(performance.now() - started);
  }
  rows.push(
    benchRow(
      'training.skill_lookup_ms',
      'ms',
      '<=',
      5,
      percentile(lookupTimes.slice(2), 50),
      `${workers.length * 7 * SKILLS.length} holds() for 150 workers × 7 days × ${SKILLS.length} skills after ` +
        `one load (load median ${percentile(loadTimes.slice(2), 50).toFixed(1)} ms; ${Math.round(held / 12)} held)`,
    ),
  );
  await big.tb.close();

  // The register: a trainer submits 20 lines through dispatch on the demo branch.
  const demo = await openTestBackend({ demo: true });
  const trainer = await demo.signedIn('trainer');
  const ctx = systemContext(demo.backend.deps, 'bench');
  const people = (demo.demo?.staff ?? [])
    .filter((s) => s.jobRole === 8)
    .slice(20, 40)
    .map((s) => s.id);
  const courseIds = (
    await demo.backend.deps.db.selectFrom('training_course').select('id').orderBy('name').execute()
  ).map((c) => c.id);
  const submitTimes: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const session = await saveSession(ctx, null, {
      courseId: courseIds[i] as string,
      date: TODAY,
      startMinute: 600,
      durationMinutes: 120,
      venue: 'hub_room',
      venueDetail: null,
      trainerName: null,
      capacity: 20,
    });
    await bookStaff(ctx, session.id, people);
    const started = performance.now();
    await trainer.ok('training.submitRegister', {
      sessionId: session.id,
      entries: people.map((staffId, n) => ({ staffId, outcome: n % 7 === 0 ? 'absent' : 'completed' })),
    });
    submitTimes.push(performance.now() - started);
  }
  rows.push(
    benchRow(
      'training.register_submit_ms',
      'ms',
      '<=',
      50,
      percentile(submitTimes.slice(2), 50),
      '20 lines via dispatch, audited, completions written; median of 8',
    ),
  );
  await demo.close();
  return rows;
}
