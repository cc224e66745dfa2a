import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';

// "Now" is Monday 23 Nov 2026, 09:00 in London.
const TODAY = '2026-11-23';

describe('hub kiosk', () => {
  let bed: HubBed;
  beforeEach(async () => {
    bed = await openHubBed();
  });
  afterEach(async () => {
    await bed.close();
  });

  async function todaysPass(date = TODAY) {
    const sam = await bed.as('sam.patel');
    const booking = await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date, period: 'day' });
    return { booking, pass: await sam.ok('hub.bookingPass', { bookingId: booking.id }) };
  }

  it('ends the person’s session when the window becomes the kiosk, and shows no one’s name', async () => {
    const kiosk = await bed.kiosk();
    expect(await kiosk.call('auth.session', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'kiosk' },
    });
    await todaysPass();
    const status = await kiosk.ok('hub.kioskStatus', {});
    expect(status).toMatchObject({ kioskName: 'Front desk', open: true, evacuation: false, today: TODAY });
    expect(status.freeSpaces.map((s) => s.name)).not.toContain('Desk 1');
    expect(JSON.stringify(status)).not.toMatch(/Sam|Patel|Jo Brown|Cal Reyes/);
  });

  it('signs a visitor in with their booking’s QR code, checks it in and refuses a second sign-in', async () => {
    const { booking, pass } = await todaysPass();
    expect(pass.qr.modules.length).toBe(pass.qr.size);
    const kiosk = await bed.kiosk();
    const receipt = await kiosk.ok('hub.kioskSignInWithPass', { token: pass.token, acceptHouseRules: true });
    expect(receipt).toEqual({
      message: 'You are signed in. Your space is Desk 1, Ground floor.',
      spaceName: 'Desk 1',
      floorName: 'Ground floor',
    });
    const sam = await bed.as('sam.patel');
    expect((await sam.ok('hub.myBookings', { from: null }))[0]).toMatchObject({ id: booking.id, status: 'checked_in' });
    expect(await kiosk.call('hub.kioskSignInWithPass', { token: pass.token, acceptHouseRules: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'already_signed_in' },
    });
    expect((await sam.ok('hub.mySignIns', {}))[0]).toMatchObject({
      date: TODAY,
      signedOutAt: null,
      spaceName: 'Desk 1',
    });
  });

  it('refuses a code forged, for another day or expired, and one without the house rules accepted', async () => {
    const { pass } = await todaysPass();
    const kiosk = await bed.kiosk();
    const last = pass.token.slice(-1) === 'A' ? 'B' : 'A';
    const forged = await kiosk.call('hub.kioskSignInWithPass', {
      token: pass.token.slice(0, -1) + last,
      acceptHouseRules: true,
    });
    expect(forged).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'forged', issues: [{ path: ['token'] }] },
    });
    const retargeted = pass.token.replace(TODAY, '2026-11-24');
    expect(await kiosk.call('hub.kioskSignInWithPass', { token: retargeted, acceptHouseRules: true })).toMatchObject({
      ok: false,
      error: { reason: 'forged' },
    });
    expect(await kiosk.raw('hub.kioskSignInWithPass', { token: pass.token, acceptHouseRules: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['acceptHouseRules'] }] },
    });

    const sam = await bed.as('sam.patel');
    const tomorrow = await sam.ok('hub.book', { spaceId: bed.desks[1]!.id, date: '2026-11-24', period: 'morning' });
    const tomorrowPass = await sam.ok('hub.bookingPass', { bookingId: tomorrow.id });
    const otherDay = await kiosk.call('hub.kioskSignInWithPass', { token: tomorrowPass.token, acceptHouseRules: true });
    expect(otherDay).toMatchObject({
      ok: false,
      error: { reason: 'other_day', message: 'This code is for Tue 24 Nov 2026, not today.' },
    });

    // The day booking's pass runs until closing (17:30); a minute later it has expired.
    bed.clock.set('2026-11-23T17:31:00.000Z');
    const lateKiosk = await bed.kiosk();
    expect(
      await lateKiosk.call('hub.kioskSignInWithPass', { token: pass.token, acceptHouseRules: true }),
    ).toMatchObject({
      ok: false,
      error: { reason: 'expired', message: 'This code has expired. Sign in with your name instead.' },
    });
    expect(await bed.backend.deps.db.selectFrom('hub_presence').selectAll().execute()).toEqual([]);
  });

  it('signs in by name and organisation: today’s booking, or else a free space as a walk-in', async () => {
    const kiosk = await bed.kiosk();
    await todaysPass();
    expect(
      (
        await kiosk.ok('hub.kioskSignInByName', {
          name: ' sam PATEL ',
          organisationId: bed.organisations.nursing,
          acceptHouseRules: true,
        })
      ).spaceName,
    ).toBe('Desk 1');
    const noSpace = await kiosk.call('hub.kioskSignInByName', {
      name: 'Jo Brown',
      organisationId: bed.organisations.nursing,
      acceptHouseRules: true,
    });
    expect(noSpace).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['spaceId'] }] } });
    const walkIn = await kiosk.ok('hub.kioskSignInByName', {
      name: 'Jo Brown',
      organisationId: bed.organisations.nursing,
      spaceId: bed.desks[2]!.id,
      acceptHouseRules: true,
    });
    expect(walkIn.spaceName).toBe('Desk 3');
    const jo = await bed.as('jo.brown');
    expect((await jo.ok('hub.myBookings', { from: null }))[0]).toMatchObject({
      walkIn: true,
      status: 'checked_in',
      period: 'morning',
    });
    const unknown = await kiosk.call('hub.kioskSignInByName', {
      name: 'Nobody Here',
      organisationId: bed.organisations.nursing,
      spaceId: bed.desks[3]!.id,
      acceptHouseRules: true,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'not_found' } });
  });

  it('refuses sign-out without a sign-in, and signs out the way the person signed in', async () => {
    const kiosk = await bed.kiosk();
    const nobody = await kiosk.call('hub.kioskSignOut', {
      method: 'name',
      name: 'Sam Patel',
      organisationId: bed.organisations.nursing,
    });
    expect(nobody).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'not_signed_in',
        message: 'You are not signed in, so there is nothing to sign out of.',
      },
    });
    const contractor = { name: 'Alex Fixit', company: 'Lift Repairs Ltd' };
    await kiosk.ok('hub.kioskSignInContractor', { ...contractor, acceptHouseRules: true });
    expect((await kiosk.ok('hub.kioskSignOut', { method: 'contractor', ...contractor })).message).toBe(
      'You are signed out. Thank you for visiting.',
    );
    expect(await kiosk.call('hub.kioskSignOut', { method: 'contractor', ...contractor })).toMatchObject({
      ok: false,
      error: { reason: 'not_signed_in' },
    });
  });

  it('signs staff in and out with their own credentials, refusing a wrong password and a visitor', async () => {
    const kiosk = await bed.kiosk();
    expect(
      await kiosk.call('hub.kioskStaffSignIn', { username: 'worker', password: 'not-the-password' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await kiosk.call('hub.kioskStaffSignIn', { username: 'sam.patel', password: HUB_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'visitor' },
    });
    await kiosk.ok('hub.kioskStaffSignIn', { username: 'worker', password: HUB_PASSWORD });
    const building = await bed.manager.ok('hub.building', {});
    expect(building.floors.flatMap((f) => f.people.map((p) => [p.name, p.kind]))).toEqual([['Wes Lowe', 'staff']]);
    await kiosk.ok('hub.kioskStaffSignOut', { username: 'worker', password: HUB_PASSWORD });
    expect((await bed.manager.ok('hub.building', {})).total).toBe(0);
  });

  it('stops sign-ins during a roll call; only a coordinator or manager ends kiosk mode', async () => {
    const kiosk = await bed.kiosk();
    const worker = await bed.as('worker');
    const rollCall = await worker.ok('hub.startRollCall', {});
    expect((await kiosk.ok('hub.kioskStatus', {})).evacuation).toBe(true);
    expect(
      await kiosk.call('hub.kioskSignInContractor', { name: 'A', company: 'B', acceptHouseRules: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'evacuation' },
    });
    await worker.ok('hub.endRollCall', { rollCallId: rollCall.id });
    await kiosk.ok('hub.kioskSignInContractor', { name: 'A', company: 'B', acceptHouseRules: true });

    expect(await kiosk.call('hub.kioskExit', { username: 'worker', password: HUB_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await kiosk.ok('hub.kioskExit', { username: 'manager', password: HUB_PASSWORD })).toEqual({ ended: true });
    expect(kiosk.token()).toBeNull();
    expect(await bed.manager.ok('hub.kiosks', {})).toEqual([]);
  });

  it('refuses every procedure that is not a kiosk procedure, public ones included', async () => {
    const kiosk = await bed.kiosk();
    for (const name of ['auth.signIn', 'setup.status', 'hub.availability', 'hub.building', 'staff.list'] as const) {
      const result = await kiosk.raw(name, { username: 'manager', password: HUB_PASSWORD });
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'kiosk' } });
    }
  });
});
