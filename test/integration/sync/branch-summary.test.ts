import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDisclosures } from '@shared/domain/sync/personal-data';
import { checkSummary } from '@shared/domain/sync/summary';
import { suppressCount } from '@shared/domain/sync/suppression';
import { charterRotaFacts } from '@main/services/compliance/charter-rota-facts';
import { buildWeekSummary, knownPersonalData } from '@main/services/sync/summary-service';
import { aQuickPlanner, aWeekOfVisits, openBranch, signedInAs, write } from '@test/fixtures/builders';
import { fakeCouncil, type FakeCouncil } from '@test/fixtures/sync/fake-council';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { TestBackend } from '@test/fixtures/test-backend';

const WEEK = '2026-W48'; // the week of the tests' today, Monday 23 November 2026
const NEXT_MONDAY = '2026-11-30T09:00:00.000Z'; // W48 is then the last finished week, the one a summary is due for

async function planAndPublish(t: TestBackend, isoWeek: string): Promise<void> {
  const board = await write(t, 'rota.planWeek', { isoWeek, iterations: 2000 });
  await write(t, 'rota.publish', { isoWeek, stamp: board.stamp });
}

describe('a branch’s weekly summary, from its published rota to the council', () => {
  let t: TestBackend;
  let council: FakeCouncil;
  let manager: TestClient;

  beforeAll(async () => {
    council = fakeCouncil();
    t = await openBranch({ council });
    await aQuickPlanner(t);
    await aWeekOfVisits(t, { people: 6, workers: 6 });
    await planAndPublish(t, WEEK);
    t.clock.set(NEXT_MONDAY);
    manager = (await signedInAs(t, 'manager')).client;
  }, 90_000);
  afterAll(async () => t.close());

  it('says why there is nothing to send for a week that has not been planned', async () => {
    const preview = await manager.ok('sync.preview', { isoWeek: '2026-W49' });
    expect(preview.notReady).toBe('This week has not been planned, so there is no rota to report.');
    expect(preview.reading).toBeNull();
    const refused = await manager.call('sync.queueNow', { isoWeek: '2026-W49' });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'CONFLICT' }) });
    const early = await manager.call('sync.queueNow', { isoWeek: '2026-W50' });
    expect(early).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        issues: [
          {
            path: ['isoWeek'],
            message: 'This week has not started yet: its summary can be queued once it has begun',
          },
        ],
      }),
    });
  });

  it('previews the last finished week with the figures the pay view and the Charter compute', async () => {
    const preview = await manager.ok('sync.preview', {});
    expect(preview.isoWeek).toBe(WEEK);
    expect(preview.periodLabel).toBe('Week of 23 Nov 2026');
    const care = JSON.parse(preview.reading?.json ?? '{}').careDelivery;
    const visits = await t.backend.deps.db.selectFrom('rota_visit').selectAll().where('iso_week', '=', WEEK).execute();
    const unassigned = visits.filter((v) => v.worker1_id === null).length;
    expect(care.plannedVisits).toBe(visits.length);
    expect(care.unassignedVisits.count).toBe(suppressCount(unassigned));
    expect(care.peopleSupported).toBe(new Set(visits.map((v) => v.client_id)).size);
    const pay = await write(t, 'rota.payView', { isoWeek: WEEK });
    const travelPaid = pay.workers.reduce((a, w) => a + w.stretches.reduce((b, s) => b + s.travelMinutes, 0), 0);
    expect(travelPaid).toBeGreaterThan(0);
    expect(care.paidTravelMinutes).toBe(travelPaid);
    const charter = await charterRotaFacts(t.backend.deps.db, '2026-11-25');
    expect(charter?.weeks).toEqual([WEEK]);
    expect(care.paidTravelMinutes).toBe(charter?.travelMinutesPaid);
    expect(care.continuity.medianWorkersPerPerson).toBe(charter?.medianWorkersPerPerson);
    expect(preview.reading?.lines[0]?.lines[0]).toBe(
      `6 people supported, with ${visits.length} visits planned (${care.plannedHours} hours)`,
    );
  });

  it('sends version 2 with the week’s visit times: nothing recorded, so every visit due counts as missed', async () => {
    const preview = await manager.ok('sync.preview', {});
    const summary = JSON.parse(preview.reading?.json ?? '{}');
    expect(summary.schemaVersion).toBe(2);
    const visits = await t.backend.deps.db.selectFrom('rota_visit').selectAll().where('iso_week', '=', WEEK).execute();
    const seats = visits.reduce((n, v) => n + (v.worker1_id ? 1 : 0) + (v.worker2_id ? 1 : 0), 0);
    const page = await manager.ok('visitTimes.figures', { kind: 'week', isoWeek: WEEK });
    expect(page.totals).toMatchObject({ planned: seats, due: seats, missed: seats, onTime: 0, late: 0 });
    expect(summary.careDelivery.visitTimes).toMatchObject({
      lateThresholdMinutes: 15,
      arrivals: { total: suppressCount(seats), cells: { on_time: 0, late: 0, missed: suppressCount(seats) } },
      punctuality: null,
      missedRate: 1,
      lengths: { total: 0 },
    });
    const section = preview.reading?.lines.find((l) => l.heading.startsWith('Visits as they happened'));
    expect(section?.lines[0]).toBe(
      `${seats} workers’ visits due: 0 on time, 0 more than 15 minutes late, ${seats} missed`,
    );
  });

  it('marks every held-back figure and says why', async () => {
    const preview = await manager.ok('sync.preview', {});
    const json = preview.reading?.json ?? '';
    const held = (json.match(/"(<5|withheld)"/g) ?? []).length;
    expect(preview.reading?.suppressed).toHaveLength(held);
    for (const cell of preview.reading?.suppressed ?? []) {
      expect(cell.why.length).toBeGreaterThan(20);
      expect(cell.path).not.toBe('');
    }
  });

  it('refuses a plain http:// council address that is not this computer, naming the field, keeping nothing', async () => {
    const refused = await manager.call('sync.saveSettings', {
      councilUrl: 'http://council.example.gov.uk',
      branchId: 'test-branch',
      token: 'a-token-from-the-council',
    });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        issues: [
          {
            path: ['councilUrl'],
            message: 'The council’s address must start with https:// (plain http:// is only allowed to this computer)',
          },
        ],
      }),
    });
    const settings = await manager.ok('sync.settings', {});
    expect(settings).toEqual(expect.objectContaining({ councilUrl: null, branchId: null, tokenSet: false }));
    expect((await manager.ok('sync.status', {})).problem).toBe(
      'Set the council’s address and the branch token under Settings.',
    );
  });

  it('queues on demand, sends in order, parks a refusal with the council’s reason and retries it', async () => {
    await manager.ok('sync.saveSettings', {
      councilUrl: 'https://council.example.gov.uk/',
      branchId: 'test-branch',
      token: 'a-token-from-the-council',
    });
    expect(await manager.ok('sync.settings', {})).toEqual(
      expect.objectContaining({ branchId: 'test-branch', tokenSet: true, tokenKeptWhere: expect.any(String) }),
    );
    council.answer = { status: 422, message: 'period.start: not accepted' };
    const queued = await manager.ok('sync.queueNow', {});
    await manager.ok('sync.sendNow', {});
    const status = await manager.ok('sync.status', {});
    expect(status.parked.map((p) => [p.summaryId, p.lastError])).toEqual([
      [queued.summaryId, 'The council could not accept this summary: period.start: not accepted.'],
    ]);
    expect(status.lastSentAt).toBeNull();

    council.answer = { status: 201 };
    const retried = await manager.ok('sync.retry', { summaryId: queued.summaryId });
    expect(retried).toEqual(expect.objectContaining({ sent: 1, parked: 0 }));
    const after = await manager.ok('sync.status', {});
    expect(after).toEqual(expect.objectContaining({ waiting: 0, parked: [], lastSentAt: NEXT_MONDAY }));
    const history = await manager.ok('sync.history', {});
    expect(history.map((h) => [h.summaryId, h.state])).toEqual([[queued.summaryId, 'sent']]);
    const opened = await manager.ok('sync.open', { summaryId: queued.summaryId });
    expect(JSON.parse(opened.json)).toEqual(council.received.at(-1)?.body);
    const audit = await manager.ok('audit.list', { limit: 20 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['sync.queueNow', 'sync.retry', 'sync.sendNow']));
  });

  it('a retry of a summary that is not parked is refused plainly', async () => {
    const refused = await manager.call('sync.retry', { summaryId: 'nothing-parked' });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
  });

  it('is for the manager only', async () => {
    const coordinator = (await signedInAs(t, 'coordinator')).client;
    expect(await coordinator.call('sync.preview', {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN' }),
    });
  });
});

describe('nothing personal leaves a branch', () => {
  // Branches of different sizes (a few people, a few workers: the small counts suppression must catch).
  const SIZES = [
    { seed: 11, people: 2, workers: 3 },
    { seed: 12, people: 5, workers: 4 },
    { seed: 13, people: 7, workers: 6 },
  ];
  for (const size of SIZES) {
    it(`a summary from a branch of ${size.people} people and ${size.workers} workers names no one`, async () => {
      const t = await openBranch({ seed: size.seed });
      try {
        await aQuickPlanner(t, 1500);
        await aWeekOfVisits(t, { people: size.people, workers: size.workers });
        await planAndPublish(t, WEEK);
        const summary = await buildWeekSummary(t.backend.deps, WEEK);
        expect(checkSummary(summary).ok).toBe(true);
        const known = await knownPersonalData(t.backend.deps.db);
        expect(known.names?.length).toBeGreaterThan(size.people * 2);
        expect(findDisclosures(summary, known)).toEqual([]);
      } finally {
        await t.close();
      }
    }, 60_000);
  }
});
