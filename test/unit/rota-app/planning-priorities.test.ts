import { describe, expect, it } from 'vitest';
import { ObjectiveWeights } from '@shared/domain/rota/instance';
import { PLANNING_PRIORITIES, levelOf, weightOf } from '@shared/domain/rota-board/planning-priorities';

const DEFAULTS = ObjectiveWeights.parse({});

describe('planning priorities in words', () => {
  it('covers every weight the planner has, each level saying what it does', () => {
    expect(PLANNING_PRIORITIES.map((p) => p.name).sort()).toEqual(Object.keys(DEFAULTS).sort());
    for (const p of PLANNING_PRIORITIES) expect(new Set(Object.values(p.levels)).size).toBe(3);
  });

  it('reads "some" as the planner’s default, and a level back from the weight it saves', () => {
    for (const p of PLANNING_PRIORITIES) {
      expect(weightOf(p.name, 'some')).toBe(DEFAULTS[p.name]);
      expect(weightOf(p.name, 'a_lot')).toBeGreaterThan(DEFAULTS[p.name]);
      expect(weightOf(p.name, 'a_little')).toBeLessThan(DEFAULTS[p.name]);
      for (const level of ['a_lot', 'some', 'a_little'] as const)
        expect(levelOf(p.name, weightOf(p.name, level))).toBe(level);
    }
  });

  it('reads a weight set by hand as the nearest level, and nothing as "a little"', () => {
    expect(levelOf('distinctWorker', 1000)).toBe('a_lot');
    expect(levelOf('distinctWorker', 400)).toBe('some');
    expect(levelOf('distinctWorker', 60)).toBe('a_little');
    expect(levelOf('travelMinute', 0)).toBe('a_little');
  });
});
