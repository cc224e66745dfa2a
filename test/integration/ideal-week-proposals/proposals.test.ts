import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAccount, aWeekOfVisits, aWorkerClearedToWork, CLEARED_DBS, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';

/** The notices a staff member has been sent, newest last. */
async function noticesOf(t: TestBackend, staffId: string): Promise<string[]> {
  const rows = await t.backend.deps.db
    .selectFrom('notice')
    .select('text')
    .where('staff_id', '=', staffId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.text);
}

describe('the team proposes changes to its people’s ideal weeks', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let worker: TestClient;
  let second: TestClient;
  let workerId: string;
  let coordinatorId: string;
  let hood: RotaNeighbourhood;

  beforeAll(async () => {
    t = await openBranch();
    coordinatorId = (await anAccount(t, 'coordinator')).staffId as string;
    workerId = (await anAccount(t, 'worker', { staff: { sensitive: CLEARED_DBS } })).staffId as string;
    const secondId = (await anAccount(t, 'worker', { username: 'worker2', staff: { sensitive: CLEARED_DBS } }))
      .staffId as string;
    const others = [];
    for (let i = 0; i < 3; i += 1) others.push((await aWorkerClearedToWork(t)).id);
    // The first worker is in every team; the second in the teams of people 0, 2 and 3 only.
    hood = await aWeekOfVisits(t, { people: 4, workers: [workerId, secondId, ...others] });
    coordinator = await t.signedIn('coordinator');
    worker = await t.signedIn('worker');
    second = await t.signedIn('worker2');
  }, 60_000);
  afterAll(async () => t.close());

  it('shows a worker the ideal weeks of the people in their teams, with only what a worker may see', async () => {
    const weeks = await second.ok('idealWeekProposals.teamWeeks', {});
    expect(weeks.map((w) => w.clientId).sort()).toEqual(
      [hood.clientIds[0], hood.clientIds[2], hood.clientIds[3]].sort(),
    );
    for (const w of weeks) {
      expect(Object.keys(w).sort()).toEqual(['addressedAs', 'clientId', 'items', 'name', 'versionId', 'whatMatters']);
      expect(w.items.length).toBeGreaterThan(0);
      for (const item of w.items) expect(item).not.toHaveProperty('requiredSkills');
      expect(JSON.stringify(w)).not.toMatch(/preferred|postcode|SE13/i);
    }
    expect(await coordinator.raw('idealWeekProposals.teamWeeks', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('reaches the coordinator; accepted, the ideal week changes from today and the worker is told', async () => {
    const clientId = hood.clientIds[0] ?? '';
    const [week] = (await worker.ok('idealWeekProposals.teamWeeks', {})).filter((w) => w.clientId === clientId);
    const item = week?.items.find((i) => i.weekday === 2);
    if (!week || !item) throw new Error('no Tuesday visit');
    const proposal = await worker.ok('idealWeekProposals.propose', {
      clientId,
      itemId: item.itemId,
      startMinute: item.startMinute + 60,
      durationMinutes: null,
      reason: 'She sleeps in on Tuesdays after her club',
    });
    expect(proposal).toMatchObject({ status: 'proposed', startMinute: item.startMinute, purpose: item.purpose });
    expect((await noticesOf(t, coordinatorId)).at(-1)).toMatch(/proposes a change to .+’s ideal week: Tuesday/);

    const waiting = await coordinator.ok('idealWeekProposals.list', { waitingOnly: true });
    expect(waiting.map((p) => p.id)).toEqual([proposal.id]);
    const accepted = await coordinator.ok('idealWeekProposals.decide', {
      id: proposal.id,
      decision: 'accept',
      reason: null,
    });
    expect(accepted.status).toBe('accepted');

    // Through the ideal week's own path: a new version from today, with the moved visit and everything else kept.
    const after = await coordinator.ok('clients.getIdealWeek', { clientId });
    expect(after.version?.id).not.toBe(week.versionId);
    expect(after.version?.items.length).toBe(week.items.length);
    const moved = after.version?.items.filter((i) => i.weekday === 2 && i.purpose === item.purpose);
    expect(moved?.map((i) => i.startMinute)).toContain(item.startMinute + 60);
    expect(after.version?.note).toContain('She sleeps in on Tuesdays');
    expect((await noticesOf(t, workerId)).at(-1)).toMatch(/was accepted: it applies from today/);
    const audit = await t.backend.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['clients.saveIdealWeek', 'idealWeekProposals.accept'])
      .where('outcome', '=', 'success')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['clients.saveIdealWeek', 'idealWeekProposals.accept']),
    );

    // Deciding again is refused.
    expect(
      await coordinator.call('idealWeekProposals.decide', { id: proposal.id, decision: 'decline', reason: 'No' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('declined with a reason, the worker is told why; a decline without a reason is refused', async () => {
    const clientId = hood.clientIds[2] ?? '';
    const [week] = (await second.ok('idealWeekProposals.teamWeeks', {})).filter((w) => w.clientId === clientId);
    const item = week?.items[0];
    if (!item) throw new Error('no visit');
    const proposal = await second.ok('idealWeekProposals.propose', {
      clientId,
      itemId: item.itemId,
      startMinute: null,
      durationMinutes: item.durationMinutes + 15,
      reason: 'Lunch always runs over',
    });
    const noReason = await coordinator.call('idealWeekProposals.decide', {
      id: proposal.id,
      decision: 'decline',
      reason: null,
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['reason'] }] } });
    const declined = await coordinator.ok('idealWeekProposals.decide', {
      id: proposal.id,
      decision: 'decline',
      reason: 'The council has agreed 30 minutes; we will ask for a review',
    });
    expect(declined).toMatchObject({ status: 'declined', declineReason: expect.stringContaining('review') });
    const secondId = (await second.ok('auth.session', {})) as { session?: { staffId: string | null } };
    const told = await noticesOf(t, secondId.session?.staffId ?? '');
    expect(told.at(-1)).toMatch(/was declined: The council has agreed 30 minutes/);
    // A worker sees their own proposals only.
    expect((await second.ok('idealWeekProposals.list', {})).map((p) => p.id)).toEqual([proposal.id]);
    const unchanged = await coordinator.ok('clients.getIdealWeek', { clientId });
    expect(unchanged.version?.id).toBe(week?.versionId);
  });

  it('refuses a person outside the teams, a visit not in the week, no change, and a stale proposal', async () => {
    const outside = hood.clientIds[1] ?? '';
    const clientId = hood.clientIds[3] ?? '';
    const weeks = await worker.ok('idealWeekProposals.teamWeeks', {});
    // A visit of another person's ideal week.
    const itemId = weeks.find((w) => w.clientId !== clientId)?.items[0]?.itemId ?? '';
    expect(
      await second.call('idealWeekProposals.propose', {
        clientId: outside,
        itemId,
        startMinute: 600,
        durationMinutes: null,
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const week = weeks.find((w) => w.clientId === clientId);
    const item = week?.items[0];
    if (!item) throw new Error('no visit');
    expect(
      await worker.call('idealWeekProposals.propose', {
        clientId,
        itemId,
        startMinute: 600,
        durationMinutes: null,
        reason: 'Another person’s visit',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['itemId'] }] } });
    const same = await worker.call('idealWeekProposals.propose', {
      clientId,
      itemId: item.itemId,
      startMinute: item.startMinute,
      durationMinutes: null,
      reason: 'No change',
    });
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['startMinute'] }] } });
    const neither = await worker.call('idealWeekProposals.propose', {
      clientId,
      itemId: item.itemId,
      startMinute: null,
      durationMinutes: null,
      reason: '',
    });
    if (neither.ok) throw new Error('accepted an empty proposal');
    expect(neither.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['reason', 'startMinute']);

    // Two proposals on the same week: once one is accepted, the other is out of date and says so.
    const a = await worker.ok('idealWeekProposals.propose', {
      clientId,
      itemId: item.itemId,
      startMinute: (item.startMinute + 30) % 1440,
      durationMinutes: null,
      reason: 'Earlier bus',
    });
    const b = await worker.ok('idealWeekProposals.propose', {
      clientId,
      itemId: item.itemId,
      startMinute: null,
      durationMinutes: item.durationMinutes + 15,
      reason: 'More time',
    });
    await coordinator.ok('idealWeekProposals.decide', { id: a.id, decision: 'accept', reason: null });
    const stale = await coordinator.call('idealWeekProposals.decide', { id: b.id, decision: 'accept', reason: null });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!stale.ok) expect(stale.error.message).toMatch(/has changed since this was proposed/);
    expect((await coordinator.ok('idealWeekProposals.list', { waitingOnly: true })).map((p) => p.id)).toEqual([b.id]);
  });
});
