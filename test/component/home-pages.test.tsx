import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  aCompleteStaffMember,
  aCourse,
  anAccountForEachRole,
  aRequirement,
  aTrainingRecord,
  daysFromToday,
  openBranch,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const HEADINGS = {
  manager: [
    'This week’s cover',
    'Compliance due',
    'Off sick today',
    'Pay floor',
    'Training expiring',
    'Ethical Care Charter',
    'Apprenticeships',
    'In the building now',
    'Hub bookings today',
    'Forgotten sign-outs',
  ],
  coordinator: [
    'Today’s visits with nobody',
    'Off sick today',
    'Next week',
    'This week’s cover',
    'Hours against guaranteed hours',
    'In the building now',
    'Hub bookings today',
    'Forgotten sign-outs',
  ],
  trainer: ['Today’s sessions', 'Registers to submit', 'Training expiring'],
  worker: ['Your week', 'Your training', 'Your career pathway'],
  visitor: ['Your bookings at the hub'],
} as const;

describe('each role lands on its own home page', () => {
  it.each(Object.entries(HEADINGS))('a %s signs in and sees their home', async (role, headings) => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const { user } = renderApp(tb, '/');
    await signInAs(user, screen, role);
    expect(await screen.findByRole('heading', { level: 1, name: /^Hello, / }, { timeout: 10_000 })).toBeInTheDocument();
    // The date under the greeting is the backend's today (the tests' Monday), never the machine's.
    expect(screen.getByText('Mon 23 Nov 2026')).toBeInTheDocument();
    for (const heading of headings)
      expect(await screen.findByRole('heading', { level: 2, name: heading }, { timeout: 10_000 })).toBeInTheDocument();
    const others = Object.entries(HEADINGS)
      .filter(([other]) => other !== role)
      .flatMap(([, names]) => names)
      .filter((name) => !(headings as readonly string[]).includes(name));
    for (const heading of others) expect(screen.queryByRole('heading', { level: 2, name: heading })).toBeNull();
  });

  it('gives the trainer’s expiry chart a table of the same figures for screen readers', async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const course = await aCourse(tb, { name: 'Moving and handling' });
    await aRequirement(tb, course.id);
    const worker = await aCompleteStaffMember(tb);
    await aTrainingRecord(tb, {
      staffId: worker.id,
      courseId: course.id,
      completedOn: '2025-12-13',
      expiresOn: daysFromToday(20),
    });
    const { user } = renderApp(tb, '/');
    await signInAs(user, screen, 'trainer');
    expect(
      await screen.findByText(
        '0 expired and 1 expiring soon; 1 of them with no renewal booked.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Expired and expiring training by course' });
    const row = within(table).getByRole('row', { name: /Moving and handling/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1']);
  });
});
