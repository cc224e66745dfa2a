import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// The tests' today is Monday 23 November 2026. One worker in the scheme, with 2 years' service and £84.00 a day
// (30 guaranteed hours at £14.00, Monday to Friday), off sick Monday 16 to Friday 20 November: 5 sick days.
const SCHEME = (fullPayWeeks: number) => ({
  waitingDays: 0,
  bands: [{ fromServiceMonths: 0, toServiceMonths: null, fullPayWeeks, halfPayWeeks: 0 }],
});
const MON_TO_FRI = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 17 * 60 }));

let tb: TestBackend;
let manager: TestClient;

const osp = async () => (await manager.ok('compliance.charter', {})).items.find((i) => i.stage === 3 && i.number === 2);

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'manager', { complete: true });
  manager = await tb.signedIn('manager');
  const worker = await aCompleteStaffMember(tb, { startDate: '2024-11-02' });
  await manager.ok('availability.saveWindows', { staffId: worker.id, windows: MON_TO_FRI });
  await manager.ok('policy.updateSickPayScheme', SCHEME(4));
  await manager.ok('availability.recordSickness', {
    staffId: worker.id,
    startDate: '2026-11-16',
    startMinute: 0,
    expectedEndDate: '2026-11-20',
    note: null,
  });
});
afterAll(() => tb.close());

describe('the Charter’s occupational sick pay commitment through dispatch', () => {
  it('is met from the sickness the scheme paid, with the days and the money', async () => {
    const item = await osp();
    expect(item?.status).toBe('met');
    // SSP is £24.65 a day (the lower of £123.25 a week and 80% of £420.00, over 5 days); the scheme tops each day up
    // to £84.00: £59.35 a day, £296.75 for the 5 days.
    expect(item?.figure).toBe(
      '2 of 2 workers in the scheme; 5 of 5 sick days of scheme members paid occupational sick pay since ' +
        'Mon 24 Nov 2025 (£296.75)',
    );
  });

  it('is not met once the scheme pays nothing, though everyone is still in it', async () => {
    await manager.ok('policy.updateSickPayScheme', SCHEME(0));
    const item = await osp();
    expect(item?.status).toBe('not_met');
    expect(item?.figure).toContain('0 of 5 sick days of scheme members paid occupational sick pay');
  });
});
