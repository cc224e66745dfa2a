import { describe, expect, it } from 'vitest';
import { payParityGaps, type PayParityFacts } from '@shared/domain/policy/pay-parity';

let n = 0;
const worker = (overrides: Partial<PayParityFacts>): PayParityFacts => {
  n += 1;
  return {
    staffId: `w${n}`,
    name: `Worker ${n}`,
    reference: `S${n}`,
    jobRole: 8,
    stepId: 'step-1',
    stepName: 'Wellbeing Worker',
    employerId: null,
    employerName: 'Lead Care',
    pencePerHour: 1480,
    guaranteedWeeklyHours: 30,
    ...overrides,
  };
};
const partner = { employerId: 'p1', employerName: 'Small Partner CIC' };

describe('pay parity', () => {
  it('lists a partner worker paid less than the lead pays for the same role and step, in words and money', () => {
    const { groupsCompared, gaps } = payParityGaps([
      worker({ pencePerHour: 1480 }),
      worker({ pencePerHour: 1550 }),
      worker({ ...partner, name: 'Amy Ng', pencePerHour: 1310, guaranteedWeeklyHours: 22.5 }),
    ]);
    expect(groupsCompared).toBe(1);
    expect(gaps).toHaveLength(1);
    // The lead's rate for the role is the least it pays there (£14.80), not its long-server's £15.50.
    expect(gaps[0]).toMatchObject({
      name: 'Amy Ng',
      parityPencePerHour: 1480,
      parityEmployerName: 'Lead Care',
      gapPencePerHour: 170,
      gapPencePerWeek: 3825,
    });
    expect(gaps[0]?.detail).toBe(
      'Small Partner CIC pays £13.10 an hour; Lead Care pays at least £14.80 for a Care worker at the step ' +
        'Wellbeing Worker: £1.70 an hour less, £38.25 a week over 22.5 guaranteed hours.',
    );
  });

  it('lists lead workers when a partner pays more for the same role and step', () => {
    const { gaps } = payParityGaps([
      worker({ name: 'Lead Low', pencePerHour: 1400, guaranteedWeeklyHours: null }),
      worker({ ...partner, pencePerHour: 1450 }),
    ]);
    expect(gaps.map((g) => [g.name, g.parityEmployerName, g.gapPencePerHour, g.gapPencePerWeek])).toEqual([
      ['Lead Low', 'Small Partner CIC', 50, null],
    ]);
  });

  it('compares only the same job role and the same step', () => {
    const { groupsCompared, gaps } = payParityGaps([
      worker({ pencePerHour: 1600, jobRole: 7 }),
      worker({ ...partner, pencePerHour: 1300, jobRole: 8 }),
      worker({ pencePerHour: 1600, stepId: 'step-2', stepName: 'Senior Wellbeing Worker' }),
      worker({ ...partner, pencePerHour: 1300, stepId: 'step-1' }),
    ]);
    expect(groupsCompared).toBe(0);
    expect(gaps).toEqual([]);
  });

  it('finds no gap when every employer pays the role and step the same, or within one employer', () => {
    expect(payParityGaps([worker({ pencePerHour: 1480 }), worker({ ...partner, pencePerHour: 1480 })]).gaps).toEqual(
      [],
    );
    expect(payParityGaps([worker({ pencePerHour: 1300 }), worker({ pencePerHour: 1600 })]).gaps).toEqual([]);
  });

  it('compares workers on no pathway step with each other, saying so', () => {
    const { gaps } = payParityGaps([
      worker({ stepId: null, stepName: null, pencePerHour: 1500 }),
      worker({ ...partner, stepId: null, stepName: null, pencePerHour: 1450, guaranteedWeeklyHours: null }),
    ]);
    expect(gaps[0]?.step).toBe('not on the pathway');
    expect(gaps[0]?.detail).toContain('for a Care worker not on the pathway: £0.50 an hour less.');
  });
});
