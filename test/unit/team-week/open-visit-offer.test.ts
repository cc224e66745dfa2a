import { describe, expect, it } from 'vitest';
import { offerOpenVisit, validatePlan } from '@main/rota';
import type { RotaInstance } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

// Week 2026-W20: Monday 11 May 2026. c1's team is w1 and w2; c2's is w1, w2 and w3.
const MON = '2026-05-11';
const TUE = '2026-05-12';

/** The full validator's codes for the plan with the worker on the open visit, less those already there. */
function fullValidatorSays(instance: RotaInstance, plan: RotaPlan, visitId: string, workerId: string): string[] {
  const start = instance.visits.find((v) => v.id === visitId)?.startMinute ?? 0;
  const taken = { ...plan, assignments: [...plan.assignments, { visitId, workerIds: [workerId], startMinute: start }] };
  const before = new Set(validatePlan(instance, plan).map((b) => b.code));
  return [...new Set(validatePlan(instance, taken).map((b) => b.code))].filter((c) => !before.has(c)).sort();
}

describe('offering an open visit to its team', () => {
  it('names the rule each team member would break, and agrees with the validator over the whole plan', () => {
    const instance = tinyInstance(
      [
        { id: 'open', clientId: 'c2', date: TUE, startMinute: 7 * 60, durationMinutes: 60 },
        { id: 'w1-tuesday', clientId: 'c1', date: TUE, startMinute: 7 * 60, durationMinutes: 60 },
        { id: 'w2-late-monday', clientId: 'c1', date: MON, startMinute: 21 * 60, durationMinutes: 30 },
      ],
      { workers: { w3: { availability: [{ date: MON, startMinute: 420, endMinute: 1320 }] } } },
    );
    const plan = tinyPlan(instance, [
      ['w1-tuesday', ['w1']],
      ['w2-late-monday', ['w2']],
    ]);
    const offers = offerOpenVisit(instance, plan, 'open', ['w1', 'w2', 'w3']);
    const codes = Object.fromEntries(offers.map((o) => [o.workerId, o.breaches.map((b) => b.code).sort()]));
    // w1 is already with c1 at 07:00; w2 finished at 21:30 the night before (9½ hours' rest); w3 is off on Tuesday.
    expect(codes).toEqual({ w1: ['overlap'], w2: ['wtr_daily_rest'], w3: ['unavailable'] });
    for (const o of offers) expect(codes[o.workerId]).toEqual(fullValidatorSays(instance, plan, 'open', o.workerId));
    expect(offers.find((o) => o.workerId === 'w2')?.breaches[0]?.message).toContain('minimum daily rest');
  });

  it('offers the visit to a free, eligible team member and refuses someone outside the person’s team', () => {
    const instance = tinyInstance([{ id: 'open', clientId: 'c1', date: MON, startMinute: 10 * 60 }]);
    const plan = tinyPlan(instance, []);
    const offers = offerOpenVisit(instance, plan, 'open', ['w2', 'w3']);
    expect(offers).toEqual([
      { workerId: 'w2', breaches: [] },
      { workerId: 'w3', breaches: [expect.objectContaining({ code: 'not_in_team' })] },
    ]);
  });

  it('refuses a worker who may not work that day (the eligibility rule), with the reason', () => {
    const instance = tinyInstance([{ id: 'open', clientId: 'c1', date: TUE, startMinute: 10 * 60 }], {
      workers: {
        w2: {
          eligibility: {
            startDate: '2020-01-01',
            leavingDate: MON,
            rtwExpiry: null,
            hasDbs: true,
            dbsIssueDate: '2024-01-01',
            dbsBarredListChecked: true,
            dbsRecheckDue: null,
            dbsUpdateService: true,
            suspendedFrom: null,
            suspendedUntil: null,
          },
        },
      },
    });
    const [offer] = offerOpenVisit(instance, tinyPlan(instance, []), 'open', ['w2']);
    expect(offer?.breaches.map((b) => b.message)).toEqual([
      'worker may not work on this date (left on Mon 11 May 2026)',
    ]);
  });
});
