import { describe, expect, it } from 'vitest';
import { SickPayScheme, ospRemaining, sickPayFor, type WorkerSickPayInput } from '@shared/domain/policy/sick-pay';

const weekdays = new Set([1, 2, 3, 4, 5]);
// Monday to Friday, £300 a week on average: 80% is £240, so SSP is the £123.25 flat rate, £24.65 a qualifying day.
const worker = (overrides: Partial<WorkerSickPayInput>): WorkerSickPayInput => ({
  absences: [],
  qualifyingWeekdays: weekdays,
  averageWeeklyEarningsPence: 30000,
  serviceStart: '2024-01-08',
  scheme: null,
  ...overrides,
});
const scheme = SickPayScheme.parse({
  bands: [
    { fromServiceMonths: 0, toServiceMonths: 12, fullPayWeeks: 2, halfPayWeeks: 2 },
    { fromServiceMonths: 12, toServiceMonths: null, fullPayWeeks: 4, halfPayWeeks: 4 },
  ],
});

describe('statutory sick pay', () => {
  it('pays from the first day from 6 April 2026, at the lower of the flat rate and 80% of earnings', () => {
    const [tueToThu] = sickPayFor(worker({ absences: [{ startDate: '2026-11-24', endDate: '2026-11-26' }] }));
    expect(tueToThu).toMatchObject({ qualifyingDays: 3, sspDays: 3, sspPence: 3 * 2465, ospPence: 0 });
    // £100 a week: 80% is £80 a week, £16.00 a day, and no lower earnings limit any more.
    const [low] = sickPayFor(
      worker({ averageWeeklyEarningsPence: 10000, absences: [{ startDate: '2026-11-24', endDate: '2026-11-25' }] }),
    );
    expect(low).toMatchObject({ sspDays: 2, sspPence: 3200 });
  });

  it('kept three waiting days, four days in a row and the lower earnings limit before 6 April 2026', () => {
    const [four, two] = sickPayFor(
      worker({
        absences: [
          { startDate: '2025-11-03', endDate: '2025-11-06' },
          { startDate: '2025-12-01', endDate: '2025-12-02' },
        ],
      }),
    );
    expect(four).toMatchObject({ qualifyingDays: 4, sspDays: 1, sspPence: 2375 });
    expect(two).toMatchObject({ qualifyingDays: 2, sspDays: 0, sspPence: 0 });
    const [belowLimit] = sickPayFor(
      worker({ averageWeeklyEarningsPence: 12000, absences: [{ startDate: '2025-11-03', endDate: '2025-11-10' }] }),
    );
    expect(belowLimit?.sspDays).toBe(0);
  });

  it('stops after 28 weeks across absences less than 8 weeks apart, and starts again after a longer gap', () => {
    const [long, linked, fresh] = sickPayFor(
      worker({
        absences: [
          { startDate: '2026-05-04', endDate: '2026-11-15' },
          { startDate: '2026-12-07', endDate: '2026-12-08' },
          { startDate: '2027-03-01', endDate: '2027-03-02' },
        ],
      }),
    );
    expect(long).toMatchObject({ qualifyingDays: 140, sspDays: 140 });
    expect(linked).toMatchObject({ qualifyingDays: 2, sspDays: 0, sspPence: 0 });
    expect(fresh).toMatchObject({ sspDays: 2, sspPence: 4930 });
  });
});

describe('occupational sick pay', () => {
  it('pays full pay above SSP for the weeks the service band gives', () => {
    // 34 months' service: 4 weeks full; 3 days at £60.00 a day less £24.65 SSP = £106.05 on top.
    const [a] = sickPayFor(worker({ scheme, absences: [{ startDate: '2026-11-24', endDate: '2026-11-26' }] }));
    expect(a).toMatchObject({ ospFullDays: 3, ospHalfDays: 0, ospPence: 10605 });
  });

  it('moves to half pay when the full-pay weeks are used, in the first year', () => {
    // Under a year's service: 2 weeks (10 days) full, then half. 15 days: 10 × (£60.00 − £24.65) + 5 × (£30.00 −
    // £24.65) = £353.50 + £26.75 = £380.25.
    const [a] = sickPayFor(
      worker({ scheme, serviceStart: '2026-06-01', absences: [{ startDate: '2026-11-23', endDate: '2026-12-11' }] }),
    );
    expect(a).toMatchObject({ qualifyingDays: 15, ospFullDays: 10, ospHalfDays: 5, sspPence: 15 * 2465 });
    expect(a?.ospPence).toBe(38025);
  });

  it('refuses a scheme whose bands overlap, naming the band', () => {
    const result = SickPayScheme.safeParse({
      bands: [
        { fromServiceMonths: 0, toServiceMonths: 12, fullPayWeeks: 2, halfPayWeeks: 2 },
        { fromServiceMonths: 6, toServiceMonths: null, fullPayWeeks: 4, halfPayWeeks: 4 },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['bands', 1, 'fromServiceMonths'],
        'This band overlaps band 1: each length of service may fall in one band only',
      ],
    ]);
  });
});

describe('occupational sick pay waiting days and what is left', () => {
  it('pays no occupational sick pay for the scheme’s waiting days, SSP still from the first day', () => {
    // 2 waiting days: Tue and Wed get SSP only; Thu to Mon (3 days) full pay, £35.35 above SSP each.
    const [a] = sickPayFor(
      worker({
        scheme: { ...scheme, waitingDays: 2 },
        absences: [{ startDate: '2026-11-24', endDate: '2026-11-30' }],
      }),
    );
    expect(a?.days.map((d) => [d.date, d.osp, d.sspPence, d.ospPence])).toEqual([
      ['2026-11-24', 'none', 2465, 0],
      ['2026-11-25', 'none', 2465, 0],
      ['2026-11-26', 'full', 2465, 3535],
      ['2026-11-27', 'full', 2465, 3535],
      ['2026-11-30', 'full', 2465, 3535],
    ]);
    expect(a).toMatchObject({ ospFullDays: 3, ospPence: 3 * 3535, sspPence: 5 * 2465 });
  });

  it('counts the full- and half-pay days left from the band, less those paid in the 12 months before', () => {
    const input = worker({ scheme, absences: [{ startDate: '2026-11-23', endDate: '2026-11-27' }] });
    const paid = sickPayFor(input);
    // 34 months' service: 4 weeks × 5 days full and half; 5 full days used.
    expect(ospRemaining(input, '2026-12-07', paid)).toMatchObject({ fullLeft: 15, halfLeft: 20, fullDays: 20 });
    // A year and a day later the absence no longer counts.
    expect(ospRemaining(input, '2027-11-24', paid)).toMatchObject({ fullLeft: 20, halfLeft: 20 });
    expect(ospRemaining({ ...input, scheme: null }, '2026-12-07', paid).band).toBeNull();
  });
});
