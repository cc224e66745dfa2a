import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend;
beforeAll(async () => {
  tb = await openTestBackend({ demo: true });
});
afterAll(() => tb.close());

describe('OTJ hours from the training register', () => {
  it('adds an apprentice’s time in an OTJ-counting session once, when the trainer submits the register', async () => {
    const manager = await tb.signedIn('manager');
    const trainer = await tb.signedIn('trainer');
    const worker = await tb.signedIn('worker');
    const own = (await worker.ok('apprenticeships.mine', {})).own[0];
    if (!own) throw new Error('the demo worker has no apprenticeship');
    const session = await worker.ok('auth.session', {});
    const staffId = session.state === 'active' ? (session.session.staffId ?? '') : '';
    const course = (await manager.ok('training.listCourses', {})).find((c) => c.countsOtj);
    if (!course) throw new Error('the demo has no OTJ-counting course');

    const scheduled = await manager.ok('training.saveSession', {
      id: null,
      session: {
        courseId: course.id,
        date: '2026-11-23',
        startMinute: 9 * 60 + 30,
        durationMinutes: 210,
        venue: 'hub_room',
        venueDetail: null,
        trainerName: null,
        capacity: 12,
      },
    });
    await manager.ok('training.book', { sessionId: scheduled.id, staffIds: [staffId] });
    const before = (await manager.ok('apprenticeships.get', { id: own.id })).entries.filter(
      (e) => e.source === 'training_session' && e.sessionId === scheduled.id,
    );
    expect(before).toEqual([]);

    await trainer.ok('training.submitRegister', {
      sessionId: scheduled.id,
      entries: [{ staffId, outcome: 'attended' }],
    });
    await trainer.ok('training.submitRegister', {
      sessionId: scheduled.id,
      entries: [{ staffId, outcome: 'attended' }],
    });
    const added = (await manager.ok('apprenticeships.get', { id: own.id })).entries.filter(
      (e) => e.sessionId === scheduled.id,
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      source: 'training_session',
      hours: 3.5,
      status: 'approved',
      activity: `Training: ${course.name}`,
    });
  });
});
