import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';
import type { TeamWeek } from '@shared/domain/team-week/team-week';
import { aTwoWorkersBranch } from './two-workers-branch';

const WEEK = '2026-W48'; // Monday 23 November 2026; the tests' now is 09:00 that day

/** Every visit of a team week, with the person's id. */
const visitsOf = (week: TeamWeek) => week.people.flatMap((p) => p.visits.map((v) => ({ ...v, clientId: p.clientId })));

describe('the team’s week and its open visits', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let first: TestClient;
  let second: TestClient;
  let firstId: string;
  let secondId: string;
  let hood: RotaNeighbourhood;

  beforeAll(async () => {
    // Four people; the first worker is in every team, the second in the teams of people 0, 2 and 3 only.
    ({ t, coordinator, first, second, firstId, secondId, hood } = await aTwoWorkersBranch(WEEK));
  }, 60_000);
  afterAll(async () => t.close());

  it('shows nothing of a draft week, then the published week of the people in the worker’s teams only', async () => {
    const draft = await second.ok('teamWeek.get', { isoWeek: WEEK });
    expect(draft.published).toBe(false);
    expect(draft.people.flatMap((p) => p.visits)).toEqual([]);

    const { stamp } = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp });
    const week = await second.ok('teamWeek.get', { isoWeek: WEEK });
    expect(week.published).toBe(true);
    expect(week.people.map((p) => p.clientId).sort()).toEqual(
      [hood.clientIds[0], hood.clientIds[2], hood.clientIds[3]].sort(),
    );
    // What security.md lets a worker see of a person, nothing more: no address, postcode or support needs.
    for (const person of week.people) {
      expect(Object.keys(person).sort()).toEqual(['addressedAs', 'clientId', 'name', 'visits', 'whatMatters']);
      expect(JSON.stringify(person)).not.toMatch(/Ladywell|SE13|postcode/i);
    }
    // Who is going when, as the coordinator's board has it.
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const mine = visitsOf(week).filter((v) => v.mine);
    expect(mine.length).toBe(board.visits.filter((v) => v.workerIds.includes(secondId)).length);
    const boardById = new Map(board.visits.map((v) => [v.id, v]));
    for (const v of visitsOf(week))
      expect(v.workerNames).toHaveLength(boardById.get(v.visitId)?.workerIds.length ?? -1);
    expect(visitsOf(week).filter((v) => v.workerNames.length > 0).length).toBeGreaterThan(10);
  });

  it('offers an open visit to the free team members; of two taking it at once, exactly one gets it', async () => {
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    // Thursday visits the first worker makes to people in both workers' teams: unassigned one by one until both
    // workers are free to take one.
    const shared = new Set([hood.clientIds[0], hood.clientIds[2], hood.clientIds[3]]);
    const candidates = board.visits.filter(
      (v) => v.date === '2026-11-26' && v.workersNeeded === 1 && v.workerIds[0] === firstId && shared.has(v.clientId),
    );
    let open: string | null = null;
    for (const v of candidates) {
      await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: v.id } });
      const a = visitsOf(await first.ok('teamWeek.get', { isoWeek: WEEK })).find((x) => x.visitId === v.id);
      const b = visitsOf(await second.ok('teamWeek.get', { isoWeek: WEEK })).find((x) => x.visitId === v.id);
      expect(a?.open).toBe(true);
      if (a?.canTake && b?.canTake) {
        open = v.id;
        break;
      }
    }
    if (open === null) throw new Error('no Thursday visit both workers are free for');

    const [r1, r2] = await Promise.all([
      first.call('teamWeek.takeOpenVisit', { isoWeek: WEEK, visitId: open }),
      second.call('teamWeek.takeOpenVisit', { isoWeek: WEEK, visitId: open }),
    ]);
    const results = [r1, r2];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Someone else has already taken this visit.' },
    });
    const winnerId = r1.ok ? firstId : secondId;
    const after = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(after.visits.find((v) => v.id === open)?.workerIds).toEqual([winnerId]);

    // The coordinator sees it happen: a notice, and the change log names the worker who took it.
    const coordinatorNotices = await t.backend.deps.db
      .selectFrom('notice')
      .innerJoin('account', 'account.staff_id', 'notice.staff_id')
      .select('notice.text')
      .where('account.username', '=', 'coordinator')
      .execute();
    const took = coordinatorNotices.filter((n) => n.text.includes('took the open visit'));
    expect(took).toHaveLength(1);
    expect(took[0]?.text).toMatch(/took the open visit to .+ on Thu 26 Nov 2026 at \d\d:\d\d/);
    const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK });
    // The coordinator's own edits of the week (setting the open visit up) are in the log too, at the same moment.
    expect(changes.filter((c) => c.visitId === open).map((c) => c.by)).toContain(r1.ok ? 'worker' : 'worker2');
  });

  it('refuses a visit that has started, one outside the worker’s teams and a bad week, naming the field', async () => {
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    const early = board.visits.find(
      (v) => v.date === '2026-11-23' && v.startMinute < 9 * 60 && v.workersNeeded === 1 && v.workerIds.length === 1,
    );
    if (!early) throw new Error('no visit before 09:00 today');
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'unassign', visitId: early.id } });
    const started = await first.call('teamWeek.takeOpenVisit', { isoWeek: WEEK, visitId: early.id });
    expect(started).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['visitId'], message: 'It has already started.' }] },
    });

    const notTheirs = board.visits.find((v) => v.clientId === hood.clientIds[1]);
    const outside = await second.call('teamWeek.takeOpenVisit', { isoWeek: WEEK, visitId: notTheirs?.id ?? '' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['visitId'] }] } });
    const badWeek = await second.call('teamWeek.takeOpenVisit', { isoWeek: '2026-48', visitId: 'x' });
    expect(badWeek).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!badWeek.ok) expect(badWeek.error.issues?.map((i) => i.path)).toContainEqual(['isoWeek']);

    // Nothing written, every refusal audited.
    const unchanged = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    expect(unchanged.visits.find((v) => v.id === early.id)?.workerIds).toEqual([]);
    expect(unchanged.visits.find((v) => v.id === notTheirs?.id)?.workerIds).toEqual(notTheirs?.workerIds);
    const refused = await t.backend.deps.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('action', '=', 'teamWeek.takeOpenVisit')
      .execute();
    expect(refused.filter((r) => r.outcome === 'failure').length).toBeGreaterThanOrEqual(4);
  });

  it('is for workers: a coordinator has the board instead', async () => {
    expect(await coordinator.raw('teamWeek.get', { isoWeek: WEEK })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
