import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  anAccount,
  aQuickPlanner,
  aWeekOfVisits,
  aWorkerClearedToWork,
  CLEARED_DBS,
  openBranch,
  write,
} from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const WEEK = '2026-W48'; // the tests' today, Mon 23 Nov 2026, is in it

describe('the team meetings a worker is invited to', () => {
  it('lists them on the home page and the Team meetings page in words, and shows a cancelled one', async () => {
    tb = await openBranch();
    await aQuickPlanner(tb, 1000);
    await anAccount(tb, 'coordinator');
    const me = (await anAccount(tb, 'worker', { staff: { sensitive: CLEARED_DBS } })).staffId as string;
    const other = await aWorkerClearedToWork(tb);
    const hood = await aWeekOfVisits(tb, { people: 1, workers: [me, other.id] });
    const clientId = hood.clientIds[0] ?? '';
    const times = await write(tb, 'teamMeetings.findTimes', { clientId, isoWeek: WEEK, durationMinutes: 90 });
    const slot = times.slots.find((s) => s.free.length === 2);
    if (!slot) throw new Error('no time both workers are free');
    await write(tb, 'teamMeetings.book', {
      clientId,
      date: slot.date,
      startMinute: slot.startMinute,
      durationMinutes: 90,
      staffIds: [me, other.id],
      note: 'Plan Christmas',
    });
    // A second meeting, booked on the Availability page and then cancelled for this worker by a coordinator.
    const [cancelled] = await write(tb, 'availability.addTeamMeeting', {
      staffIds: [me],
      date: '2026-11-27',
      startMinute: 7 * 60,
      endMinute: 8 * 60,
      note: null,
    });
    await write(tb, 'availability.cancelException', { id: cancelled?.id ?? '' });
    const otherName = times.members.find((m) => m.staffId === other.id)?.name ?? '';

    const { user } = renderApp(tb, '/');
    await signInAs(user, screen, 'worker');
    const panel = await screen.findByRole('region', { name: 'Your team meetings' }, { timeout: 30_000 });
    const items = await within(panel).findAllByRole('listitem', {}, { timeout: 15_000 });
    expect(items).toHaveLength(2);
    const booked = items.find((i) => i.textContent?.includes('Plan Christmas'));
    const dropped = items.find((i) => i.textContent?.includes('Fri 27 Nov 2026, 07:00–08:00'));
    expect(booked?.textContent).toMatch(/^\w{3} \d{1,2} Nov 2026, \d\d:\d\d–\d\d:\d\d/);
    expect(booked?.textContent).toContain(`${times.personName}’s team.`);
    expect(booked?.textContent).toContain(`Also invited: ${otherName}.`);
    expect(booked?.textContent).toContain('1 h 30 min of paid time.');
    expect(booked?.textContent).toContain('About: Plan Christmas');
    expect(within(dropped as HTMLElement).getByText('Cancelled')).toBeVisible();
    expect(dropped?.textContent).toContain('This meeting was cancelled for you.');
    expect(dropped?.textContent).not.toContain('paid time');
    expect(document.body.textContent).not.toMatch(/2026-11-\d\d|T\d\d:\d\d/);

    await user.click(screen.getByRole('link', { name: 'Team meetings' }));
    const section = await screen.findByRole('region', { name: 'Meetings you are invited to' }, { timeout: 15_000 });
    expect(await within(section).findAllByRole('listitem')).toHaveLength(2);
  }, 90_000);
});
