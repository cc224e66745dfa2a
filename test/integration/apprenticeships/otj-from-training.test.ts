import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCourse, anAccount, anApprenticeship, aTrainingSession, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend;
beforeAll(async () => {
  tb = await openBranch();
});
afterAll(() => tb.close());

describe('OTJ hours from the training register', () => {
  it('adds an apprentice’s time in an OTJ-counting session once, when the trainer submits the register', async () => {
    await anAccount(tb, 'manager');
    await anAccount(tb, 'trainer');
    const staffId = (await anAccount(tb, 'worker')).staffId as string;
    const own = await anApprenticeship(tb, staffId);
    const course = await aCourse(tb, { name: 'End of life care: foundations', countsOtj: true });
    // Today 09:30 for three and a half hours, with the apprentice booked.
    const scheduled = await aTrainingSession(tb, course.id, {
      startMinute: 9 * 60 + 30,
      durationMinutes: 210,
      booked: [staffId],
    });
    const manager = await tb.signedIn('manager');
    const trainer = await tb.signedIn('trainer');
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
