import { describe, expect, it } from 'vitest';
import {
  englishMathsRequirement,
  englishMathsTargetLevel,
  minimumDuration,
  nextReviewDue,
  otjProgress,
  otjRuleFor,
  plannedTotalOtjHours,
  reviewDaysLeft,
} from '@shared/domain/apprenticeships/rules';
import { EnrolmentInput, OtjEntryInput, ReviewInput } from '@shared/domain/apprenticeships/apprenticeships';

const base = { weeklyHours: 37.5, standardMinimumHours: 187 };

describe('OTJ rule by start date', () => {
  it('picks the rule in force on the start date (boundaries inclusive)', () => {
    expect(otjRuleFor('2022-07-31').rule.kind).toBe('percentOfHours');
    expect(otjRuleFor('2022-08-01').rule.kind).toBe('weeklyHours');
    expect(otjRuleFor('2025-07-31').rule.kind).toBe('weeklyHours');
    expect(otjRuleFor('2025-08-01').rule.kind).toBe('standardMinimum');
  });

  it('before Aug 2022: 20% of working hours over the programme', () => {
    // 52 weeks exactly (364 days) less 5.6 weeks' statutory leave = 46.4 weeks × 37.5 h × 20% = 348 h
    expect(plannedTotalOtjHours({ ...base, startDate: '2021-01-04', plannedEndDate: '2022-01-03' })).toBe(348);
  });

  it('Aug 2022 – Jul 2025: 6 h a week at 30+ hours, pro rata below', () => {
    const full = plannedTotalOtjHours({ ...base, startDate: '2023-01-02', plannedEndDate: '2024-01-01' });
    expect(full).toBe(278.4); // (52 − 5.6 weeks of leave) × 6
    const part = plannedTotalOtjHours({
      ...base,
      weeklyHours: 20,
      startDate: '2023-01-02',
      plannedEndDate: '2024-01-01',
    });
    expect(part).toBe(185.6); // 46.4 × 6 × 20/30
    const over = plannedTotalOtjHours({
      ...base,
      weeklyHours: 45,
      startDate: '2023-01-02',
      plannedEndDate: '2024-01-01',
    });
    expect(over).toBe(278.4); // capped at 6 h
  });

  it("from Aug 2025: the standard's minimum, whatever the hours", () => {
    expect(
      plannedTotalOtjHours({
        ...base,
        weeklyHours: 16,
        startDate: '2025-09-01',
        plannedEndDate: '2026-09-01',
        standardMinimumHours: 278,
      }),
    ).toBe(278);
  });
});

describe('minimum duration by start date', () => {
  it('is 12 months for a start before 1 Aug 2025 and 8 months from then', () => {
    expect(minimumDuration('2025-07-31')).toEqual({ months: 12, earliestEnd: '2026-07-30' });
    expect(minimumDuration('2025-08-01')).toEqual({ months: 8, earliestEnd: '2026-03-31' });
  });
  it('refuses an enrolment planned shorter than the minimum, at the planned end date', () => {
    const enrol = (startDate: string, plannedEndDate: string) =>
      EnrolmentInput.safeParse({
        staffId: '01960000-0000-7000-8000-000000000001',
        standardCode: 'ST0005',
        providerName: 'P',
        startDate,
        plannedEndDate,
        mentorStaffId: null,
        weeklyHours: 30,
        ageAtStart: 20,
        englishStatus: 'not_taking',
        mathsStatus: 'not_taking',
      });
    expect(enrol('2025-07-01', '2026-06-29').error?.issues[0]?.path).toEqual(['plannedEndDate']);
    expect(enrol('2025-07-01', '2026-06-30').success).toBe(true);
    expect(enrol('2026-01-05', '2026-09-03').error?.issues[0]?.message).toBe(
      'An apprenticeship must last at least 12 months (8 months for a start from 1 Aug 2025): ' +
        'choose a later planned end date',
    );
    expect(enrol('2026-01-05', '2026-09-04').success).toBe(true);
  });
});

describe('planned vs actual', () => {
  const plan = { ...base, startDate: '2025-01-06', plannedEndDate: '2026-01-05' }; // 52 weeks less leave, 278.4 h
  it('is behind when approved hours are under the even line, with the weekly catch-up', () => {
    const p = otjProgress(plan, 100, '2025-07-07'); // 26 weeks in: planned 139.2
    expect(p.plannedToDate).toBe(139.2);
    expect(p.status).toBe('behind');
    expect(p.catchUpPerWeek).toBe(6.9); // 178.4 h over the 26 weeks left
  });
  it('is on track at or above the line, and met once the total is reached', () => {
    expect(otjProgress(plan, 160, '2025-07-07').status).toBe('on_track');
    expect(otjProgress(plan, 138.5, '2025-07-07').status).toBe('on_track'); // within the 1-hour tolerance
    expect(otjProgress(plan, 138, '2025-07-07').status).toBe('behind');
    expect(otjProgress(plan, 278.4, '2025-07-07')).toMatchObject({ status: 'met', catchUpPerWeek: 0 });
  });
  it('after the planned end, the whole shortfall is the catch-up', () => {
    const p = otjProgress(plan, 266.4, '2026-02-01');
    expect(p).toMatchObject({ plannedToDate: 278.4, status: 'behind', catchUpPerWeek: 12 });
  });
});

describe('English and maths by age at start', () => {
  it('is required for 16–18 and, before 11 Feb 2025, for everyone', () => {
    expect(englishMathsRequirement(17, '2026-01-01')).toBe('required');
    expect(englishMathsRequirement(30, '2025-02-10')).toBe('required');
    expect(englishMathsRequirement(19, '2025-02-11')).toBe('optional');
  });
  it('targets Level 1 on a Level 2 standard and Level 2 above', () => {
    expect(englishMathsTargetLevel(2)).toBe(1);
    expect(englishMathsTargetLevel(3)).toBe(2);
  });
});

describe('review cadence', () => {
  it('is due 12 weeks after the last review or the start, negative days when overdue', () => {
    expect(nextReviewDue('2026-01-05', null)).toBe('2026-03-30');
    expect(nextReviewDue('2026-01-05', '2026-03-02')).toBe('2026-05-25');
    expect(reviewDaysLeft('2026-01-05', null, '2026-04-01')).toBe(-2);
  });
});

describe('bad input', () => {
  it('refuses negative OTJ hours and more than 24 in a day', () => {
    const id = '01938a6e-0000-7000-8000-000000000001';
    const neg = OtjEntryInput.safeParse({
      apprenticeshipId: id,
      date: '2026-01-01',
      hours: -1,
      activity: 'x',
      evidence: null,
    });
    expect(neg.error!.issues[0]).toMatchObject({ path: ['hours'], message: 'Hours must be more than 0' });
    const big = OtjEntryInput.safeParse({
      apprenticeshipId: id,
      date: '2026-01-01',
      hours: 25,
      activity: 'x',
      evidence: null,
    });
    expect(big.error!.issues[0]).toMatchObject({ path: ['hours'], message: 'Hours cannot be more than 24 in a day' });
  });
  it('refuses an end date before the start', () => {
    const r = EnrolmentInput.safeParse({
      staffId: '01938a6e-0000-7000-8000-000000000001',
      standardCode: 'st0005',
      providerName: 'P',
      startDate: '2026-05-01',
      plannedEndDate: '2026-04-01',
      mentorStaffId: null,
      weeklyHours: 30,
      ageAtStart: 20,
      englishStatus: 'not_taking',
      mathsStatus: 'not_taking',
    });
    expect(r.error!.issues[0]!.path).toEqual(['plannedEndDate']);
  });
  it('requires the apprentice to be present at a review', () => {
    const r = ReviewInput.safeParse({
      apprenticeshipId: '01938a6e-0000-7000-8000-000000000001',
      reviewDate: '2026-01-01',
      apprenticePresent: false,
      employerRep: 'A',
      providerRep: 'B',
      progressSummary: 'ok',
      actions: 'none',
    });
    expect(r.error!.issues[0]!.path).toEqual(['apprenticePresent']);
  });
});

describe('enrolment errors together', () => {
  it('names the end date even when other fields are missing', () => {
    const r = EnrolmentInput.safeParse({
      staffId: '',
      standardCode: '',
      providerName: '',
      startDate: '2026-05-01',
      plannedEndDate: '2026-04-01',
      mentorStaffId: null,
      weeklyHours: 30,
      ageAtStart: Number.NaN,
      englishStatus: 'not_taking',
      mathsStatus: 'not_taking',
    });
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['staffId', 'standardCode', 'providerName', 'ageAtStart', 'plannedEndDate']),
    );
  });
});
