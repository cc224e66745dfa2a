import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAccount, anApprenticeship, aStaffMember, openBranch, write } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { Envelope } from '@shared/contract/errors';
import type { EnrolmentInput } from '@shared/domain/apprenticeships/apprenticeships';

let tb: TestBackend;
let manager: TestClient;
let worker: TestClient;
let trainer: TestClient;
let workerApprenticeshipId: string;

beforeAll(async () => {
  tb = await openBranch();
  for (const role of ['manager', 'trainer', 'coordinator', 'visitor'] as const) await anAccount(tb, role);
  const workerStaffId = (await anAccount(tb, 'worker')).staffId as string;
  // The `worker` account is an apprentice on ST0005 since September 2025, with six approved hours logged in October.
  workerApprenticeshipId = (await anApprenticeship(tb, workerStaffId)).id;
  const logged = await write(tb, 'apprenticeships.logOtj', {
    apprenticeshipId: workerApprenticeshipId,
    date: '2026-10-05',
    hours: 6,
    activity: 'Diploma unit: communication in care',
    evidence: null,
  });
  if (logged.status !== 'approved') throw new Error('hours logged by a manager are approved as they are logged');
  manager = await tb.signedIn('manager');
  worker = await tb.signedIn('worker');
  trainer = await tb.signedIn('trainer');
});
afterAll(() => tb.close());

function issuePath(result: Envelope<unknown>) {
  return result.ok ? null : result.error.issues?.[0]?.path;
}

/** A care worker freshly enrolled on ST0005 (see anApprenticeship), with the test's changes to the enrolment. */
async function enrolFresh(overrides: Partial<EnrolmentInput> = {}): Promise<{ id: string; staffId: string }> {
  const staff = await aStaffMember(tb);
  return anApprenticeship(tb, staff.id, overrides);
}

describe('enrolment', () => {
  it('refuses an end before the start and an unknown standard', async () => {
    const staffId = (await enrolFresh()).staffId;
    const base = {
      staffId,
      standardCode: 'ST0006',
      providerName: 'P',
      startDate: '2026-05-01',
      plannedEndDate: '2026-04-01',
      mentorStaffId: null,
      weeklyHours: 30,
      ageAtStart: 20,
      englishStatus: 'not_taking',
      mathsStatus: 'not_taking',
    } as const;
    expect(issuePath(await manager.call('apprenticeships.enrol', base))).toEqual(['plannedEndDate']);
    const other = await manager.ok('staff.create', {
      reference: 'AP-STD',
      givenName: 'A',
      familyName: 'B',
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2024-01-08',
    });
    expect(
      issuePath(
        await manager.call('apprenticeships.enrol', {
          ...base,
          staffId: other.id,
          plannedEndDate: '2027-05-01',
          standardCode: 'ST9999',
        }),
      ),
    ).toEqual(['standardCode']);
    expect(issuePath(await manager.call('apprenticeships.enrol', { ...base, plannedEndDate: '2027-05-01' }))).toEqual([
      'staffId',
    ]); // already active
  });
});

describe('off-the-job hours', () => {
  it('refuses negative hours, more than 24 in one entry or one day, and dates before the start', async () => {
    const { id } = await enrolFresh();
    const entry = { apprenticeshipId: id, date: '2026-01-05', hours: 6, activity: 'Diploma study', evidence: null };
    expect(issuePath(await manager.call('apprenticeships.logOtj', { ...entry, hours: -2 }))).toEqual(['hours']);
    expect(issuePath(await manager.call('apprenticeships.logOtj', { ...entry, hours: 24.5 }))).toEqual(['hours']);
    await manager.ok('apprenticeships.logOtj', { ...entry, hours: 20 });
    const overDay = await manager.call('apprenticeships.logOtj', { ...entry, hours: 5 });
    expect(issuePath(overDay)).toEqual(['hours']);
    expect(!overDay.ok && overDay.error.message).toContain('at most 24');
    expect(issuePath(await manager.call('apprenticeships.logOtj', { ...entry, date: '2025-08-31' }))).toEqual(['date']);
    expect(issuePath(await manager.call('apprenticeships.logOtj', { ...entry, date: '2026-12-01' }))).toEqual(['date']);
  });

  it("an apprentice's own hours wait for approval; they cannot approve them or log on someone else's", async () => {
    const before = await worker.ok('apprenticeships.get', { id: workerApprenticeshipId });
    expect(before.otj.actualToDate).toBe(6);
    const logged = await worker.ok('apprenticeships.logOtj', {
      apprenticeshipId: workerApprenticeshipId,
      date: '2026-11-20',
      hours: 2.5,
      activity: 'Workbook',
      evidence: null,
    });
    expect(logged.status).toBe('pending');
    const selfApprove = await worker.call('apprenticeships.decideOtj', { entryId: logged.id, decision: 'approved' });
    expect(!selfApprove.ok && selfApprove.error.code).toBe('FORBIDDEN');
    const { id: otherId } = await enrolFresh();
    const foreign = await worker.call('apprenticeships.logOtj', {
      apprenticeshipId: otherId,
      date: '2026-11-20',
      hours: 1,
      activity: 'x',
      evidence: null,
    });
    expect(!foreign.ok && foreign.error.code).toBe('FORBIDDEN');
    const foreignRead = await worker.call('apprenticeships.get', { id: otherId });
    expect(!foreignRead.ok && foreignRead.error.code).toBe('FORBIDDEN');
    await manager.ok('apprenticeships.decideOtj', { entryId: logged.id, decision: 'approved' });
    const after = await worker.ok('apprenticeships.get', { id: workerApprenticeshipId });
    expect(after.otj.actualToDate).toBeCloseTo(before.otj.actualToDate + 2.5, 5);
    // The trigger-kept totals agree with the entries themselves.
    const approvedSum = after.entries.filter((e) => e.status === 'approved').reduce((n, e) => n + e.hours, 0);
    const pendingSum = after.entries.filter((e) => e.status === 'pending').reduce((n, e) => n + e.hours, 0);
    expect(after.otj.actualToDate).toBeCloseTo(Math.round(approvedSum * 10) / 10, 5);
    expect(after.otj.pendingHours).toBeCloseTo(Math.round(pendingSum * 10) / 10, 5);
    const again = await manager.call('apprenticeships.decideOtj', { entryId: logged.id, decision: 'rejected' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  it('shows planned vs actual with a catch-up rate when behind', async () => {
    const { id } = await enrolFresh({ startDate: '2026-01-05', plannedEndDate: '2027-01-04' });
    const detail = await manager.ok('apprenticeships.get', { id });
    expect(detail.otj.ruleSummary).toContain('published minimum');
    expect(detail.otj.plannedTotal).toBe(187);
    expect(detail.otj.status).toBe('behind');
    expect(detail.otj.catchUpPerWeek).toBeGreaterThan(0);
  });
});

describe('reviews', () => {
  it('refuses a review before the start and flags overdue reviews on the dashboard', async () => {
    const { id } = await enrolFresh();
    const review = {
      apprenticeshipId: id,
      reviewDate: '2025-08-01',
      apprenticePresent: true,
      employerRep: 'Mentor',
      providerRep: 'Tutor',
      progressSummary: 'OK',
      actions: 'Carry on',
    } as const;
    expect(issuePath(await manager.call('apprenticeships.recordReview', review))).toEqual(['reviewDate']);
    const dash = await manager.ok('apprenticeships.dashboard', {});
    const row = dash.reviewsDue.find((r) => r.id === id)!;
    expect(row.reviewDaysLeft).toBeLessThan(0); // started 2025-09-01, never reviewed
    await manager.ok('apprenticeships.recordReview', { ...review, reviewDate: '2026-11-16' });
    const after = await manager.ok('apprenticeships.dashboard', {});
    expect(after.reviewsDue.some((r) => r.id === id)).toBe(false);
  });
});

describe('gateway and end-point assessment', () => {
  it('needs a reason before the gateway is complete; a pass completes and adds the qualification', async () => {
    const { id, staffId } = await enrolFresh();
    const early = await manager.call('apprenticeships.recordEpa', {
      apprenticeshipId: id,
      epaDate: '2026-11-10',
      result: 'pass',
      overrideReason: null,
    });
    expect(issuePath(early)).toEqual(['overrideReason']);
    for (const key of ['diploma', 'care_certificate', 'portfolio', 'testimonies', 'three_party_agreement']) {
      await manager.ok('apprenticeships.setGatewayItem', { apprenticeshipId: id, key, doneOn: '2026-10-20' });
    }
    await manager.ok('apprenticeships.logOtj', {
      apprenticeshipId: id,
      date: '2026-10-01',
      hours: 24,
      activity: 'Block week',
      evidence: null,
    });
    for (let d = 1; d <= 7; d += 1) {
      await manager.ok('apprenticeships.logOtj', {
        apprenticeshipId: id,
        date: `2026-09-0${d}`,
        hours: 24,
        activity: 'Block week',
        evidence: null,
      });
    }
    const ready = await manager.ok('apprenticeships.get', { id });
    expect(ready.gatewayReady).toBe(true);
    await manager.ok('apprenticeships.recordEpa', {
      apprenticeshipId: id,
      epaDate: '2026-11-10',
      result: 'merit',
      overrideReason: null,
    });
    const done = await manager.ok('apprenticeships.get', { id });
    expect(done).toMatchObject({ status: 'completed', completedOn: '2026-11-10', epaResult: 'merit' });
    const quals = await manager.ok('qualifications.list', { staffId });
    expect(quals.find((q) => q.qualificationCode === 302)).toMatchObject({
      source: 'apprenticeship',
      yearAchieved: 2026,
      apprenticeshipId: id,
    });
    const closed = await manager.call('apprenticeships.logOtj', {
      apprenticeshipId: id,
      date: '2026-11-12',
      hours: 1,
      activity: 'x',
      evidence: null,
    });
    expect(!closed.ok && closed.error.code).toBe('CONFLICT');
  });
});

describe('roles', () => {
  it('trainers read the dashboard but change nothing; coordinators and visitors see none of it', async () => {
    expect((await trainer.ok('apprenticeships.dashboard', {})).active.map((a) => a.id)).toContain(
      workerApprenticeshipId,
    );
    expect((await trainer.ok('apprenticeships.get', { id: workerApprenticeshipId })).canManage).toBe(false);
    const trainerLog = await trainer.call('apprenticeships.logOtj', {
      apprenticeshipId: workerApprenticeshipId,
      date: '2026-11-20',
      hours: 1,
      activity: 'x',
      evidence: null,
    });
    expect(!trainerLog.ok && trainerLog.error.code).toBe('FORBIDDEN');
    for (const username of ['coordinator', 'visitor']) {
      const client = await tb.signedIn(username);
      const result = await client.call('apprenticeships.dashboard', {});
      expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    }
    const workerDash = await worker.call('apprenticeships.dashboard', {});
    expect(!workerDash.ok && workerDash.error.code).toBe('FORBIDDEN');
  });
});
