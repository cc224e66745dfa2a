import { afterEach, describe, expect, it } from 'vitest';
import { openBranch } from '@test/fixtures/builders';
import { anUncoveredVisit, COVER_WEEK as WEEK } from '@test/fixtures/rota-cover-scenario';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let t: TestBackend | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function anUncoveredWeek() {
  const tb = await openBranch();
  t = tb;
  const built = await anUncoveredVisit(tb);
  const coordinator = await tb.signedIn('coordinator');
  return { tb, coordinator, ann: { id: built.annId }, bo: { id: built.boId }, visitId: built.visitId };
}

const visitOn = async (c: TestClient, visitId: string) =>
  (await c.ok('rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === visitId);

async function refusal(c: TestClient, call: Promise<Awaited<ReturnType<TestClient['call']>>>) {
  const result = await call;
  if (result.ok) throw new Error('expected a refusal');
  return { ...result.error, fields: (result.error.issues ?? []).map((i) => i.path.join('.')) };
}

describe('cover: the real options for a visit nobody in the team can take', () => {
  it('offers times within the agreed flexibility, shorter lengths and named outside workers, in words', async () => {
    const { coordinator, visitId } = await anUncoveredWeek();
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    expect(options.moves.length).toBeGreaterThan(0);
    for (const m of options.moves) {
      // Every move is within ±60 minutes of 08:00, ends before Sam's 09:00 visit (Ann walks there), and is Ann.
      expect(m.startMinute).toBeGreaterThanOrEqual(7 * 60);
      expect(m.startMinute + 60).toBeLessThan(9 * 60);
      expect(m.names).toBe('Ann Lee');
      expect(m.effect).toMatch(/^at 0\d:\d\d, \d+ minutes earlier than agreed; .*travel/);
    }
    expect(options.shortestMinutes).toBe(30);
    expect(options.shorter.map((s) => s.durationMinutes)).toEqual([45, 30]);
    expect(options.shorter[0]?.effect).toMatch(/^45 minutes instead of 60; /);
    expect(options.outside.map((o) => o.names)).toEqual(['Bo Khan']);
    expect(options.outside[0]?.effect).toMatch(/^outside the person’s team; /);
    expect(JSON.stringify(options)).not.toMatch(/cost|\d\.\d/);
  }, 60_000);

  it('moves and assigns after a check that changes nothing; undo puts the visit back uncovered', async () => {
    const { tb, coordinator, ann, visitId } = await anUncoveredWeek();
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    const move = options.moves[0];
    if (!move) throw new Error('no move offered');
    const input = { isoWeek: WEEK, visitId, startMinute: move.startMinute, workerIds: move.workerIds };
    const check = await coordinator.ok('rotaCover.move', { ...input, checkOnly: true });
    expect(check).toMatchObject({ saved: false, problems: [] });
    expect(check.summary).toMatch(
      /^Moved Pat Green’s visit on Tue 24 Nov 2026 at 08:00 to 0\d:\d\d and gave it to Ann/,
    );
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [], startMinute: 480 });

    const done = await coordinator.ok('rotaCover.move', input);
    expect(done.saved).toBe(true);
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [ann.id], startMinute: move.startMinute });
    const manager = await tb.signedIn('manager');
    const [entry] = await manager.ok('audit.list', { action: 'rotaCover.move' });
    expect(entry?.detail).toBe(done.summary);

    expect((await coordinator.ok('rota.editHistory', { isoWeek: WEEK })).undo?.summary).toBe(done.summary);
    await coordinator.ok('rota.undo', { isoWeek: WEEK });
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [], startMinute: 480 });
  }, 60_000);

  it('refuses a time outside the agreed flexibility, and a worker outside the team, naming why', async () => {
    const { coordinator, ann, bo, visitId } = await anUncoveredWeek();
    const late = await refusal(
      coordinator,
      coordinator.call('rotaCover.move', { isoWeek: WEEK, visitId, startMinute: 9 * 60 + 30, workerIds: [ann.id] }),
    );
    expect(late.fields).toEqual(['startMinute']);
    expect(late.message).toBe('09:30 is outside the ±60 minutes the person agreed around 08:00.');
    const outsider = await refusal(
      coordinator,
      coordinator.call('rotaCover.move', { isoWeek: WEEK, visitId, startMinute: 7 * 60, workerIds: [bo.id] }),
    );
    expect(outsider.fields).toEqual(['workerIds']);
    expect(outsider.message).toMatch(/needs the person’s consent recorded first/);
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [], startMinute: 480 });
  }, 60_000);

  it('shortens with the agreement recorded; below 30 minutes without a short-visit agreement is refused', async () => {
    const { coordinator, ann, visitId } = await anUncoveredWeek();
    const base = { isoWeek: WEEK, visitId, workerIds: [ann.id], agreedBy: 'Pat Green', agreedOn: '2026-11-23' };
    const tooShort = await refusal(
      coordinator,
      coordinator.call('rotaCover.shorten', { ...base, durationMinutes: 20 }),
    );
    expect(tooShort.fields).toEqual(['durationMinutes']);
    expect(tooShort.message).toMatch(/^Visits under 30 minutes need the person’s agreement to a short visit/);
    const noneAgreed = await refusal(
      coordinator,
      coordinator.call('rotaCover.shorten', { ...base, agreedBy: '  ', durationMinutes: 45 }),
    );
    expect(noneAgreed.fields).toEqual(['agreedBy']);
    const future = await refusal(
      coordinator,
      coordinator.call('rotaCover.shorten', { ...base, agreedOn: '2026-11-25', durationMinutes: 45 }),
    );
    expect(future.fields).toEqual(['agreedOn']);
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [], durationMinutes: 60 });

    const done = await coordinator.ok('rotaCover.shorten', { ...base, durationMinutes: 45 });
    expect(done.summary).toMatch(/from 60 to 45 minutes \(agreed by Pat Green on Mon 23 Nov 2026\) and gave it to Ann/);
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [ann.id], durationMinutes: 45 });
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    expect(options.records).toEqual([
      { kind: 'shorter_agreement', words: 'Pat Green agreed on Mon 23 Nov 2026 to a 45-minute visit' },
    ]);

    await coordinator.ok('rota.undo', { isoWeek: WEEK });
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [], durationMinutes: 60 });
  }, 60_000);

  it('gives the visit to a worker outside the team only with consent for that visit recorded', async () => {
    const { tb, coordinator, bo, visitId } = await anUncoveredWeek();
    // The default holds: without consent the validator refuses a worker outside the team.
    const plain = await refusal(
      coordinator,
      coordinator.call('rota.edit', { isoWeek: WEEK, edit: { kind: 'assign', visitId, workerIds: [bo.id] } }),
    );
    expect(plain.code).toBe('CONFLICT');
    expect(plain.message).toMatch(/worker is not in the person’s chosen team/);
    const consent = { consentBy: 'Jo Green', relationship: 'daughter', consentOn: '2026-11-23' };
    const noConsent = await refusal(
      coordinator,
      // What a caller that skips the form would send: the consent left out.
      coordinator.call('rotaCover.askOutside', { isoWeek: WEEK, visitId, workerId: bo.id } as never),
    );
    expect(noConsent.code).toBe('VALIDATION');
    expect(noConsent.fields).toEqual(expect.arrayContaining(['consentBy', 'relationship', 'consentOn']));
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [] });

    const done = await coordinator.ok('rotaCover.askOutside', { isoWeek: WEEK, visitId, workerId: bo.id, ...consent });
    expect(done.summary).toMatch(
      /to Bo Khan, outside the team, with the consent of Jo Green \(daughter\) given on Mon/,
    );
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [bo.id] });
    // The stored consent keeps holding: a later edit to the visit validates, and planning the week again from the
    // current plan (the visit pinned) keeps Bo on it.
    await coordinator.ok('rota.edit', { isoWeek: WEEK, edit: { kind: 'pin', visitId, pinned: true } });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 1000, fromCurrent: true });
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [bo.id], pinned: true });
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    expect(options.records[0]?.words).toBe(
      'Jo Green (daughter) consented on Mon 23 Nov 2026 to Bo Khan for this visit',
    );
    const manager = await tb.signedIn('manager');
    const [entry] = await manager.ok('audit.list', { action: 'rotaCover.askOutside' });
    expect(entry?.detail).toBe(done.summary);
  }, 60_000);

  it('records that the person was told and why; the visit stays uncovered and shows "person told"', async () => {
    const { tb, coordinator, visitId } = await anUncoveredWeek();
    const input = {
      isoWeek: WEEK,
      visitId,
      reason: 'Nobody in the team is free and Pat would rather not change the time',
      toldBy: 'Chris the coordinator',
      toldOn: '2026-11-23',
    };
    const missing = await refusal(coordinator, coordinator.call('rotaCover.tellPerson', { ...input, reason: '' }));
    expect(missing.fields).toEqual(['reason']);
    expect((await visitOn(coordinator, visitId))?.personTold).toBe(false);
    const done = await coordinator.ok('rotaCover.tellPerson', input);
    expect(done.saved).toBe(true);
    expect(await visitOn(coordinator, visitId)).toMatchObject({ workerIds: [], personTold: true });
    const options = await coordinator.ok('rotaCover.options', { isoWeek: WEEK, visitId });
    expect(options.personTold).toBe(true);
    expect(options.records[0]?.words).toBe(`Chris the coordinator told the person on Mon 23 Nov 2026: ${input.reason}`);
    const manager = await tb.signedIn('manager');
    const [entry] = await manager.ok('audit.list', { action: 'rotaCover.tellPerson' });
    expect(entry?.detail).toBe(done.summary);
  }, 60_000);
});
