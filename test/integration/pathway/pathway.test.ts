import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anAccount,
  aPathwayStep,
  aPlacement,
  aStaffMember,
  openBranch,
  theCorePathway,
  signedInAs,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;
let worker: TestClient;
let workerStaffId: string;

beforeAll(async () => {
  tb = await openBranch();
  // The core route's first three steps, and a specialist step after Senior Wellbeing Worker with one person on it.
  const core = await theCorePathway(tb);
  const dementiaLead = await aPathwayStep(tb, {
    name: 'Dementia Lead',
    cwpCategory: 5,
    route: 'specialist',
    previousStepId: core.senior.id,
    minMonthsInPrevious: 12,
    requiresSignOff: true,
    requiredQualifications: [56],
    sortOrder: 1,
  });
  const lead = await aStaffMember(tb, { jobRole: 7, startDate: '2019-04-01' });
  await aPlacement(tb, { staffId: lead.id, stepId: dementiaLead.id, effectiveDate: '2023-04-03' });
  await anAccount(tb, 'coordinator');
  manager = (await signedInAs(tb, 'manager')).client;
  const workerAccount = await signedInAs(tb, 'worker');
  worker = workerAccount.client;
  workerStaffId = workerAccount.staffId as string;
});
afterAll(() => tb.close());

async function freshStaff(reference: string, startDate = '2024-01-08'): Promise<string> {
  const s = await manager.ok('staff.create', {
    reference,
    givenName: 'Test',
    familyName: reference,
    preferredName: null,
    jobRole: 8,
    email: null,
    phone: null,
    startDate,
  });
  return s.id;
}

async function stepId(name: string): Promise<string> {
  const steps = await manager.ok('pathway.listSteps', {});
  return steps.find((s) => s.name === name)!.id;
}

describe('progression steps', () => {
  it('refuses a step that would come after itself', async () => {
    const ww = await stepId('Wellbeing Worker');
    const newStep = await stepId('New Wellbeing Worker');
    const steps = await manager.ok('pathway.listSteps', {});
    const nw = steps.find((s) => s.id === newStep)!;
    const { id: _id, archived: _a, ...input } = nw;
    const result = await manager.call('pathway.saveStep', { id: newStep, step: { ...input, previousStepId: ww } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(['step', 'previousStepId']);
  });
});

describe('recording a progression', () => {
  it('needs a manager reason when requirements are not met, and audits the override', async () => {
    const staffId = await freshStaff('PW-OVR');
    await manager.ok('pathway.recordProgression', {
      staffId,
      stepId: await stepId('New Wellbeing Worker'),
      kind: 'appointed',
      effectiveDate: '2024-01-08',
      newHourlyRatePence: 1385,
      note: null,
      overrideReason: null,
    });
    const ww = await stepId('Wellbeing Worker');
    const refused = await manager.call('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'progressed',
      effectiveDate: '2026-11-01',
      newHourlyRatePence: 1420,
      note: null,
      overrideReason: null,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.issues?.[0]?.path).toEqual(['overrideReason']);
      expect(refused.error.message).toContain('Level 2 Adult Social Care Certificate');
    }
    const placed = await manager.ok('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'progressed',
      effectiveDate: '2026-11-01',
      newHourlyRatePence: 1420,
      note: null,
      overrideReason: 'Covering a vacancy; certificate booked',
    });
    expect(placed).toMatchObject({
      overrideReason: 'Covering a vacancy; certificate booked',
      newHourlyRatePence: 1420,
      cwpCategory: 2,
    });
    const audit = await manager.ok('audit.list', { action: 'pathway.progressOverride' });
    expect(audit.some((e) => e.entityId === staffId && (e.detail ?? '').includes('Covering a vacancy'))).toBe(true);
    const page = await manager.ok('pathway.worker', { staffId });
    expect(page.history.map((h) => [h.stepName, h.startDate, h.endDate])).toEqual([
      ['Wellbeing Worker', '2026-11-01', null],
      ['New Wellbeing Worker', '2024-01-08', '2026-10-31'],
    ]);
  });

  it(
    'carries the step onto the staff record: its CWP ' + 'category for ASC-WDS, and the rise into the pay history',
    async () => {
      const staffId = await freshStaff('PW-SYNC');
      await manager.ok('pathway.recordProgression', {
        staffId,
        stepId: await stepId('New Wellbeing Worker'),
        kind: 'appointed',
        effectiveDate: '2024-01-08',
        newHourlyRatePence: 1385,
        note: null,
        overrideReason: null,
      });
      const first = await manager.ok('staff.getProfile', { id: staffId });
      expect(first.details.cwpCategory).toBe(1);
      await manager.ok('pathway.recordProgression', {
        staffId,
        stepId: await stepId('Wellbeing Worker'),
        kind: 'progressed',
        effectiveDate: '2026-11-01',
        newHourlyRatePence: 1420,
        note: null,
        overrideReason: 'Covering a vacancy',
      });
      const profile = await manager.ok('staff.getProfile', { id: staffId });
      expect(profile.details.cwpCategory).toBe(2);
      expect(profile.payHistory.map((r) => [r.effectiveFrom, r.pencePerHour])).toEqual([
        ['2026-11-01', 1420],
        ['2024-01-08', 1385],
      ]);
      expect(profile.currentPencePerHour).toBe(1420);
    },
  );

  it('goes ahead without a reason once qualification, time and sign-off are met', async () => {
    const staffId = await freshStaff('PW-READY');
    await manager.ok('pathway.recordProgression', {
      staffId,
      stepId: await stepId('New Wellbeing Worker'),
      kind: 'appointed',
      effectiveDate: '2024-01-08',
      newHourlyRatePence: null,
      note: null,
      overrideReason: null,
    });
    const ww = await stepId('Wellbeing Worker');
    let page = await manager.ok('pathway.worker', { staffId });
    expect(page.next[0]).toMatchObject({ stepName: 'Wellbeing Worker', ready: false });
    await manager.ok('qualifications.record', { staffId, qualificationCode: 158, yearAchieved: 2025, notes: null });
    await manager.ok('pathway.signOff', { staffId, stepId: ww, signedOn: '2026-11-20', note: null });
    page = await manager.ok('pathway.worker', { staffId });
    expect(page.next[0]!.items.every((i) => i.met)).toBe(true);
    const placed = await manager.ok('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'progressed',
      effectiveDate: '2026-11-23',
      newHourlyRatePence: null,
      note: null,
      overrideReason: 'ignored when met',
    });
    expect(placed.overrideReason).toBeNull();
  });

  it('refuses dates before the current step, future dates and a second appointment', async () => {
    const staffId = await freshStaff('PW-DATES');
    const nw = await stepId('New Wellbeing Worker');
    await manager.ok('pathway.recordProgression', {
      staffId,
      stepId: nw,
      kind: 'appointed',
      effectiveDate: '2024-06-01',
      newHourlyRatePence: null,
      note: null,
      overrideReason: null,
    });
    const ww = await stepId('Wellbeing Worker');
    const early = await manager.call('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'progressed',
      effectiveDate: '2024-05-01',
      newHourlyRatePence: null,
      note: null,
      overrideReason: 'x',
    });
    expect(!early.ok && early.error.issues?.[0]?.path).toEqual(['effectiveDate']);
    const future = await manager.call('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'progressed',
      effectiveDate: '2027-05-01',
      newHourlyRatePence: null,
      note: null,
      overrideReason: 'x',
    });
    expect(!future.ok && future.error.issues?.[0]?.path).toEqual(['effectiveDate']);
    const again = await manager.call('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'appointed',
      effectiveDate: '2025-05-01',
      newHourlyRatePence: null,
      note: null,
      overrideReason: null,
    });
    expect(!again.ok && again.error.issues?.[0]?.path).toEqual(['kind']);
    const badRate = await manager.raw('pathway.recordProgression', {
      staffId,
      stepId: ww,
      kind: 'progressed',
      effectiveDate: '2025-05-01',
      newHourlyRatePence: -5,
      note: null,
      overrideReason: 'x',
    });
    expect(!badRate.ok && badRate.error.issues?.[0]?.path).toEqual(['newHourlyRatePence']);
  });
});

describe('who sees and signs what', () => {
  it('a worker sees their own pathway but not a colleague’s; a coordinator may not open pathways', async () => {
    const own = await worker.ok('pathway.worker', { staffId: workerStaffId });
    expect(own.staffId).toBe(workerStaffId);
    expect(own.canSignOff).toBe(false);
    const other = await freshStaff('PW-OTHER');
    const refused = await worker.call('pathway.worker', { staffId: other });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const coordinator = await tb.signedIn('coordinator');
    const forbidden = await coordinator.call('pathway.worker', { staffId: workerStaffId });
    expect(!forbidden.ok && forbidden.error.code).toBe('FORBIDDEN');
    expect((await coordinator.ok('pathway.listSteps', {})).map((step) => step.name)).toEqual(
      expect.arrayContaining(['New Wellbeing Worker', 'Wellbeing Worker', 'Senior Wellbeing Worker', 'Dementia Lead']),
    );
    expect((await coordinator.call('pathway.overview', {})).ok).toBe(false);
  });

  it('a named supervisor may read and sign off a supervisee, never themselves', async () => {
    const supervisee = await freshStaff('PW-SUPEE');
    await manager.ok('pathway.setMember', {
      staffId: supervisee,
      supervisorStaffId: workerStaffId,
      boroughResident: true,
    });
    const page = await worker.ok('pathway.worker', { staffId: supervisee });
    expect(page.canSignOff).toBe(true);
    const ww = await stepId('Wellbeing Worker');
    await worker.ok('pathway.signOff', {
      staffId: supervisee,
      stepId: ww,
      signedOn: '2026-11-20',
      note: 'Good practice observed',
    });
    const self = await worker.call('pathway.signOff', {
      staffId: workerStaffId,
      stepId: ww,
      signedOn: '2026-11-20',
      note: null,
    });
    expect(!self.ok && self.error.code).toBe('FORBIDDEN');
  });

  it('qualifications: a worker reads their own only; duplicates and future years are refused', async () => {
    expect(Array.isArray(await worker.ok('qualifications.list', { staffId: workerStaffId }))).toBe(true);
    const other = await freshStaff('PW-QUAL');
    const refused = await worker.call('qualifications.list', { staffId: other });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const write = await worker.call('qualifications.record', {
      staffId: workerStaffId,
      qualificationCode: 158,
      yearAchieved: 2025,
      notes: null,
    });
    expect(!write.ok && write.error.code).toBe('FORBIDDEN');
    await manager.ok('qualifications.record', {
      staffId: other,
      qualificationCode: 130,
      yearAchieved: 2020,
      notes: null,
    });
    const dup = await manager.call('qualifications.record', {
      staffId: other,
      qualificationCode: 130,
      yearAchieved: 2021,
      notes: null,
    });
    expect(!dup.ok && dup.error.issues?.[0]?.path).toEqual(['qualificationCode']);
    const future = await manager.call('qualifications.record', {
      staffId: other,
      qualificationCode: 129,
      yearAchieved: 2030,
      notes: null,
    });
    expect(!future.ok && future.error.issues?.[0]?.path).toEqual(['yearAchieved']);
    const unknown = await manager.raw('qualifications.record', {
      staffId: other,
      qualificationCode: 999,
      yearAchieved: 2020,
      notes: null,
    });
    expect(!unknown.ok && unknown.error.issues?.[0]?.path).toEqual(['qualificationCode']);
  });
});

describe('career view', () => {
  it('counts workers by CWP category from their current step', async () => {
    const view = await manager.ok('pathway.career', {});
    const placed = view.byCategory.reduce((n, c) => n + c.count, 0);
    expect(placed + view.notPlaced).toBe(view.activeWorkers);
    expect(view.byCategory.find((c) => c.cwpCategory === 5)!.count).toBe(1);
    expect(view.promotionsByMonth).toHaveLength(12);
  });
});
