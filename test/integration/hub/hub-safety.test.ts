import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';

describe('hub safety: the building, the roll call, sign-out at closing', () => {
  let bed: HubBed;
  beforeEach(async () => {
    bed = await openHubBed();
  });
  afterEach(async () => {
    await bed.close();
  });

  async function fillBuilding() {
    const sam = await bed.as('sam.patel');
    const booking = await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: '2026-11-23', period: 'day' });
    const pass = await sam.ok('hub.bookingPass', { bookingId: booking.id });
    const kiosk = await bed.kiosk();
    await kiosk.ok('hub.kioskSignInWithPass', { token: pass.token, acceptHouseRules: true });
    await kiosk.ok('hub.kioskStaffSignIn', { username: 'worker', password: HUB_PASSWORD });
    await kiosk.ok('hub.kioskSignInContractor', {
      name: 'Alex Fixit',
      company: 'Lift Repairs Ltd',
      acceptHouseRules: true,
    });
    return kiosk;
  }

  it('lists everyone in the building by floor with the time they came in, for staff but not visitors', async () => {
    await fillBuilding();
    const trainer = await bed.as('trainer');
    const building = await trainer.ok('hub.building', {});
    expect(building.total).toBe(3);
    expect(building.floors.map((f) => [f.floorName, f.people.map((p) => `${p.name} (${p.kind})`)])).toEqual([
      ['Ground floor', ['Sam Patel (visitor)']],
      ['No booked space', ['Wes Lowe (staff)', 'Alex Fixit (contractor)']],
    ]);
    expect(building.floors[0]!.people[0]).toMatchObject({
      organisationName: 'District nursing (South)',
      spaceName: 'Desk 1',
      signedInAt: '2026-11-23T09:00:00.000Z',
    });
    const sam = await bed.as('sam.patel');
    expect(await sam.call('hub.building', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('runs a roll call any staff member can start; each person marked safe is kept in the audit log', async () => {
    await fillBuilding();
    const worker = await bed.as('worker');
    const call = await worker.ok('hub.startRollCall', {});
    expect(call).toMatchObject({ total: 3, safe: 0, endedAt: null, startedBy: 'Wes Lowe' });
    expect(await (await bed.as('coordinator')).call('hub.startRollCall', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const sam = call.lines.find((l) => l.name === 'Sam Patel')!;
    const marked = await worker.ok('hub.markSafe', { rollCallId: call.id, presenceId: sam.presenceId, safe: true });
    expect(marked.safe).toBe(1);
    expect(marked.lines.find((l) => l.name === 'Sam Patel')).toMatchObject({ markedBy: 'Wes Lowe' });
    const audit = await bed.manager.ok('audit.list', { action: 'hub.rollCall' });
    expect(audit.map((a) => [a.action, a.actor, a.entityId])).toEqual([
      ['hub.rollCall.markSafe', 'worker', sam.presenceId],
      ['hub.rollCall.start', 'worker', call.id],
    ]);
    const pdf = await worker.ok('hub.rollCallPdf', { rollCallId: call.id });
    expect(pdf.mediaType).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const ended = await worker.ok('hub.endRollCall', { rollCallId: call.id });
    expect(ended.endedAt).not.toBeNull();
    expect(
      await worker.call('hub.markSafe', { rollCallId: call.id, presenceId: sam.presenceId, safe: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This roll call is closed.' },
    });
  });

  it('signs out at closing the people who forgot, and lists them for that day', async () => {
    await fillBuilding();
    const kiosk = await bed.kiosk();
    await kiosk.ok('hub.kioskSignOut', { method: 'contractor', name: 'alex fixit', company: 'LIFT REPAIRS LTD' });
    // The hub closes at 17:30; by 18:00 the sweep has signed the two others out at closing time.
    bed.clock.set('2026-11-23T18:00:00.000Z');
    const manager = await bed.as('manager');
    expect((await manager.ok('hub.building', {})).total).toBe(0);
    const forgotten = await manager.ok('hub.forgottenSignOuts', { date: '2026-11-23' });
    expect(forgotten.map((f) => [f.name, f.signedOutAt])).toEqual([
      ['Sam Patel', '2026-11-23T17:30:00.000Z'],
      ['Wes Lowe', '2026-11-23T17:30:00.000Z'],
    ]);
    const sam = await bed.as('sam.patel');
    expect((await sam.ok('hub.mySignIns', {}))[0]).toMatchObject({ signedOutAtClosing: true });
  });

  it('lets staff sign out someone who left without doing it', async () => {
    await fillBuilding();
    const coordinator = await bed.as('coordinator');
    const before = await coordinator.ok('hub.building', {});
    const wes = before.floors.flatMap((f) => f.people).find((p) => p.name === 'Wes Lowe')!;
    expect((await coordinator.ok('hub.signOutPerson', { presenceId: wes.presenceId })).total).toBe(2);
    expect(await coordinator.call('hub.signOutPerson', { presenceId: wes.presenceId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
