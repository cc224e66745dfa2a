import { describe, expect, it } from 'vitest';
import {
  englishMathsRequirement,
  englishMathsTargetLevel,
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
    // 52 weeks exactly (364 days) × 37.5 h × 20% = 390 h
    expect(plannedTotalOtjHours({ ...base, startDate: '2021-01-04', plannedEndDate: '2022-01-03' })).toBe(390);
  });

  it('Aug 2022 – Jul 2025: 6 h a week at 30+ hours, pro rata below', () => {
    const full = plannedTotalOtjHours({ ...base, startDate: '2023-01-02', plannedEndDate: '2024-01-01' });
    expect(full).toBe(312); // 52 × 6
    const part = plannedTotalOtjHours({
      ...base,
      weeklyHours: 20,
      startDate: '2023-01-02',
      plannedEndDate: '2024-01-01',
    });
    expect(part).toBe(208); // 52 × 6 × 20/30
    const over = plannedTotalOtjHours({
      ...base,
      weeklyHours: 45,
      startDate: '2023-01-02',
      plannedEndDate: '2024-01-01',
    });
    expect(over).toBe(312); // capped at 6 h
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

describe('planned vs actual', () => {
  const plan = { ...base, startDate: '2025-01-06', plannedEndDate: '2026-01-05' }; // 52 weeks, 312 h
  it('is behind when approved hours are under the even line, with the weekly catch-up', () => {
    const p = otjProgress(plan, 100, '2025-07-07'); // 26 weeks in: planned 156
    expect(p.plannedToDate).toBe(156);
    expect(p.status).toBe('behind');
    expect(p.catchUpPerWeek).toBe(8.2); // 212 h over the 26 weeks left
  });
  it('is on track at or above the line, and met once the total is reached', () => {
    expect(otjProgress(plan, 160, '2025-07-07').status).toBe('on_track');
    expect(otjProgress(plan, 155.5, '2025-07-07').status).toBe('on_track'); // within the 1-hour tolerance
    expect(otjProgress(plan, 155, '2025-07-07').status).toBe('behind');
    expect(otjProgress(plan, 312, '2025-07-07')).toMatchObject({ status: 'met', catchUpPerWeek: 0 });
  });
  it('after the planned end, the whole shortfall is the catch-up', () => {
    const p = otjProgress(plan, 300, '2026-02-01');
    expect(p).toMatchObject({ plannedToDate: 312, status: 'behind', catchUpPerWeek: 12 });
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
