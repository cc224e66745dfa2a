import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, daysFromToday, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import { formatDate } from '@shared/domain/time/format';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;
let onZeroHours: string;

const paidFrom2024 = (pencePerHour: number) => [{ effectiveFrom: '2024-01-08', pencePerHour, note: null }];
const oneReference = [{ refereeName: 'Ruth Okoro', relationship: null, requestedOn: null, receivedOn: '2023-12-20' }];

beforeAll(async () => {
  tb = await openBranch();
  // Everyone's record is in order except what each worker below is built with; the accounts' own records too.
  for (const role of ['manager', 'trainer', 'worker'] as const) await anAccount(tb, role, { complete: true });
  manager = await tb.signedIn('manager');
  await aCompleteStaffMember(tb, { payRates: paidFrom2024(1250) });
  await aCompleteStaffMember(tb, { payRates: paidFrom2024(1274) });
  onZeroHours = (await aCompleteStaffMember(tb, { details: { zeroHours: true, guaranteedWeeklyHours: null } })).id;
  await aCompleteStaffMember(tb, { details: { occupationalSickPay: false } });
  await aCompleteStaffMember(tb, { details: { occupationalSickPay: false } });
  await aCompleteStaffMember(tb, { details: { dbsRecheckDue: daysFromToday(10) } });
  await aCompleteStaffMember(tb, { details: { dbsRecheckDue: daysFromToday(-1) } });
  await aCompleteStaffMember(tb, {
    details: { rtwDocumentType: 'share_code', rtwExpiry: daysFromToday(20), rtwFollowUp: daysFromToday(10) },
  });
  await aCompleteStaffMember(tb, { details: { rtwDocumentType: 'share_code', rtwExpiry: daysFromToday(-1) } });
  await aCompleteStaffMember(tb, { references: oneReference });
  await aCompleteStaffMember(tb, { references: oneReference });
  // Alerts before it bites: a follow-up check due on a permission that runs a while yet, supervision and appraisal
  // overdue, a driver whose licence was never checked and one whose business insurance has run out.
  await aCompleteStaffMember(tb, {
    details: { rtwDocumentType: 'share_code', rtwExpiry: daysFromToday(200), rtwFollowUp: daysFromToday(10) },
  });
  await aCompleteStaffMember(tb, { details: { supervisionDue: daysFromToday(-1) } });
  await aCompleteStaffMember(tb, { details: { appraisalDue: daysFromToday(-3) } });
  await aCompleteStaffMember(tb, { details: { drives: true, insuranceExpiry: daysFromToday(100) } });
  await aCompleteStaffMember(tb, {
    details: { drives: true, licenceCheckedOn: daysFromToday(-30), insuranceExpiry: daysFromToday(-2) },
  });
});
afterAll(async () => tb.close());

describe('compliance dashboard', () => {
  it('has a line for each worker with something to fix, of each kind, each naming the record', async () => {
    const dashboard = await manager.ok('compliance.dashboard', {});
    expect(dashboard.floorPence).toBe(1275);
    expect(dashboard.staffChecked).toBe(19);
    expect(dashboard.counts).toEqual({
      below_pay_floor: 2,
      zero_hours: 1,
      sick_pay: 2,
      dbs: 2,
      right_to_work: 3,
      references: 2,
      supervision: 1,
      appraisal: 1,
      driving: 2,
    });
    const details = (kind: string) => dashboard.lines.filter((l) => l.kind === kind).map((l) => l.detail);
    expect(details('right_to_work')).toContain(
      `Follow-up check due ${formatDate(daysFromToday(10))} (permission runs to ${formatDate(daysFromToday(200))})`,
    );
    expect(details('supervision')).toEqual([`Supervision overdue since ${formatDate(daysFromToday(-1))}`]);
    expect(details('appraisal')).toEqual([`Appraisal overdue since ${formatDate(daysFromToday(-3))}`]);
    expect(details('driving').sort()).toEqual([
      `Business-use insurance expired ${formatDate(daysFromToday(-2))}`,
      'Drives for work; driving licence never checked',
    ]);
    // These workers are on the Update Service, so their recheck is the online status check.
    expect(details('dbs')).toContain(`Update Service check due ${formatDate(daysFromToday(10))}`);
    expect(dashboard.lines.find((l) => l.kind === 'zero_hours')?.staffId).toBe(onZeroHours);
    expect(dashboard.lines.filter((l) => l.kind === 'dbs').map((l) => l.severity)).toEqual(
      expect.arrayContaining(['due', 'overdue']),
    );
  });

  it('moves a worker off the below-floor list when their rate rises', async () => {
    const before = await manager.ok('compliance.dashboard', {});
    const line = before.lines.find((l) => l.kind === 'below_pay_floor')!;
    await manager.ok('staff.addPayRate', {
      id: line.staffId,
      rate: { effectiveFrom: '2026-11-01', pencePerHour: 1300, note: null },
    });
    const after = await manager.ok('compliance.dashboard', {});
    expect(after.lines.some((l) => l.kind === 'below_pay_floor' && l.staffId === line.staffId)).toBe(false);
    expect(after.counts.below_pay_floor).toBe(before.counts.below_pay_floor - 1);
  });

  it('uses the higher of the contractual floor and the National Living Wage', async () => {
    const view = await manager.ok('policy.payPolicy', {});
    await manager.ok('policy.updateSettings', { ...view.settings, contractualFloor: 'real_living_wage' });
    expect((await manager.ok('compliance.dashboard', {})).floorPence).toBe(1345);
    await manager.ok('policy.addPayValue', {
      benchmark: 'national_living_wage',
      effectiveFrom: '2026-11-01',
      pencePerHour: 1400,
      note: null,
    });
    const view2 = await manager.ok('policy.payPolicy', {});
    expect(view2.floorToday).toMatchObject({ pencePerHour: 1400, source: 'national_living_wage' });
    await manager.ok('policy.updateSettings', { ...view.settings });
  });

  it('is refused to a trainer and a worker', async () => {
    for (const username of ['trainer', 'worker']) {
      const client = await tb.signedIn(username);
      const result = await client.call('compliance.dashboard', {});
      expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    }
  });

  it('computes the Charter checklist with figures', async () => {
    const charter = await manager.ok('compliance.charter', {});
    expect(charter.items).toHaveLength(12);
    const zero = charter.items.find((i) => i.stage === 2 && i.number === 2)!;
    expect(zero).toMatchObject({ status: 'not_met', basis: 'data' });
    expect(zero.figure).toMatch(/^1 of 19 workers on zero-hours/);
    const continuity = charter.items.find((i) => i.stage === 2 && i.number === 1)!;
    expect(continuity.status).toBe('not_measured');
    const travel = charter.items.find((i) => i.stage === 1 && i.number === 3)!;
    expect(travel.status).toBe('met');
  });
});
