import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aPartnerEmployer,
  aPlacement,
  aStaffMember,
  anAccount,
  openBranch,
  theCorePathway,
  JOB_ROLE,
  TEST_BRANCH,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;
let partnerWorker: string;

const paid = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'manager');
  await anAccount(tb, 'worker');
  manager = await tb.signedIn('manager');
  const partnerId = await aPartnerEmployer(tb, 'Small Partner CIC');
  const { wellbeingWorker, senior } = await theCorePathway(tb);
  const place = async (staffId: string, stepId: string) =>
    aPlacement(tb, { staffId, stepId, effectiveDate: '2024-01-08' });
  // Wellbeing Workers: the lead pays £14.80, the partner £13.10 over 20 guaranteed hours.
  await place((await aStaffMember(tb, { payRates: paid(1480) })).id, wellbeingWorker.id);
  partnerWorker = (
    await aStaffMember(tb, {
      details: { employerId: partnerId, guaranteedWeeklyHours: 20 },
      payRates: paid(1310),
    })
  ).id;
  await place(partnerWorker, wellbeingWorker.id);
  // Seniors are paid alike by both; a partner senior care worker in another role is not compared with them.
  await place((await aStaffMember(tb, { payRates: paid(1600) })).id, senior.id);
  await place((await aStaffMember(tb, { details: { employerId: partnerId }, payRates: paid(1600) })).id, senior.id);
  const other = await aStaffMember(tb, {
    jobRole: JOB_ROLE.seniorCareWorker,
    details: { employerId: partnerId },
    payRates: paid(1200),
  });
  await place(other.id, senior.id);
});
afterAll(async () => tb.close());

describe('pay parity through dispatch', () => {
  it('lists the partner worker paid below the lead for the same role and step, with the gap', async () => {
    const report = await manager.ok('compliance.payParity', {});
    expect(report.employers).toBe(2);
    expect(report.groupsCompared).toBe(2);
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({
      staffId: partnerWorker,
      employerName: 'Small Partner CIC',
      parityEmployerName: TEST_BRANCH.providerName,
      step: 'Wellbeing Worker',
      gapPencePerHour: 170,
      gapPencePerWeek: 3400,
    });
    expect(report.gaps[0]?.detail).toContain('£1.70 an hour less, £34.00 a week over 20 guaranteed hours');
  });

  it('clears the line once the partner raises the rate to match', async () => {
    await manager.ok('staff.addPayRate', {
      id: partnerWorker,
      rate: { effectiveFrom: '2026-11-01', pencePerHour: 1480, note: 'Parity with the lead provider' },
    });
    expect((await manager.ok('compliance.payParity', {})).gaps).toEqual([]);
  });

  it('is refused to a worker', async () => {
    const worker = await tb.signedIn('worker');
    const result = await worker.call('compliance.payParity', {});
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});
