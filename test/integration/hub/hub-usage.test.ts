import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHubBed, type HubBed } from '@test/fixtures/hub';

describe('hub use figures', () => {
  let bed: HubBed;
  beforeEach(async () => {
    bed = await openHubBed();
  });
  afterEach(async () => {
    await bed.close();
  });

  it('counts occupancy by day and space, bookings by organisation, the busiest days; exports CSV', async () => {
    const [sam, jo, coordinator] = await Promise.all([bed.as('sam.patel'), bed.as('jo.brown'), bed.as('coordinator')]);
    await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: '2026-11-24', period: 'day' });
    await jo.ok('hub.book', { spaceId: bed.desks[1]!.id, date: '2026-11-24', period: 'morning' });
    const cancelled = await jo.ok('hub.book', { spaceId: bed.desks[1]!.id, date: '2026-11-25', period: 'day' });
    await jo.ok('hub.cancelBooking', { bookingId: cancelled.id });
    await coordinator.ok('hub.book', { spaceId: bed.meetingRoom.id, date: '2026-11-26', period: 'afternoon' });
    const usage = await coordinator.ok('hub.usage', { from: '2026-11-23', to: '2026-11-29' });
    // Six spaces, open two halves a day on weekdays only.
    expect(usage.days.map((d) => [d.date.slice(8), d.bookedHalfDays, d.openHalfDays])).toEqual([
      ['23', 0, 12],
      ['24', 3, 12],
      ['25', 0, 12],
      ['26', 1, 12],
      ['27', 0, 12],
      ['28', 0, 0],
      ['29', 0, 0],
    ]);
    expect(usage.days[1]!.occupancy).toBe(0.25);
    expect(usage.spaces.find((s) => s.name === 'Desk 1')).toMatchObject({ bookedHalfDays: 2, openHalfDays: 10 });
    expect(usage.organisations.map((o) => [o.name, o.bookings, o.cancelled])).toEqual([
      ['District nursing (South)', 2, 1],
      ['Branch staff', 1, 0],
    ]);
    expect(usage.busiestDays[0]!.date).toBe('2026-11-24');
    expect(usage.weekdays.find((w) => w.weekday === 2)).toMatchObject({ openDays: 1, averageBookedHalfDays: 3 });

    await bed.manager.ok('hub.saveOrganisation', {
      id: bed.organisations.gp,
      name: '=HYPERLINK("http://x")',
      kind: 'gp_practice',
      contactName: 'Dr Lee',
      contactEmail: null,
      contactPhone: null,
    });
    await bed.manager.ok('hub.updateVisitor', {
      accountId: bed.visitors.jo,
      displayName: 'Jo Brown',
      organisationId: bed.organisations.gp,
      email: null,
      phone: null,
    });
    await jo.ok('hub.book', { spaceId: bed.desks[2]!.id, date: '2026-11-27', period: 'morning' });
    const file = await coordinator.ok('hub.usageCsv', { from: '2026-11-23', to: '2026-11-29', table: 'organisations' });
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('organisation,type,bookings,no_shows,cancelled,sign_ins');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",GP practice,1,0,0,0`);
    expect(await sam.call('hub.usage', { from: '2026-11-23', to: '2026-11-29' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await coordinator.call('hub.usage', { from: '2026-11-29', to: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['to'] }] },
    });
  });
});
