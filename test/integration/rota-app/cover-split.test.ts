import { afterEach, describe, expect, it } from 'vitest';
import { openBranch } from '@test/fixtures/builders';
import { aVisitToSplit, SPLIT_WEEK as WEEK } from '@test/fixtures/rota-split-scenario';
import type { TestBackend } from '@test/fixtures/test-backend';
import { weekFigures } from '@main/services/sync/week-figures';
import type { TestClient } from '@test/fixtures/in-process-client';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function aSplitWeek() {
  const tb = await openBranch();
  t = tb;
  const built = await aVisitToSplit(tb);
  return { tb, coordinator: await tb.signedIn('coordinator'), ...built };
}

const visitsOf = async (c: TestClient, clientVisitId: string) =>
  (await c.ok('rota.getWeek', { isoWeek: WEEK })).visits
    .filter((v) => v.id === clientVisitId || v.id.startsWith(`${clientVisitId}:`))
    .map((v) => ({
      id: v.id,
      startMinute: v.startMinute,
      durationMinutes: v.durationMinutes,
      workerIds: v.workerIds,
      splitPart: v.splitPart,
    }));

async function refusal(c: TestClient, call: Promise<Awaited<ReturnType<TestClient['call']>>>) {
  const result = await call;
  if (result.ok) throw new Error('expected a refusal');
  return { ...result.error, fields: (result.error.issues ?? []).map((i) => i.path.join('.')) };
}

const agreed = { agreedBy: 'Pat Green', agreedOn: '2026-11-23' };

/** Ann 09:00–09:45, then Cy 09:45–10:30, as Pat agreed. */
const annThenCy = (s: { visitId: string; annId: string; cyId: string }) => ({
  isoWeek: WEEK,
  visitId: s.visitId,
  firstMinutes: 45,
  secondStartMinute: 9 * 60 + 45,
  firstWorkerId: s.annId,
  secondWorkerId: s.cyId,
  ...agreed,
});

describe('cover: split a visit in two with the person’s agreement', () => {
  it('offers the split nobody could take whole in words, each part to a team member free then', async () => {
    const { coordinator, visitId, annId, cyId, doubleUpId } = await aSplitWeek();
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    expect(options.moves).toEqual([]);
    expect(options.splitNotPossible).toBeNull();
    const [best] = options.splits;
    expect(best).toMatchObject({
      firstMinutes: 45,
      secondStartMinute: 9 * 60 + 45,
      secondMinutes: 45,
      firstWorkerId: annId,
      secondWorkerId: cyId,
      words: 'Ann Lee 09:00–09:45, then Cy Park 09:45–10:30',
    });
    expect(best?.effect).toMatch(/^second part straight after the first; Ann Lee: .*; Cy Park: /);
    // Cy is free later too: the second part may wait up to the 30 minutes Pat agreed, never more.
    expect(options.splits.map((s) => s.words)).toContain('Ann Lee 09:00–09:45, then Cy Park 10:00–10:45');
    for (const s of options.splits) {
      expect(s.firstMinutes).toBeGreaterThanOrEqual(30);
      expect(s.secondMinutes).toBeGreaterThanOrEqual(30);
      expect(s.secondStartMinute - (9 * 60 + s.firstMinutes)).toBeLessThanOrEqual(30);
    }
    expect(JSON.stringify(options)).not.toMatch(/cost|\d\.\d/);
    const doubleUp = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId: doubleUpId });
    expect(doubleUp.splits).toEqual([]);
    expect(doubleUp.splitNotPossible).toMatch(/^A double-up visit is not split here/);
  }, 60_000);

  it('checks, changing nothing, then splits with the agreement recorded and audited; undo and redo', async () => {
    const { tb, coordinator, visitId, annId, cyId } = await aSplitWeek();
    const input = annThenCy({ visitId, annId, cyId });
    const whole = [{ id: visitId, startMinute: 540, durationMinutes: 90, workerIds: [] }];
    const check = await coordinator.ok('rotaCover.split', { ...input, checkOnly: true });
    expect(check).toEqual({
      saved: false,
      problems: [],
      summary:
        'Split Pat Green’s visit on Tue 24 Nov 2026 at 09:00 in two: Ann Lee 09:00–09:45, then Cy Park 09:45–10:30 ' +
        '(agreed by Pat Green on Mon 23 Nov 2026)',
    });
    expect(await visitsOf(coordinator, visitId)).toEqual(whole);

    const done = await coordinator.ok('rotaCover.split', input);
    expect(done).toMatchObject({ saved: true, summary: check.summary });
    const split = [
      { id: visitId, startMinute: 540, durationMinutes: 45, workerIds: [annId], splitPart: 1 },
      { id: `${visitId}:part-2`, startMinute: 585, durationMinutes: 45, workerIds: [cyId], splitPart: 2 },
    ];
    expect(await visitsOf(coordinator, visitId)).toEqual(split);
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    expect(options.records).toEqual([
      {
        kind: 'split_agreement',
        words: 'Pat Green agreed on Mon 23 Nov 2026 to the visit in two parts: 45 minutes, then 45 minutes from 09:45',
      },
    ]);
    const manager = await tb.signedIn('manager');
    const [entry] = await manager.ok('audit.list', { action: 'rotaCover.split' });
    expect(entry?.detail).toBe(done.summary);

    expect((await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).undo?.summary).toBe(done.summary);
    await coordinator.ok('rota.undo', { isoWeek: WEEK });
    expect(await visitsOf(coordinator, visitId)).toEqual(whole);
    await coordinator.ok('rota.redo', { isoWeek: WEEK });
    expect(await visitsOf(coordinator, visitId)).toEqual(split);
    // Split once: the first part now has a worker, and the second part is not split again.
    const again = await refusal(coordinator, coordinator.call('rotaCover.split', input));
    expect(again.fields).toEqual(['visitId']);
  }, 60_000);

  it('refuses parts under 30 minutes, overlapping or outside the flexibility, outsiders and double-ups', async () => {
    const { coordinator, visitId, annId, cyId, boId, doubleUpId } = await aSplitWeek();
    const base = annThenCy({ visitId, annId, cyId });
    const cases = [
      [
        { firstMinutes: 65 },
        'firstMinutes',
        'Each part must be at least 30 minutes: a 65-minute first part leaves 25.',
      ],
      [{ secondStartMinute: 570 }, 'secondStartMinute', 'The second part cannot start before the first ends at 09:45.'],
      [
        { secondStartMinute: 630 },
        'secondStartMinute',
        '10:30 is more than the 30 minutes the person agreed after the first part ends at 09:45.',
      ],
      [{ secondWorkerId: boId }, 'secondWorkerId', /needs the person’s consent recorded first/],
      [{ agreedOn: '2026-11-24' }, 'agreedOn', /cannot be in the future/],
      [{ visitId: doubleUpId }, 'visitId', /^A double-up visit is not split here/],
    ] as const;
    for (const [change, field, message] of cases) {
      const refused = await refusal(coordinator, coordinator.call('rotaCover.split', { ...base, ...change }));
      expect(refused.fields).toEqual([field]);
      expect(refused.message).toMatch(message);
    }
    // A worker the validator finds not free for a part is refused as a breach, in words, and nothing is saved.
    const clash = await refusal(
      coordinator,
      coordinator.call('rotaCover.split', { ...base, firstWorkerId: cyId, secondWorkerId: annId }),
    );
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toMatch(/^This change breaks a rule: .*available/);
    expect(await visitsOf(coordinator, visitId)).toEqual([
      { id: visitId, startMinute: 540, durationMinutes: 90, workerIds: [] },
    ]);
  }, 60_000);

  it('on a published week, records each part as a change naming the worker to tell', async () => {
    const { coordinator, visitId, annId, cyId } = await aSplitWeek();
    const week = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp: week.stamp });
    await coordinator.ok('rotaCover.split', annThenCy({ visitId, annId, cyId }));
    const changes = await coordinator.ok('rota.changes', { isoWeek: WEEK });
    expect(
      changes
        .map((c) => ({ visitId: c.visitId, before: c.before, after: c.after, workerIds: c.workerIds }))
        .sort((a, b) => a.visitId.localeCompare(b.visitId)),
    ).toEqual([
      { visitId, before: 'unassigned (09:00)', after: 'Ann Lee at 09:00', workerIds: [annId] },
      {
        visitId: `${visitId}:part-2`,
        before: 'not yet a visit of its own',
        after: 'Cy Park at 09:45',
        workerIds: [cyId],
      },
    ]);
    // No undo on a published week: its changes are told instead.
    expect(await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).toEqual({ undo: null, redo: null });
  }, 60_000);

  it('pays each worker for their part and counts the parts as the one agreed visit’s time', async () => {
    const { tb, coordinator, visitId, annId, cyId } = await aSplitWeek();
    await coordinator.ok('rotaCover.split', annThenCy({ visitId, annId, cyId }));
    const week = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp: week.stamp });
    const pay = await coordinator.ok('rota.payView', { isoWeek: WEEK });
    const tuesday = (staffId: string) =>
      pay.workers
        .find((w) => w.staffId === staffId)
        ?.stretches.filter((s) => s.date === '2026-11-24')
        .map((s) => ({ visits: s.visits, visitMinutes: s.visitMinutes }));
    expect(tuesday(annId)).toEqual([{ visits: 1, visitMinutes: 45 }]);
    expect(tuesday(cyId)).toEqual([{ visits: 1, visitMinutes: 45 }]);
    // The council summary counts Pat's one agreed visit (and Dee's), all their minutes, and no short visit.
    const { careDelivery } = await weekFigures(tb.backend.deps.db, WEEK, tb.clock.now());
    expect(careDelivery).toMatchObject({ plannedVisits: 2, plannedMinutes: 180, visitsUnder30Minutes: 0 });

    // Tuesday afternoon: both parts done as planned. Neither is "shortened" against the whole 90 minutes.
    tb.clock.set('2026-11-24T13:00:00.000Z');
    const later = await tb.signedIn('coordinator');
    const record = (id: string, staffId: string, from: number) =>
      later.ok('actuals.record', {
        isoWeek: WEEK,
        visitId: id,
        staffId,
        arrivalDate: '2026-11-24',
        arrivalMinute: from,
        departureDate: '2026-11-24',
        departureMinute: from + 45,
      });
    await record(visitId, annId, 540);
    await record(`${visitId}:part-2`, cyId, 585);
    const manager = await tb.signedIn('manager');
    const figures = await manager.ok('visitTimes.figures', { kind: 'week', isoWeek: WEEK });
    const pat = figures.byPerson.find((p) => p.name === 'Pat Green');
    expect(pat).toMatchObject({
      completed: 2,
      shortened: 0,
      lengthened: 0,
      plannedMinutesCompleted: 90,
      actualMinutesCompleted: 90,
    });
  }, 60_000);
});
