import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planWeek } from '@main/rota/planner/plan-week';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { tinyInstance } from '@test/fixtures/rota/tiny-instance';

const visitArb = fc.record({
  clientId: fc.constantFrom('c1', 'c2'),
  day: fc.integer({ min: 0, max: 6 }),
  startMinute: fc.integer({ min: 26, max: 88 }).map((q) => q * 15),
  durationMinutes: fc.constantFrom(15, 30, 45, 60, 120, 240, 400),
  workersNeeded: fc.constantFrom(1, 1, 1, 2),
  flexMinutes: fc.constantFrom(0, 0, 15, 30),
  agreedShortVisit: fc.boolean(),
  skill: fc.constantFrom(null, null, 'dementia'),
});

describe('property: the planner never returns a plan the validator rejects', () => {
  it('holds on random small instances (rest, caps, breaks, under-18s, double-ups, flexibility)', () => {
    fc.assert(
      fc.property(
        fc.array(visitArb, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 60, max: 2880 }),
        fc.integer({ min: 1, max: 1000 }),
        (raw, under18, cap, seed) => {
          const dates = [
            '2026-05-11',
            '2026-05-12',
            '2026-05-13',
            '2026-05-14',
            '2026-05-15',
            '2026-05-16',
            '2026-05-17',
          ];
          const visits = raw.map((v, i) => ({
            id: `v${i}`,
            clientId: v.clientId,
            date: dates[v.day] ?? '2026-05-11',
            startMinute: Math.min(v.startMinute, 1440 - v.durationMinutes),
            durationMinutes: v.durationMinutes,
            workersNeeded: v.workersNeeded as 1 | 2,
            flexMinutes: v.flexMinutes,
            agreedShortVisit: v.agreedShortVisit,
            requiredSkills: v.skill === null ? [] : ['dementia' as const],
          }));
          const inst = tinyInstance(visits, {
            workers: {
              w1: { under18, maxWeeklyMinutes: cap, skills: [{ skill: 'dementia' }] },
              w3: { availability: [] },
            },
          });
          const plan = planWeek(inst, { seed, iterations: 300, assertScores: true });
          expect(validatePlan(inst, plan)).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });
});
