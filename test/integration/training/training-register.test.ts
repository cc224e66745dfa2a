import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  aCourse,
  anAccount,
  aRequirement,
  aStaffMember,
  aTrainingRecord,
  aTrainingSession,
  openBranch,
  someStaff,
  TODAY,
  write,
  type BuiltStaff,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import { sessionBlocksForStaff } from '@main/services/training/session-blocks';
import { heldSkillsByStaff, loadTrainingFacts, validCoursesByStaff } from '@main/services/training/training-facts';

let tb: TestBackend;
let manager: TestClient;
let trainer: TestClient;
/** The `worker` account's staff record: booked on a session that was then cancelled. */
let workerStaffId: string;
/** Ten care workers, all booked on today's moving-and-assisting session. */
let booked: BuiltStaff[];
/** A care worker and two support workers booked on nothing. */
let unbookedCareWorker: BuiltStaff;
let supportWorkers: BuiltStaff[];
let senior: BuiltStaff;
let everyone: string[];

beforeAll(async () => {
  tb = await openBranch();
  for (const role of ['manager', 'trainer', 'coordinator'] as const) await anAccount(tb, role);
  workerStaffId = (await anAccount(tb, 'worker')).staffId as string;
  manager = await tb.signedIn('manager');
  trainer = await tb.signedIn('trainer');

  const moving = await aCourse(tb, { name: 'Moving and assisting people', skills: ['moving_and_handling'] });
  await aCourse(tb, { name: 'Diabetes awareness', validityMonths: 36, skills: ['diabetes'] });
  const peg = await aCourse(tb, { name: 'PEG feeding', skills: ['peg_feeding'] });
  await aCourse(tb, { name: 'Epilepsy and rescue medication', skills: ['epilepsy'] });
  const fire = await aCourse(tb, { name: 'Fire safety', ascwdsCategory: 6, delivery: 'e_learning' });
  const medication = await aCourse(tb, { name: 'Medication administration', skills: ['medication'] });
  await aCourse(tb, { name: 'Advanced dementia care', validityMonths: 36, skills: ['dementia'] });
  const tier1 = await aCourse(tb, { name: 'Oliver McGowan: Tier 1', ascwdsCategory: 42, validityMonths: 36 });
  const tier2 = await aCourse(tb, { name: 'Oliver McGowan: Tier 2', ascwdsCategory: 43, validityMonths: 36 });
  // Care workers must hold fire safety, and Oliver McGowan Tier 1 or Tier 2.
  await aRequirement(tb, fire.id);
  await aRequirement(tb, tier1.id, { anyOfGroup: 'oliver-mcgowan' });
  await aRequirement(tb, tier2.id, { anyOfGroup: 'oliver-mcgowan' });

  booked = await someStaff(tb, 10);
  unbookedCareWorker = await aStaffMember(tb);
  supportWorkers = await someStaff(tb, 2, { jobRole: 52 });
  senior = await aStaffMember(tb, { jobRole: 7 });
  everyone = [workerStaffId, ...[...booked, unbookedCareWorker, ...supportWorkers, senior].map((s) => s.id)];
  await aTrainingRecord(tb, { staffId: booked[2]!.id, courseId: tier2.id, completedOn: '2025-05-01' });
  await aTrainingRecord(tb, { staffId: booked[3]!.id, courseId: fire.id, completedOn: '2026-03-02' });

  await aTrainingSession(tb, moving.id, { booked: booked.map((s) => s.id) });
  await aTrainingSession(tb, moving.id, { date: '2026-12-02', booked: [unbookedCareWorker.id] });
  await aTrainingSession(tb, medication.id, { date: '2026-11-25', startMinute: 600, booked: [booked[1]!.id] });
  const cancelled = await aTrainingSession(tb, peg.id, { date: '2026-12-09', booked: [workerStaffId] });
  await write(tb, 'training.cancelSession', { id: cancelled.id });
});
afterAll(async () => {
  await tb.close();
});

async function todaysSession() {
  const sessions = await trainer.ok('training.listSessions', { from: TODAY, to: TODAY });
  const session = sessions[0];
  if (!session) throw new Error('no session today');
  return session;
}

async function countRecords(): Promise<number> {
  const row = await tb.backend.deps.db
    .selectFrom('training_record')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("the trainer's register", () => {
  it('refuses a person who was not booked unless a reason is given, and writes nothing', async () => {
    const session = await todaysSession();
    const register = await trainer.ok('training.getRegister', { sessionId: session.id });
    const stranger = unbookedCareWorker;
    const before = await countRecords();
    const result = await trainer.call('training.submitRegister', {
      sessionId: session.id,
      entries: [
        ...register.lines.map((l) => ({ staffId: l.staffId, outcome: 'completed' as const })),
        { staffId: stranger.id, outcome: 'completed' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.[0]?.path).toEqual(['entries', register.lines.length, 'reason']);
    expect(await countRecords()).toBe(before);
  });

  it(
    'marks a room in one pass: completions become records with ' +
      'expiry from the course validity; the unbooked person is audited',
    async () => {
      const session = await todaysSession();
      const register = await trainer.ok('training.getRegister', { sessionId: session.id });
      expect(register.lines.length).toBeGreaterThanOrEqual(10);
      const stranger = supportWorkers[0]!;
      const entries = register.lines.map((line, i) => ({
        staffId: line.staffId,
        outcome: i === 0 ? ('absent' as const) : i === 1 ? ('not_completed' as const) : ('completed' as const),
      }));
      const before = await countRecords();
      const after = await trainer.ok('training.submitRegister', {
        sessionId: session.id,
        entries: [
          ...entries,
          { staffId: stranger.id, outcome: 'completed', reason: 'Joined on the day to replace a colleague' },
        ],
      });
      expect(after.session.registerSubmitted).toBe(true);
      expect(await countRecords()).toBe(before + entries.length - 2 + 1);
      const records = await trainer.ok('training.listRecords', { staffId: stranger.id });
      const fromSession = records.find((r) => r.courseId === session.courseId && r.completedOn === TODAY);
      expect(fromSession?.expiresOn).toBe('2027-11-22');
      expect(fromSession?.source).toBe('register');
      const audit = await tb.backend.deps.db
        .selectFrom('audit_log')
        .select(['action', 'detail'])
        .where('action', '=', 'training.register.unbooked')
        .execute();
      expect(audit[0]?.detail).toContain('replace a colleague');
    },
  );

  it('resubmitting does not duplicate completions, and a correction removes the record and is audited', async () => {
    const session = await todaysSession();
    const register = await trainer.ok('training.getRegister', { sessionId: session.id });
    const before = await countRecords();
    const target = register.lines.find((l) => l.outcome === 'completed');
    if (!target) throw new Error('no completed line');
    await trainer.ok('training.submitRegister', {
      sessionId: session.id,
      entries: register.lines.map((l) => ({
        staffId: l.staffId,
        outcome: l.staffId === target.staffId ? 'absent' : (l.outcome ?? 'absent'),
        reason: l.booked ? null : 'Joined on the day',
      })),
    });
    expect(await countRecords()).toBe(before - 1);
    const corrections = await tb.backend.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'training.record.correct')
      .execute();
    expect(corrections.some((c) => c.detail?.includes('absent'))).toBe(true);
  });

  it('refuses a register before the session date (completion dates cannot be in the future)', async () => {
    const sessions = await trainer.ok('training.listSessions', { from: '2026-11-24', to: '2026-12-31' });
    const future = sessions.find((s) => s.status === 'scheduled');
    if (!future) throw new Error('no future session');
    const register = await trainer.ok('training.getRegister', { sessionId: future.id });
    const result = await trainer.call('training.submitRegister', {
      sessionId: future.id,
      entries: register.lines.map((l) => ({ staffId: l.staffId, outcome: 'completed' as const })),
    });
    expect(result.ok ? null : result.error.issues?.[0]?.path).toEqual(['sessionId']);
  });

  it('booked sessions are working-time blocks for the rota; cancelled ones are not', async () => {
    const sessions = await manager.ok('training.listSessions', { from: TODAY, to: '2026-12-31' });
    const blocks = await sessionBlocksForStaff(tb.backend.deps.db, everyone, TODAY, '2026-12-31');
    const cancelled = sessions.filter((s) => s.status === 'cancelled').map((s) => s.id);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(blocks.some((b) => cancelled.includes(b.sessionId))).toBe(false);
    const medication = sessions.find((s) => s.date === '2026-11-25');
    const block = blocks.find((b) => b.sessionId === medication?.id);
    expect(block).toMatchObject({ date: '2026-11-25', startMinute: 600, durationMinutes: 240 });
  });
});

describe('records entered by hand', () => {
  async function courseNamed(name: string) {
    const course = (await manager.ok('training.listCourses', {})).find((c) => c.name === name);
    if (!course) throw new Error(name);
    return course;
  }

  it('refuses future completion, expiry before completion and duplicates, writing nothing', async () => {
    const person = booked[4]!;
    const course = await courseNamed('Diabetes awareness');
    const before = await countRecords();
    const future = await manager.call('training.addRecord', {
      staffId: person.id,
      courseId: course.id,
      completedOn: '2026-12-01',
    });
    expect(future.ok ? null : [future.error.code, future.error.issues?.[0]?.path]).toEqual([
      'VALIDATION',
      ['completedOn'],
    ]);
    const backwards = await manager.call('training.addRecord', {
      staffId: person.id,
      courseId: course.id,
      completedOn: '2026-01-10',
      expiresOn: '2026-01-01',
    });
    expect(backwards.ok ? null : backwards.error.issues?.[0]?.path).toEqual(['expiresOn']);
    expect(await countRecords()).toBe(before);
    const first = await manager.ok('training.addRecord', {
      staffId: person.id,
      courseId: course.id,
      completedOn: '2026-01-10',
    });
    expect(first.expiresOn).toBe('2029-01-09');
    const duplicate = await manager.call('training.addRecord', {
      staffId: person.id,
      courseId: course.id,
      completedOn: '2026-01-10',
    });
    expect(duplicate.ok ? null : duplicate.error.issues?.[0]).toMatchObject({ path: ['completedOn'] });
    expect(await countRecords()).toBe(before + 1);
  });

  it('a correction needs a reason and is audited with the old and new dates', async () => {
    const person = senior;
    const course = await courseNamed('PEG feeding');
    const record = await manager.ok('training.addRecord', {
      staffId: person.id,
      courseId: course.id,
      completedOn: '2026-02-02',
    });
    const noReason = await manager.call('training.correctRecord', {
      id: record.id,
      completedOn: '2026-02-03',
      expiresOn: '2027-02-02',
      reason: ' ',
    });
    expect(noReason.ok ? null : noReason.error.issues?.[0]?.path).toEqual(['reason']);
    const fixed = await manager.ok('training.correctRecord', {
      id: record.id,
      completedOn: '2026-02-03',
      expiresOn: '2027-02-02',
      reason: 'Date typed wrongly from the certificate',
    });
    expect(fixed.completedOn).toBe('2026-02-03');
    const audit = await tb.backend.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'training.record.correct')
      .where('entity_id', '=', record.id)
      .executeTakeFirst();
    expect(audit?.detail).toContain('2026-02-02');
    expect(audit?.detail).toContain('typed wrongly');
  });

  it('CSV import is all-or-nothing with the bad row and column named', async () => {
    const ref = supportWorkers[1]!.reference;
    const before = await countRecords();
    const bad = [
      'staff_reference,course_name,completed_on,expires_on,notes',
      `${ref},Epilepsy and rescue medication,01/03/2026,,`,
      `${ref},No such course,2026-03-01,,`,
      `${ref},Fire safety,2030-01-01,,`,
    ].join('\n');
    const result = await manager.call('training.importRecords', { csv: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.path)).toEqual([
      ['rows', 3, 'course_name'],
      ['rows', 4, 'completed_on'],
    ]);
    expect(await countRecords()).toBe(before);
    const good = [
      'staff_reference,course_name,completed_on,expires_on,notes',
      `${ref},Epilepsy and rescue medication,01/03/2026,,From paper records`,
      `${ref},Stroke awareness,2026-03-01,,`,
    ].join('\n');
    const noCourse = await manager.call('training.importRecords', { csv: good });
    expect(noCourse.ok).toBe(false);
    const ok = await manager.ok('training.importRecords', { csv: good.split('\n').slice(0, 2).join('\n') });
    expect(ok.imported).toBe(1);
    expect(await countRecords()).toBe(before + 1);
  });
});

describe('certificates', () => {
  const pdf = Buffer.from('%PDF-1.4\n% demo certificate\n').toString('base64');

  it('accepts PDF/PNG/JPEG by content, refuses other types and files over 10 MB', async () => {
    // The `worker` account's own certificate, which the next test reads back.
    const stored = await trainer.ok('training.uploadCertificate', {
      staffId: workerStaffId,
      fileName: 'moving.pdf',
      base64: pdf,
    });
    expect(stored.mimeType).toBe('application/pdf');
    const gif = await trainer.call('training.uploadCertificate', {
      staffId: workerStaffId,
      fileName: 'cert.pdf',
      base64: Buffer.from('GIF89a....').toString('base64'),
    });
    expect(gif.ok ? null : [gif.error.code, gif.error.issues?.[0]?.path, gif.error.message]).toEqual([
      'VALIDATION',
      ['base64'],
      'Certificates must be PDF, PNG or JPEG files',
    ]);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.4');
    const tooBig = await trainer.call('training.uploadCertificate', {
      staffId: workerStaffId,
      fileName: 'big.pdf',
      base64: big.toString('base64'),
    });
    expect(tooBig.ok ? null : tooBig.error.message).toBe('Certificates must be 10 MB or smaller');
    const count = await tb.backend.deps.db
      .selectFrom('training_certificate')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('a worker reads their own certificate but not a colleague’s', async () => {
    const worker = await tb.signedIn('worker');
    const mine = await worker.ok('training.mine', {});
    const own = mine.certificates[0];
    if (!own) throw new Error('the worker has no certificate');
    expect((await worker.ok('training.getCertificate', { id: own.id })).base64).toBe(pdf);
    const other = senior;
    const theirs = await trainer.ok('training.uploadCertificate', {
      staffId: other.id,
      fileName: 'x.pdf',
      base64: pdf,
    });
    const refused = await worker.call('training.getCertificate', { id: theirs.id });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });
});

describe('roles', () => {
  it(
    'a worker cannot see the matrix or a colleague’s records; ' +
      'a coordinator cannot mark registers; a trainer cannot book',
    async () => {
      const worker = await tb.signedIn('worker');
      const matrix = await worker.call('training.matrix', {});
      expect(matrix.ok ? null : matrix.error.code).toBe('FORBIDDEN');
      const colleague = supportWorkers[0];
      const records = await worker.call('training.listRecords', { staffId: colleague?.id ?? '' });
      expect(records.ok ? null : records.error.code).toBe('FORBIDDEN');
      const coordinator = await tb.signedIn('coordinator');
      const session = await todaysSession();
      const register = await coordinator.call('training.submitRegister', {
        sessionId: session.id,
        entries: [{ staffId: colleague?.id ?? '', outcome: 'completed' }],
      });
      expect(register.ok ? null : register.error.code).toBe('FORBIDDEN');
      const book = await trainer.call('training.book', { sessionId: session.id, staffIds: [colleague?.id ?? ''] });
      expect(book.ok ? null : book.error.code).toBe('FORBIDDEN');
    },
  );
});

describe('skills and valid courses for the rota and the pathway', () => {
  it(
    'a completed specialist course grants its skill from the completion ' +
      'date until expiry; competencies grant theirs until reassessment',
    async () => {
      const person = booked[5]!;
      const course = (await manager.ok('training.listCourses', {})).find((c) => c.skills.includes('dementia'));
      if (!course) throw new Error('no dementia course');
      const db = tb.backend.deps.db;
      // A care worker with no training until they complete the dementia course on 1 June 2026.
      await manager.ok('training.addRecord', { staffId: person.id, courseId: course.id, completedOn: '2026-06-01' });
      expect((await heldSkillsByStaff(db, [person.id], '2026-05-31')).get(person.id)?.has('dementia')).toBe(false);
      expect((await heldSkillsByStaff(db, [person.id], TODAY)).get(person.id)?.has('dementia')).toBe(true);
      expect((await validCoursesByStaff(db, [person.id], TODAY)).get(person.id)?.has(course.id)).toBe(true);
      await manager.ok('training.recordCompetency', {
        staffId: person.id,
        competency: 'medication',
        assessedOn: '2026-11-01',
        outcome: 'competent',
        nextDueOn: '2027-11-01',
      });
      const facts = await loadTrainingFacts(db, [person.id], TODAY, '2027-12-31');
      expect(facts.holds(person.id, 'medication', '2027-11-01')).toBe(true);
      expect(facts.holds(person.id, 'medication', '2027-11-02')).toBe(
        facts.holdsCourse(
          person.id,
          (await manager.ok('training.listCourses', {})).find((c) => c.skills.includes('medication'))?.id ?? '',
          '2027-11-02',
        ),
      );
    },
  );

  it('Oliver McGowan: for care workers only Tier 2 counts, so Tier 1 is not a column of theirs', async () => {
    const matrix = await manager.ok('training.matrix', { jobRole: 8 });
    expect(matrix.courses.some((c) => c.ascwdsCategory === 42)).toBe(false);
    const tier2 = matrix.courses.findIndex((c) => c.ascwdsCategory === 43);
    expect(matrix.rows.some((r) => r.cells[tier2] === 'V')).toBe(true);
    // Everyone in the role needs it: nobody's Tier 2 cell reads "not required".
    for (const row of matrix.rows) expect(row.cells[tier2]).not.toBe('-');
  });
});

describe('session changes reach the people booked', () => {
  it('a cancelled session leaves a notice for the booked worker, who alone can mark it read', async () => {
    const worker = await tb.signedIn('worker');
    const notices = await worker.ok('notices.listMine', {});
    expect(notices.some((n) => n.text.includes('cancelled'))).toBe(true);
    const first = notices[0];
    if (!first) throw new Error('no notice');
    const stranger = await manager.call('notices.markRead', { id: first.id });
    expect(stranger.ok ? null : stranger.error.code).toBe('FORBIDDEN');
    expect((await worker.ok('notices.markRead', { id: first.id })).readAt).not.toBeNull();
  });
});

describe('the trigger-kept summary the matrix reads', () => {
  it('matches grouping the records after inserts, corrections and deletions', async () => {
    const { latestExpiries } = await import('@main/services/training/matrix-service');
    const db = tb.backend.deps.db;
    const fast = await latestExpiries(db, TODAY, TODAY);
    const slow = await latestExpiries(db, TODAY, '2026-11-24');
    const flatten = (m: Map<string, Map<string, string>>) =>
      [...m].flatMap(([s, byCourse]) => [...byCourse].map(([c, e]) => `${s}|${c}|${e}`)).sort();
    const pairs = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (SELECT DISTINCT staff_id, course_id FROM training_record)`.execute(db);
    expect(flatten(fast)).toHaveLength(Number(pairs.rows[0]?.n));
    expect(flatten(fast).length).toBeGreaterThan(10);
    expect(flatten(fast)).toEqual(flatten(slow));
  });
});

describe('the matrix after a change', () => {
  it('shows a new completion straight away (the in-memory summary follows the store)', async () => {
    const before = await manager.ok('training.matrix', { jobRole: 8 });
    const row = before.rows.find((r) => r.cells.includes('M'));
    if (!row) throw new Error('no gap');
    const column = row.cells.indexOf('M');
    const course = before.courses[column];
    if (!course) throw new Error('no course');
    await manager.ok('training.addRecord', { staffId: row.staffId, courseId: course.id, completedOn: '2026-11-20' });
    const after = await manager.ok('training.matrix', { jobRole: 8 });
    expect(after.rows.find((r) => r.staffId === row.staffId)?.cells[column]).toBe('V');
  });
});
