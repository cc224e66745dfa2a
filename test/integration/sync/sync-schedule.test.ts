import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxItems } from '@main/services/sync/outbox';
import { queueDueSummaries } from '@main/services/sync/sync-schedule';
import { aQuickPlanner, aStaffMember, aWeekOfVisits, openBranch, write } from '@test/fixtures/builders';
import { fakeCouncil } from '@test/fixtures/sync/fake-council';
import type { TestBackend } from '@test/fixtures/test-backend';

// Weekly summaries are queued by themselves once a week with a published rota is over, and monthly workforce
// summaries once a month with anyone employed is over (a quarter back at most), once each, oldest first, and only
// after the manager has said where they go.
describe('the summary schedule', () => {
  let t: TestBackend;

  beforeAll(async () => {
    t = await openBranch({ council: fakeCouncil() });
    await aQuickPlanner(t, 1500);
    await aWeekOfVisits(t, { people: 5, workers: 5, from: '2026-11-23' });
    for (const isoWeek of ['2026-W48', '2026-W49']) {
      const board = await write(t, 'rota.planWeek', { isoWeek, iterations: 1500 });
      await write(t, 'rota.publish', { isoWeek, stamp: board.stamp });
    }
  }, 90_000);
  afterAll(async () => t.close());

  it('queues nothing until the council’s address is set', async () => {
    t.clock.set('2026-11-30T09:00:00.000Z');
    expect(await queueDueSummaries(t.backend.deps)).toEqual([]);
    expect(await outboxItems(t.backend.deps.db)).toEqual([]);
  });

  it('then queues each finished month and published week once, and not one still running', async () => {
    await write(t, 'sync.saveSettings', {
      councilUrl: 'https://council.example.gov.uk',
      branchId: 'test-branch',
      token: 'token-from-the-council',
    });
    expect(await queueDueSummaries(t.backend.deps)).toEqual(['2026-08', '2026-09', '2026-10', '2026-W48']);
    expect(await queueDueSummaries(t.backend.deps)).toEqual([]);
    t.clock.set('2026-12-07T09:00:00.000Z');
    expect(await queueDueSummaries(t.backend.deps)).toEqual(['2026-11', '2026-W49']);
    const items = await outboxItems(t.backend.deps.db);
    expect(items.map((i) => [i.periodKind, i.periodStart, i.state])).toEqual([
      ['month', '2026-08-01', 'waiting'],
      ['month', '2026-09-01', 'waiting'],
      ['month', '2026-10-01', 'waiting'],
      ['week', '2026-11-23', 'waiting'],
      ['month', '2026-11-01', 'waiting'],
      ['week', '2026-11-30', 'waiting'],
    ]);
    const log = await t.backend.deps.db
      .selectFrom('audit_log')
      .select(['actor', 'entity_id'])
      .where('action', '=', 'sync.queuedOnSchedule')
      .execute();
    expect(log).toEqual(items.map((i) => ({ actor: 'system', entity_id: i.summaryId })));
  });
});

describe('the monthly schedule on a branch with no one employed yet', () => {
  it('queues no workforce summary for months before anyone started', async () => {
    const t = await openBranch({ council: fakeCouncil() });
    try {
      await write(t, 'sync.saveSettings', {
        councilUrl: 'https://council.example.gov.uk',
        branchId: 'test-branch',
        token: 'token-from-the-council',
      });
      expect(await queueDueSummaries(t.backend.deps)).toEqual([]);
      await aStaffMember(t, { startDate: '2026-09-14' });
      expect(await queueDueSummaries(t.backend.deps)).toEqual(['2026-09', '2026-10']);
    } finally {
      await t.close();
    }
  });
});
