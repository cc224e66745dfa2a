import { describe, expect, it } from 'vitest';
import { charterItems, type CharterFacts, type CharterRotaFacts } from '@shared/domain/staff/charter';

// A branch whose records meet every commitment the rota can answer; each test spoils one figure.
const rota: CharterRotaFacts = {
  weeks: ['2026-W47', '2026-W48'],
  peopleOnRota: 6,
  peopleFromIdealWeek: 6,
  visits: 144,
  shortAgreed: 2,
  shortNotAgreed: 0,
  minVisitMinutes: 30,
  visitPlaces: 150,
  placesByChosenTeam: 150,
  medianWorkersPerPerson: 3,
  rushedVisits: 0,
  travelMinutesWorked: 900,
  travelMinutesPaid: 900,
  trainingMinutesBooked: 360,
  trainingMinutesPaid: 360,
  workersTrained: 2,
  workersOnRota: 6,
  workersAtMeetings: 6,
};
const facts: CharterFacts = {
  workers: 6,
  travelPaidFull: 6,
  travelAnswer: 1,
  zeroHours: 0,
  withSickPay: 6,
  sickPayPaid: { from: '2025-11-24', sickDays: 0, ospDays: 0, ospPence: 0 },
  belowLivingWage: 0,
  livingWageLabel: 'London Living Wage',
  livingWagePence: 1480,
  rota,
  declared: { concernsProcedure: true, trainingInPaidTime: false, coworkerMeetings: false },
};
const item = (f: CharterFacts, stage: number, n: number) => {
  const found = charterItems(f).find((i) => i.stage === stage && i.number === n);
  if (!found) throw new Error(`no commitment ${stage}.${n}`);
  return found;
};
const withRota = (patch: Partial<CharterRotaFacts>): CharterFacts => ({ ...facts, rota: { ...rota, ...patch } });

describe('Charter commitments the rota answers', () => {
  it('measures every rota commitment from the records when weeks are planned, never from a declaration', () => {
    for (const [stage, n] of [
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 1],
      [2, 4],
      [2, 5],
    ] as const)
      expect(item(facts, stage, n)).toMatchObject({ status: 'met', basis: 'data' });
  });

  it('1.2: a visit under the minimum without the person’s agreement is not met; agreed ones are shown', () => {
    expect(item(facts, 1, 2).figure).toBe(
      '0 of 144 visits across the 2 weeks planned under 30 minutes without the person’s agreement; ' +
        '2 of 144 shorter by the person’s agreement',
    );
    expect(item(withRota({ shortNotAgreed: 1 }), 1, 2).status).toBe('not_met');
  });

  it('1.3: travel the rota counts as work but the pay view does not pay is not met, with the minutes', () => {
    const unpaid = item(withRota({ travelMinutesPaid: 840 }), 1, 3);
    expect(unpaid.status).toBe('not_met');
    expect(unpaid.figure).toContain('the pay view pays 840 of 900 minutes of travel between visits');
  });

  it('1.4: a visit planned to start before the worker can get there is not met', () => {
    expect(item(withRota({ rushedVisits: 3 }), 1, 4)).toMatchObject({
      status: 'not_met',
      figure: '3 of 144 visits across the 2 weeks planned start before the worker can get there from the visit before',
    });
  });

  it('2.1: continuity is met from 95% of places by the chosen team and not below', () => {
    expect(item(withRota({ placesByChosenTeam: 143 }), 2, 1).status).toBe('met');
    const low = item(withRota({ placesByChosenTeam: 142 }), 2, 1);
    expect(low.status).toBe('not_met');
    expect(low.figure).toMatch(
      /^94\.6% of visits across the 2 weeks planned by the person’s chosen team \(142 of 150\)/,
    );
  });

  it('2.4: training booked but not in the pay view is not met; with none booked the declaration stands in', () => {
    expect(item(withRota({ trainingMinutesPaid: 180 }), 2, 4)).toMatchObject({ status: 'not_met', basis: 'data' });
    expect(item(withRota({ trainingMinutesBooked: 0, trainingMinutesPaid: 0 }), 2, 4)).toMatchObject({
      status: 'not_met',
      basis: 'declared',
    });
  });

  it('2.5: a worker on the rota without a team meeting in the weeks is not met', () => {
    expect(item(withRota({ workersAtMeetings: 5 }), 2, 5)).toMatchObject({
      status: 'not_met',
      figure: '5 of 6 workers on the rota have a team meeting across the 2 weeks planned',
    });
  });

  it('says plainly when no rota is planned, and never that the store cannot hold rotas', () => {
    const none = charterItems({ ...facts, rota: null });
    expect(none.find((i) => i.stage === 1 && i.number === 2)).toMatchObject({
      status: 'not_measured',
      figure: 'No rota has been planned for the weeks around today',
    });
    expect(none.map((i) => i.figure).join(' ')).not.toMatch(/does not hold/);
  });
});

describe('Charter 3.2, occupational sick pay, from the absences the scheme actually paid', () => {
  const paid = (p: Partial<CharterFacts['sickPayPaid']>, withSickPay = 6): CharterFacts => ({
    ...facts,
    withSickPay,
    sickPayPaid: { ...facts.sickPayPaid, ...p },
  });

  it('is met when everyone is in the scheme and it paid their sickness, with the days and money behind it', () => {
    expect(item(paid({ sickDays: 12, ospDays: 10, ospPence: 59350 }), 3, 2)).toMatchObject({
      status: 'met',
      basis: 'data',
      figure:
        '6 of 6 workers in the scheme; 10 of 12 sick days of scheme members paid occupational sick pay since ' +
        'Mon 24 Nov 2025 (£593.50)',
    });
  });

  it('is not met when the scheme paid none of its members’ sickness, or someone is outside it', () => {
    expect(item(paid({ sickDays: 5, ospDays: 0 }), 3, 2).status).toBe('not_met');
    expect(item(paid({ sickDays: 5, ospDays: 5, ospPence: 42000 }, 5), 3, 2)).toMatchObject({
      status: 'not_met',
      figure: expect.stringMatching(/^5 of 6 workers in the scheme; 5 of 5 sick days/) as unknown,
    });
  });

  it('rests on membership alone in a year with no sickness, and says so', () => {
    expect(item(facts, 3, 2)).toMatchObject({
      status: 'met',
      figure: '6 of 6 workers in the scheme; no sickness of scheme members recorded since Mon 24 Nov 2025',
    });
  });
});
