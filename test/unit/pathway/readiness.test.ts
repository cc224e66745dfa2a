import { describe, expect, it } from 'vitest';
import { nextSteps, readinessFor, type StepRequirements, type WorkerFacts } from '@shared/domain/pathway/readiness';
import { addMonths, ageOn, wholeMonthsBetween } from '@shared/domain/time/calendar';
import { PathwayStepInput } from '@shared/domain/pathway/steps';

const senior: StepRequirements = {
  id: 'senior',
  name: 'Senior Wellbeing Worker',
  previousStepId: 'ww',
  minMonthsInPrevious: 12,
  requiresSignOff: true,
  requiredCourses: [{ courseId: 'c-med', label: 'Medication administration' }],
  requiredQualifications: [158],
};

function facts(overrides: Partial<WorkerFacts> = {}): WorkerFacts {
  return {
    current: { stepId: 'ww', stepName: 'Wellbeing Worker', since: '2025-10-01' },
    validCourseIds: new Set(['c-med']),
    coursesInPlaceOf: new Map(),
    qualificationCodes: new Set([158]),
    signOffs: new Map([['senior', '2026-10-01']]),
    ...overrides,
  };
}

describe('readiness for a step', () => {
  it('is ready when every requirement is met from the records', () => {
    const r = readinessFor(senior, facts(), '2026-11-23');
    expect(r.ready).toBe(true);
    expect(r.items.map((i) => i.kind)).toEqual(['course', 'qualification', 'time', 'signOff']);
    expect(r.metCount).toBe(4);
  });

  it('lists each unmet item with what to do', () => {
    const r = readinessFor(
      senior,
      facts({ validCourseIds: new Set(), qualificationCodes: new Set(), signOffs: new Map() }),
      '2026-11-23',
    );
    expect(r.ready).toBe(false);
    expect(r.items.filter((i) => !i.met).map((i) => i.kind)).toEqual(['course', 'qualification', 'signOff']);
    expect(r.items[0]!.detail).toMatch(/Book and complete/);
  });

  it('meets a course only through the courses that stand in its place for this worker (Oliver McGowan Tier 2)', () => {
    const step = { ...senior, requiredCourses: [{ courseId: 'omt-1', label: 'Oliver McGowan' }] };
    const onlyTier1 = facts({ validCourseIds: new Set(['omt-1']), coursesInPlaceOf: new Map([['omt-1', ['omt-2']]]) });
    const item = (f: WorkerFacts) => readinessFor(step, f, '2026-11-23').items[0];
    expect(item(onlyTier1)).toMatchObject({ label: 'Oliver McGowan: Tier 2 for face-to-face care', met: false });
    expect(item({ ...onlyTier1, validCourseIds: new Set(['omt-2']) })?.met).toBe(true);
    expect(item(facts({ validCourseIds: new Set(['omt-1']) }))).toMatchObject({ label: 'Oliver McGowan', met: true });
  });

  it('counts whole months on the previous step and says when time will be met', () => {
    const early = readinessFor(
      senior,
      facts({ current: { stepId: 'ww', stepName: 'Wellbeing Worker', since: '2026-01-31' } }),
      '2026-11-23',
    );
    const time = early.items.find((i) => i.kind === 'time')!;
    expect(time.met).toBe(false);
    expect(time.detail).toContain('9 months so far; met on Sun 31 Jan 2027');
  });

  it('does not count time on a different step', () => {
    const r = readinessFor(
      senior,
      facts({ current: { stepId: 'other', stepName: 'Dementia Lead', since: '2020-01-01' } }),
      '2026-11-23',
    );
    expect(r.items.find((i) => i.kind === 'time')!.met).toBe(false);
  });

  it('orders next steps core first and skips archived steps', () => {
    const steps = [
      { id: 'a', previousStepId: 'ww', route: 'specialist' as const, archived: false, sortOrder: 1 },
      { id: 'b', previousStepId: 'ww', route: 'core' as const, archived: false, sortOrder: 5 },
      { id: 'c', previousStepId: 'ww', route: 'core' as const, archived: true, sortOrder: 0 },
      { id: 'd', previousStepId: null, route: 'core' as const, archived: false, sortOrder: 0 },
    ];
    expect(nextSteps(steps, 'ww').map((s) => s.id)).toEqual(['b', 'a']);
    expect(nextSteps(steps, null).map((s) => s.id)).toEqual(['d']);
  });
});

describe('dates', () => {
  it('adds months clamped to month end and counts whole months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(wholeMonthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(wholeMonthsBetween('2026-01-15', '2026-03-15')).toBe(2);
    expect(ageOn('2007-02-12', '2026-02-11')).toBe(18);
    expect(ageOn('2007-02-11', '2026-02-11')).toBe(19);
  });
});

describe('step input', () => {
  it('refuses a negative months requirement with a message naming the field', () => {
    const result = PathwayStepInput.safeParse({
      name: 'Team Leader',
      cwpCategory: 4,
      route: 'core',
      previousStepId: null,
      description: null,
      minMonthsInPrevious: -1,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [],
      sortOrder: 0,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['minMonthsInPrevious']);
  });
  it('refuses an unknown CWP category', () => {
    const result = PathwayStepInput.safeParse({
      name: 'X',
      cwpCategory: 9,
      route: 'core',
      previousStepId: null,
      description: null,
      minMonthsInPrevious: 0,
      requiresSignOff: false,
      requiredCourses: [],
      requiredQualifications: [],
      sortOrder: 0,
    });
    expect(result.error!.issues[0]!.path).toEqual(['cwpCategory']);
  });
});
