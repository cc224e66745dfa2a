import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aCourse,
  aPathwayStep,
  aRequirement,
  aStaffMember,
  aTrainingRecord,
  anAccount,
  openBranch,
  JOB_ROLE,
  type BuiltStaff,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;
let careWorker: BuiltStaff;
let administrator: BuiltStaff;
let tier1: string;
let tier2: string;
let stepId: string;

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'manager');
  manager = await tb.signedIn('manager');
  tier1 = (await aCourse(tb, { name: 'Oliver McGowan Tier 1', ascwdsCategory: 42, validityMonths: 36 })).id;
  tier2 = (await aCourse(tb, { name: 'Oliver McGowan Tier 2', ascwdsCategory: 43, validityMonths: 36 })).id;
  // Both roles need Tier 1 or Tier 2, as a branch usually sets it up; each took Tier 1 last year.
  for (const jobRole of [JOB_ROLE.careWorker, JOB_ROLE.administrative])
    for (const courseId of [tier1, tier2]) await aRequirement(tb, courseId, { jobRole, anyOfGroup: 'Part 2' });
  careWorker = await aStaffMember(tb, { jobRole: JOB_ROLE.careWorker });
  administrator = await aStaffMember(tb, { jobRole: JOB_ROLE.administrative });
  for (const staffId of [careWorker.id, administrator.id])
    await aTrainingRecord(tb, { staffId, courseId: tier1, completedOn: '2025-11-10' });
  // An entry step of the pathway that names Tier 1, as a branch might have set it before the Tier 2 rule.
  const step = await aPathwayStep(tb, {
    name: 'Wellbeing Worker',
    requiredCourses: [{ courseId: tier1, label: 'Oliver McGowan training' }],
  });
  stepId = step.id;
});
afterAll(async () => tb.close());

const cell = async (staffId: string, courseId: string) => {
  const matrix = await manager.ok('training.matrix', {});
  const column = matrix.courses.findIndex((c) => c.id === courseId);
  return matrix.rows.find((r) => r.staffId === staffId)?.cells[column];
};

describe('Oliver McGowan Tier 2 counts for anyone who gives face-to-face care', () => {
  it('counts Tier 1 for the administrator but not for the care worker, who is missing Tier 2', async () => {
    expect(await cell(administrator.id, tier1)).toBe('V');
    expect(await cell(careWorker.id, tier1)).toBe('-');
    expect(await cell(careWorker.id, tier2)).toBe('M');
    const matrix = await manager.ok('training.matrix', {});
    expect(matrix.rows.find((r) => r.staffId === careWorker.id)?.gaps).toBe(1);
    expect(matrix.rows.find((r) => r.staffId === administrator.id)?.gaps).toBe(0);
  });

  it('keeps a care worker with only Tier 1 from being shown ready for a pathway step that names Tier 1', async () => {
    const readiness = async (staffId: string) =>
      (await manager.ok('pathway.worker', { staffId })).next.find((r) => r.stepId === stepId);
    const care = await readiness(careWorker.id);
    expect(care).toMatchObject({ ready: false, metCount: 0 });
    expect(care?.items).toEqual([
      {
        kind: 'course',
        label: 'Oliver McGowan training: Tier 2 for face-to-face care',
        met: false,
        detail: 'Tier 1 alone does not count for someone who gives face-to-face care: book and complete Tier 2',
      },
    ]);
    expect(await readiness(administrator.id)).toMatchObject({ ready: true, items: [{ met: true }] });
  });

  it('is met for the care worker once they complete Tier 2', async () => {
    await aTrainingRecord(tb, { staffId: careWorker.id, courseId: tier2, completedOn: '2026-11-02' });
    expect(await cell(careWorker.id, tier2)).toBe('V');
    const matrix = await manager.ok('training.matrix', {});
    expect(matrix.rows.find((r) => r.staffId === careWorker.id)?.gaps).toBe(0);
    const page = await manager.ok('pathway.worker', { staffId: careWorker.id });
    expect(page.next.find((r) => r.stepId === stepId)).toMatchObject({ ready: true, items: [{ met: true }] });
  });
});
