import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAccount, aWorkplace, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;

beforeAll(async () => {
  tb = await openBranch();
  await aWorkplace(tb, { localEstId: 'TEST-HUB' });
  await anAccount(tb, 'manager');
  await anAccount(tb, 'coordinator');
  manager = await tb.signedIn('manager');
});
afterAll(async () => tb.close());

const paths = (result: { ok: boolean; error?: { issues?: { path: (string | number)[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('workplace details', () => {
  it('saves and refuses a regulated workplace without CQC ids or with a bad postcode', async () => {
    const current = await manager.ok('workplace.get', {});
    expect(current.localEstId).toBe('TEST-HUB');
    const saved = await manager.ok('workplace.update', { ...current, holidayDays: 30 });
    expect(saved.holidayDays).toBe(30);
    expect(paths((await manager.call('workplace.update', { ...current, cqcProviderId: '' })) as never)).toEqual([
      'cqcProviderId',
    ]);
    expect(paths((await manager.call('workplace.update', { ...current, postcode: 'XX' })) as never)).toEqual([
      'postcode',
    ]);
    expect(paths((await manager.raw('workplace.update', { ...current, travelTime: 42 })) as never)).toEqual([
      'travelTime',
    ]);
  });

  it('reads a branch that never saved its details as a draft, and refuses to save it incomplete', async () => {
    const fresh = await openBranch();
    try {
      await anAccount(fresh, 'manager');
      const owner = await fresh.signedIn('manager');
      const draft = await owner.ok('workplace.get', {});
      expect(draft).toMatchObject({ cqcRegulated: true, cqcProviderId: '' });
      expect(paths((await owner.call('workplace.update', draft)) as never)).toContain('cqcProviderId');
    } finally {
      await fresh.close();
    }
  });

  it('is the manager’s alone', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const result = await coordinator.call('workplace.get', {});
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    const preview = await coordinator.call('ascwds.preview', {});
    expect(!preview.ok && preview.error.code).toBe('FORBIDDEN');
  });
});

describe('pay policy values', () => {
  it('adds a dated value once and refuses a second value on the same date', async () => {
    const view = await manager.ok('policy.addPayValue', {
      benchmark: 'london_living_wage',
      effectiveFrom: '2026-10-21',
      pencePerHour: 1530,
      note: 'Announced Oct 2026',
    });
    expect(view.charterPenceToday).toBe(1530);
    const again = await manager.call('policy.addPayValue', {
      benchmark: 'london_living_wage',
      effectiveFrom: '2026-10-21',
      pencePerHour: 1540,
      note: null,
    });
    expect(paths(again as never)).toEqual(['effectiveFrom']);
    const negative = await manager.call('policy.addPayValue', {
      benchmark: 'real_living_wage',
      effectiveFrom: '2026-10-21',
      pencePerHour: -1,
      note: null,
    });
    expect(paths(negative as never)).toEqual(['pencePerHour']);
  });

  it('refuses a coordinator changing settings', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const view = await coordinator.ok('policy.payPolicy', {});
    const result = await coordinator.call('policy.updateSettings', view.settings);
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});
