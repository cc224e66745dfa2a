import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import { DEFAULT_SICK_PAY_SCHEME } from '@shared/domain/policy/sick-pay';

// The tests' today is Monday 23 November 2026. One worker with 2 years' service, off sick Mon 16 to Fri 20 November.
const GENEROUS = {
  waitingDays: 0,
  bands: [{ fromServiceMonths: 0, toServiceMonths: null, fullPayWeeks: 4, halfPayWeeks: 4 }],
};
const NONE = {
  waitingDays: 0,
  bands: [{ fromServiceMonths: 0, toServiceMonths: null, fullPayWeeks: 0, halfPayWeeks: 0 }],
};

let tb: TestBackend;
let manager: TestClient;
let staffId: string;

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'manager');
  await anAccount(tb, 'coordinator');
  manager = await tb.signedIn('manager');
  staffId = (await aCompleteStaffMember(tb, { startDate: '2024-11-02' })).id;
  await manager.ok('availability.recordSickness', {
    staffId,
    startDate: '2026-11-16',
    startMinute: 0,
    expectedEndDate: '2026-11-20',
    note: null,
  });
});
afterAll(() => tb.close());

describe('checking a change to the sick pay scheme before saving it', () => {
  it('says which recorded sicknesses a new scheme pays again, and changes nothing until it is saved', async () => {
    const preview = await manager.ok('policy.previewSickPayScheme', NONE);
    expect(preview).toMatchObject({ absences: 1, workers: 1, proposed: NONE, current: DEFAULT_SICK_PAY_SCHEME });
    expect(await manager.ok('policy.sickPayScheme', {})).toEqual(DEFAULT_SICK_PAY_SCHEME);
  });

  it('refuses overlapping bands at the band that overlaps, naming it, and keeps the scheme in force', async () => {
    const overlapping = {
      waitingDays: 0,
      bands: [
        { fromServiceMonths: 0, toServiceMonths: 24, fullPayWeeks: 2, halfPayWeeks: 2 },
        { fromServiceMonths: 12, toServiceMonths: null, fullPayWeeks: 4, halfPayWeeks: 4 },
      ],
    };
    for (const name of ['policy.previewSickPayScheme', 'policy.updateSickPayScheme'] as const) {
      const r = await manager.call(name, overlapping);
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.issues).toEqual([
        {
          path: ['bands', 1, 'fromServiceMonths'],
          message: 'This band overlaps band 1: each length of service may fall in one band only',
        },
      ]);
    }
    const blank = await manager.call('policy.previewSickPayScheme', {
      waitingDays: Number.NaN,
      bands: [{ fromServiceMonths: 0, toServiceMonths: null, fullPayWeeks: Number.NaN, halfPayWeeks: 2 }],
    });
    expect(!blank.ok && blank.error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([
        ['waitingDays', 'Enter the waiting days, 0 for none'],
        ['bands.0.fullPayWeeks', 'Enter the weeks at full pay'],
      ]),
    );
    expect(await manager.ok('policy.sickPayScheme', {})).toEqual(DEFAULT_SICK_PAY_SCHEME);
  });

  it('once saved, the recorded sickness is paid again under the new scheme', async () => {
    await manager.ok('policy.updateSickPayScheme', GENEROUS);
    const before = await manager.ok('staff.sickPay', { id: staffId });
    expect(before.absences[0]?.ospFullDays).toBe(5);
    await manager.ok('policy.updateSickPayScheme', NONE);
    const after = await manager.ok('staff.sickPay', { id: staffId });
    expect(after.absences[0]).toMatchObject({ ospFullDays: 0, ospPence: 0 });
  });

  it('is the manager’s: a coordinator may not preview a change', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const r = await coordinator.call('policy.previewSickPayScheme', GENEROUS);
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });
});
