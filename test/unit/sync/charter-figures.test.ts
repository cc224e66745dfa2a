import { describe, expect, it } from 'vitest';
import { charterItems, type CharterFacts } from '@shared/domain/staff/charter';
import { charterFiguresOf } from '@shared/domain/sync/charter-figures';

const FACTS: CharterFacts = {
  workers: 40,
  travelPaidFull: 38,
  travelAnswer: 1,
  zeroHours: 3,
  withSickPay: 40,
  sickPayPaid: { from: '2025-11-01', sickDays: 12, ospDays: 12, ospPence: 96_000 },
  belowLivingWage: 0,
  livingWageLabel: 'London Living Wage',
  livingWagePence: 1485,
  rota: {
    weeks: ['2026-W43', '2026-W44'],
    peopleOnRota: 30,
    peopleFromIdealWeek: 29,
    visits: 600,
    shortAgreed: 2,
    shortNotAgreed: 1,
    minVisitMinutes: 30,
    visitPlaces: 650,
    placesByChosenTeam: 640,
    medianWorkersPerPerson: 3,
    rushedVisits: 4,
    travelMinutesWorked: 5000,
    travelMinutesPaid: 5000,
    trainingMinutesBooked: 900,
    trainingMinutesPaid: 600,
    workersTrained: 6,
    workersOnRota: 35,
    workersAtMeetings: 35,
  },
  declared: { concernsProcedure: true, trainingInPaidTime: null, coworkerMeetings: null },
};

describe('the Charter as a monthly summary carries it', () => {
  it('keeps each commitment’s status and gives the part that meets it, of the whole it is measured over', () => {
    const figures = charterFiguresOf(charterItems(FACTS), FACTS);
    const byNumber = new Map(figures.map((f) => [`${f.stage}.${f.number}`, f]));
    expect(figures.map((f) => f.status)).toEqual(charterItems(FACTS).map((i) => i.status));
    expect(byNumber.get('1.1')?.figure).toEqual({ count: 29, of: 30 });
    expect(byNumber.get('1.2')?.figure).toEqual({ count: 599, of: 600 });
    expect(byNumber.get('1.4')?.figure).toEqual({ count: 596, of: 600 });
    expect(byNumber.get('2.1')?.figure).toEqual({ count: 640, of: 650 });
    expect(byNumber.get('2.2')).toEqual(expect.objectContaining({ status: 'not_met', figure: { count: 37, of: 40 } }));
    expect(byNumber.get('2.4')).toEqual(
      expect.objectContaining({ status: 'not_met', figure: { count: 600, of: 900 } }),
    );
    expect(byNumber.get('3.1')?.figure).toEqual({ count: 40, of: 40 });
  });

  it('sends no figure for a declared commitment or one with nothing to go on', () => {
    const figures = charterFiguresOf(charterItems({ ...FACTS, rota: null }), { ...FACTS, rota: null });
    const byNumber = new Map(figures.map((f) => [`${f.stage}.${f.number}`, f]));
    expect(byNumber.get('2.3')).toEqual(expect.objectContaining({ basis: 'declared', figure: null }));
    expect(byNumber.get('1.1')).toEqual(expect.objectContaining({ status: 'not_measured', figure: null }));
    expect(byNumber.get('2.5')?.figure).toBeNull();
  });
});
