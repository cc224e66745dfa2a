import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;

beforeAll(async () => {
  tb = await openTestBackend({ demo: true });
  manager = await tb.signedIn('manager');
});
afterAll(async () => tb.close());

describe('compliance dashboard on the demo branch', () => {
  it('has lines of every kind the demo plants, each naming a record', async () => {
    const dashboard = await manager.ok('compliance.dashboard', {});
    expect(dashboard.floorPence).toBe(1275);
    expect(dashboard.counts.below_pay_floor).toBe(2);
    expect(dashboard.counts.zero_hours).toBe(1);
    expect(dashboard.counts.sick_pay).toBe(2);
    expect(dashboard.counts.dbs).toBeGreaterThanOrEqual(4);
    expect(dashboard.counts.right_to_work).toBeGreaterThanOrEqual(4);
    expect(dashboard.counts.references).toBe(2);
    for (const line of dashboard.lines) expect(line.staffId).toMatch(/^[0-9a-f-]{36}$/);
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
    expect(zero.figure).toMatch(/^1 of \d+ workers on zero-hours/);
    const continuity = charter.items.find((i) => i.stage === 2 && i.number === 1)!;
    expect(continuity.status).toBe('not_measured');
    const travel = charter.items.find((i) => i.stage === 1 && i.number === 3)!;
    expect(travel.status).toBe('met');
  });
});
