import { describe, expect, it } from 'vitest';
import { availableFor, joinWindows } from '@shared/domain/rota/availability';
import { planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const MON = '2026-05-11';

/** w1 free 09:00-12:00 and from `afternoon` to 15:00 on Monday; w2 off, so only w1 can take c1's 11:30 visit. */
function splitDay(afternoon: number) {
  return tinyInstance([{ id: 'v1', startMinute: 690, durationMinutes: 60 }], {
    workers: {
      w1: {
        availability: [
          { date: MON, startMinute: 540, endMinute: 720 },
          { date: MON, startMinute: afternoon, endMinute: 900 },
        ],
      },
      w2: { availability: [] },
    },
  });
}

describe('availability windows that touch are one continuous stretch', () => {
  it('joins touching and overlapping windows, keeps real gaps, drops empty ones', () => {
    expect(
      joinWindows([
        [720, 900],
        [540, 720],
        [1000, 1000],
        [1080, 1200],
        [1100, 1150],
      ]),
    ).toEqual([
      [540, 900],
      [1080, 1200],
    ]);
    expect(
      availableFor(
        [
          [540, 720],
          [720, 900],
        ],
        690,
        750,
      ),
    ).toBe(true);
    expect(
      availableFor(
        [
          [540, 720],
          [735, 900],
        ],
        690,
        750,
      ),
    ).toBe(false);
  });

  it('the validator accepts a visit across 12:00 when one window ends and the next starts at 12:00', () => {
    const inst = splitDay(720);
    expect(validatePlan(inst, tinyPlan(inst, [['v1', ['w1']]]))).toEqual([]);
    const gap = splitDay(735);
    expect(validatePlan(gap, tinyPlan(gap, [['v1', ['w1']]])).map((b) => b.code)).toEqual(['unavailable']);
  });

  it('the planner assigns it there too, and leaves it open (unavailable) across a real gap', () => {
    const inst = splitDay(720);
    const plan = planWeek(inst, { seed: 1, iterations: 200, assertScores: true });
    expect(plan.assignments).toEqual([{ visitId: 'v1', workerIds: ['w1'], startMinute: 690 }]);
    const gap = splitDay(735);
    const open = planWeek(gap, { seed: 1, iterations: 200, assertScores: true });
    expect(open.unassigned).toEqual([{ visitId: 'v1', reasons: [{ code: 'unavailable', workerIds: ['w1', 'w2'] }] }]);
  });
});
