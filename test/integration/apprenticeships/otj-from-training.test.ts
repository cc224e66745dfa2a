import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOtjFromTraining } from '../../../main/services/apprenticeships/otj-from-training';
import { openTestBackend, type TestBackend } from '../../fixtures/test-backend';

// Training's tables are another domain's and not in this branch: the test stands in minimal ones with the columns the
// import documents, to show it reads them only when present and adds each attended session once.
let tb: TestBackend;
beforeAll(async () => {
  tb = await openTestBackend({ demo: true });
});
afterAll(() => tb.close());

describe('OTJ from training sessions', () => {
  it('does nothing until the training tables exist, then adds attended OTJ-counting sessions once', async () => {
    const db = tb.backend.deps.db;
    const opts = { today: '2026-11-23', now: '2026-11-23T09:00:00.000Z', newId: tb.backend.deps.ids, actor: 'test' };
    const before = await importOtjFromTraining(db, opts);
    expect(before).toEqual({ ran: false, reason: 'table training_course does not exist yet' });

    const manager = await tb.signedIn('manager');
    const worker = await tb.signedIn('worker');
    const mine = (await worker.ok('apprenticeships.mine', {})).own[0]!;
    const session = await worker.ok('auth.session', {});
    const staffId = session.state === 'active' ? session.session.staffId! : '';
    await sql`CREATE TABLE training_course (id TEXT PRIMARY KEY, name TEXT, counts_otj INTEGER)`.execute(db);
    await sql`CREATE TABLE training_session (id TEXT PRIMARY KEY, course_id TEXT, session_date TEXT, duration_minutes INTEGER)`.execute(db);
    await sql`CREATE TABLE training_booking (session_id TEXT, staff_id TEXT, status TEXT)`.execute(db);
    await sql`INSERT INTO training_course VALUES ('c1', 'Dementia awareness', 1), ('c2', 'Fire safety', 0)`.execute(db);
    await sql`INSERT INTO training_session VALUES ('s1', 'c1', '2026-11-10', 210), ('s2', 'c2', '2026-11-11', 60), ('s3', 'c1', '2026-11-12', 180)`.execute(db);
    await sql`INSERT INTO training_booking VALUES ('s1', ${staffId}, 'attended'), ('s2', ${staffId}, 'attended'), ('s3', ${staffId}, 'booked')`.execute(db);

    expect(await importOtjFromTraining(db, opts)).toEqual({ ran: true, created: 1 });
    expect(await importOtjFromTraining(db, opts)).toEqual({ ran: true, created: 0 });
    const detail = await manager.ok('apprenticeships.get', { id: mine.id });
    expect(detail.entries.find((e) => e.source === 'training_session')).toMatchObject({ sessionId: 's1', hours: 3.5, status: 'approved', activity: 'Training: Dementia awareness' });
  });
});
