import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHubBed, type HubBed } from '@test/fixtures/hub';

// The fixed "now" is Monday 23 Nov 2026, 09:00 in London; the hub opens weekdays 08:30 to 17:30 until changed.
const TUESDAY = '2026-11-24';
const SATURDAY = '2026-11-28';

describe('hub bookings', () => {
  let bed: HubBed;
  beforeEach(async () => {
    bed = await openHubBed();
  });
  afterEach(async () => {
    await bed.close();
  });

  it('books a desk for a morning and shows it as yours to you and as booked (no name) to others', async () => {
    const sam = await bed.as('sam.patel');
    const desk = bed.desks[0]!;
    const booking = await sam.ok('hub.book', { spaceId: desk.id, date: TUESDAY, period: 'morning' });
    expect(booking).toMatchObject({
      status: 'booked',
      forName: 'Sam Patel',
      organisationName: 'District nursing (South)',
    });
    const mine = await sam.ok('hub.availability', { date: TUESDAY });
    expect(mine.spaces.find((s) => s.spaceId === desk.id)).toEqual({
      spaceId: desk.id,
      morning: 'yours',
      afternoon: 'free',
    });
    const jo = await bed.as('jo.brown');
    const theirs = await jo.ok('hub.availability', { date: TUESDAY });
    expect(theirs.spaces.find((s) => s.spaceId === desk.id)?.morning).toBe('taken');
    expect(JSON.stringify(theirs)).not.toContain('Sam');
    expect((await sam.ok('hub.myBookings', { from: null })).map((b) => b.id)).toEqual([booking.id]);
  });

  it('lets exactly one of two people pressing at the same moment have the desk; the other gets CONFLICT', async () => {
    const [sam, jo] = await Promise.all([bed.as('sam.patel'), bed.as('jo.brown')]);
    const desk = bed.desks[1]!;
    const results = await Promise.all([
      sam.call('hub.book', { spaceId: desk.id, date: TUESDAY, period: 'day' }),
      jo.call('hub.book', { spaceId: desk.id, date: TUESDAY, period: 'morning' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (lost && !lost.ok) expect(lost.error.message).toMatch(/Desk 2/);
    const claims = await bed.backend.deps.db
      .selectFrom('hub_claim')
      .selectAll()
      .where('space_id', '=', desk.id)
      .execute();
    const bookings = await bed.backend.deps.db.selectFrom('hub_booking').selectAll().execute();
    // Nothing half-written: the loser's booking row went with its refused claim.
    expect(bookings).toHaveLength(1);
    expect(new Set(claims.map((c) => c.booking_id))).toEqual(new Set([bookings[0]!.id]));
  });

  it('the store itself refuses a second claim on a half-day, whatever was checked before', async () => {
    const sam = await bed.as('sam.patel');
    const desk = bed.desks[2]!;
    await sam.ok('hub.book', { spaceId: desk.id, date: TUESDAY, period: 'afternoon' });
    await expect(
      bed.backend.deps.db
        .insertInto('hub_claim')
        .values({ space_id: desk.id, date: TUESDAY, half: 'pm', booking_id: null, training_session_id: null })
        .execute(),
    ).rejects.toThrow();
  });

  it('refuses a closed day, a period outside opening hours and a past date, naming the field', async () => {
    const sam = await bed.as('sam.patel');
    const desk = bed.desks[0]!;
    const saturday = await sam.call('hub.book', { spaceId: desk.id, date: SATURDAY, period: 'morning' });
    expect(saturday).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['date'] }] } });
    if (!saturday.ok)
      expect(saturday.error.message).toBe('The hub is closed on Sat 28 Nov 2026 (closed on saturdays).');

    const days = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      open: weekday <= 5,
      openMinute: 8 * 60,
      closeMinute: weekday === 2 ? 12 * 60 : 17 * 60,
    }));
    await bed.manager.ok('hub.saveOpeningHours', { days });
    const afternoon = await sam.call('hub.book', { spaceId: desk.id, date: TUESDAY, period: 'afternoon' });
    expect(afternoon).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['period'] }] } });
    if (!afternoon.ok)
      expect(afternoon.error.message).toBe(
        'The hub is not open in the afternoon on Tue 24 Nov 2026: it is open 08:00 to 12:00.',
      );

    await bed.manager.ok('hub.addClosedDay', { date: '2026-11-26', reason: 'Staff training day' });
    const closed = await sam.call('hub.book', { spaceId: desk.id, date: '2026-11-26', period: 'day' });
    if (closed.ok) throw new Error('booked a closed day');
    expect(closed.error.message).toContain('Staff training day'.toLowerCase());

    const past = await sam.call('hub.book', { spaceId: desk.id, date: '2026-11-20', period: 'day' });
    expect(past).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['date'] }] } });
    expect(await bed.backend.deps.db.selectFrom('hub_booking').selectAll().execute()).toEqual([]);
  });

  it('refuses closing a day that has bookings until asked to cancel them', async () => {
    const sam = await bed.as('sam.patel');
    await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: TUESDAY, period: 'day' });
    const refused = await bed.manager.call('hub.addClosedDay', { date: TUESDAY, reason: 'Boiler repair' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'has_bookings' } });
    expect((await sam.ok('hub.myBookings', { from: null }))[0]?.status).toBe('booked');
    expect(
      await bed.manager.ok('hub.addClosedDay', { date: TUESDAY, reason: 'Boiler repair', cancelBookings: true }),
    ).toEqual({ cancelledBookings: 1 });
    expect((await sam.ok('hub.myBookings', { from: null }))[0]?.status).toBe('cancelled');
  });

  it('previews a weekly series with the colliding dates named, and books the rest only when asked', async () => {
    const [sam, jo] = await Promise.all([bed.as('sam.patel'), bed.as('jo.brown')]);
    const desk = bed.desks[3]!;
    await jo.ok('hub.book', { spaceId: desk.id, date: '2026-12-08', period: 'morning' });
    await bed.manager.ok('hub.addClosedDay', { date: '2026-12-22', reason: 'Christmas party' });
    const series = { spaceId: desk.id, startDate: TUESDAY, period: 'morning' as const, weeks: 8 };
    const preview = await sam.ok('hub.previewSeries', series);
    expect(preview.free).toBe(6);
    expect(preview.dates.filter((d) => !d.free)).toEqual([
      { date: '2026-12-08', free: false, reason: 'Desk 4 is already booked for the morning of Tue 8 Dec 2026.' },
      { date: '2026-12-22', free: false, reason: 'The hub is closed on Tue 22 Dec 2026 (christmas party).' },
    ]);
    const refused = await sam.call('hub.bookSeries', series);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'series_collides' } });
    if (!refused.ok)
      expect(refused.error.issues?.map((i) => i.message.slice(0, 15))).toEqual(['Tue 8 Dec 2026:', 'Tue 22 Dec 2026']);
    expect(await sam.ok('hub.myBookings', { from: null })).toEqual([]);
    const booked = await sam.ok('hub.bookSeries', { ...series, bookFreeDatesOnly: true });
    expect(booked.booked.map((b) => b.date)).toEqual([
      '2026-11-24',
      '2026-12-01',
      '2026-12-15',
      '2026-12-29',
      '2027-01-05',
      '2027-01-12',
    ]);
    expect(booked.skipped.map((s) => s.date)).toEqual(['2026-12-08', '2026-12-22']);
    const cancelled = await sam.ok('hub.cancelBooking', { bookingId: booked.booked[2]!.id, wholeSeries: true });
    expect(cancelled).toEqual({ cancelled: 4 });
  });

  it('lets people cancel their own bookings only; a coordinator manages anyone’s', async () => {
    const [sam, jo, coordinator] = await Promise.all([bed.as('sam.patel'), bed.as('jo.brown'), bed.as('coordinator')]);
    const booking = await sam.ok('hub.book', { spaceId: bed.meetingRoom.id, date: TUESDAY, period: 'day' });
    expect(await jo.call('hub.cancelBooking', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await jo.call('hub.book', {
        spaceId: bed.desks[0]!.id,
        date: TUESDAY,
        period: 'day',
        forAccountId: bed.visitors.sam,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const forJo = await coordinator.ok('hub.book', {
      spaceId: bed.desks[0]!.id,
      date: TUESDAY,
      period: 'afternoon',
      forAccountId: bed.visitors.jo,
    });
    expect(forJo.forName).toBe('Jo Brown');
    expect(await coordinator.ok('hub.cancelBooking', { bookingId: booking.id })).toEqual({ cancelled: 1 });
    const free = await jo.ok('hub.availability', { date: TUESDAY });
    expect(free.spaces.find((s) => s.spaceId === bed.meetingRoom.id)).toMatchObject({ morning: 'free' });
  });

  it('refuses a visitor whose organisation was removed, and cancels their bookings from today', async () => {
    const sam = await bed.as('sam.patel');
    await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: TUESDAY, period: 'morning' });
    expect(await bed.manager.ok('hub.removeOrganisation', { id: bed.organisations.nursing })).toEqual({
      visitors: 2,
      cancelledBookings: 1,
    });
    const refused = await sam.call('hub.book', { spaceId: bed.desks[1]!.id, date: TUESDAY, period: 'morning' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok)
      expect(refused.error.message).toBe(
        'District nursing (South) is no longer registered with the hub, so you cannot book or sign in. ' +
          'Ask the hub manager to move the account to the right organisation.',
      );
    const visitors = await bed.manager.ok('hub.visitors', {});
    expect(visitors.find((v) => v.accountId === bed.visitors.sam)?.organisationRemoved).toBe(true);
    await bed.manager.ok('hub.updateVisitor', {
      accountId: bed.visitors.sam,
      displayName: 'Sam Patel',
      organisationId: bed.organisations.gp,
      email: null,
      phone: null,
    });
    expect(
      (await sam.ok('hub.book', { spaceId: bed.desks[1]!.id, date: TUESDAY, period: 'morning' })).organisationName,
    ).toBe('Rushey Green GP practice');
  });

  it('releases a desk not checked in within the no-show window and counts it, by the injected clock', async () => {
    const sam = await bed.as('sam.patel');
    await bed.manager.ok('hub.saveSettings', { noShowMinutes: 15, houseRules: 'Sign in and out.' });
    const today = '2026-11-23';
    const booking = await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: today, period: 'day' });
    const jo = await bed.as('jo.brown');
    const room = await jo.ok('hub.book', { spaceId: bed.meetingRoom.id, date: today, period: 'morning' });
    // Booked at 09:00, after the day's start: the window runs from the booking, so it is kept until 09:15.
    bed.clock.set('2026-11-23T09:14:00.000Z');
    // (Each look signs in afresh: moving the clock this far would idle-lock a session.)
    expect(
      (await (await bed.as('jo.brown')).ok('hub.availability', { date: today })).spaces.find(
        (s) => s.spaceId === bed.desks[0]!.id,
      ),
    ).toMatchObject({
      morning: 'taken',
    });
    bed.clock.set('2026-11-23T09:15:00.000Z');
    const seen = await (await bed.as('jo.brown')).ok('hub.availability', { date: today });
    expect(seen.spaces.find((s) => s.spaceId === bed.desks[0]!.id)).toMatchObject({
      morning: 'free',
      afternoon: 'free',
    });
    const samNow = await bed.as('sam.patel');
    expect((await samNow.ok('hub.myBookings', { from: today })).find((b) => b.id === booking.id)?.status).toBe(
      'no_show',
    );
    // Rooms are not released: only desks are hot-desked.
    const joNow = await bed.as('jo.brown');
    expect((await joNow.ok('hub.myBookings', { from: today })).find((b) => b.id === room.id)?.status).toBe('booked');
    const usage = await (await bed.as('manager')).ok('hub.usage', { from: today, to: today });
    expect(usage.organisations.find((o) => o.name === 'District nursing (South)')).toMatchObject({ noShows: 1 });
  });

  it('keeps a desk booked before the no-show window ends', async () => {
    const sam = await bed.as('sam.patel');
    const booking = await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: '2026-11-23', period: 'afternoon' });
    bed.clock.set('2026-11-23T13:20:00.000Z');
    const later = await bed.as('sam.patel');
    expect((await later.ok('hub.myBookings', { from: null }))[0]).toMatchObject({ id: booking.id, status: 'booked' });
    bed.clock.set('2026-11-23T13:31:00.000Z');
    expect((await (await bed.as('sam.patel')).ok('hub.myBookings', { from: null }))[0]).toMatchObject({
      id: booking.id,
      status: 'no_show',
    });
  });

  it('writes a booking as an .ics event in UTC and refuses another person’s', async () => {
    const sam = await bed.as('sam.patel');
    const booking = await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: '2027-06-01', period: 'morning' });
    const file = await sam.ok('hub.bookingIcs', { bookingId: booking.id });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    // 08:30 to 13:00 British Summer Time is 07:30 to 12:00 UTC.
    expect(text).toContain('DTSTART:20270601T073000Z');
    expect(text).toContain('DTEND:20270601T120000Z');
    expect(text).toContain('SUMMARY:Desk 1 at Test Hub');
    const jo = await bed.as('jo.brown');
    expect(await jo.call('hub.bookingIcs', { bookingId: booking.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
