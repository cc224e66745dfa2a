import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openBranch, write } from '@test/fixtures/builders';
import { aVisitToSplit, SPLIT_WEEK } from '@test/fixtures/rota-split-scenario';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

const visitsOf = async (visitId: string) =>
  (await write(tb as TestBackend, 'rota.getWeek', { isoWeek: SPLIT_WEEK })).visits
    .filter((v) => v.id === visitId || v.id === `${visitId}:part-2`)
    .map((v) => ({ start: v.startMinute, minutes: v.durationMinutes, workerIds: v.workerIds }));

describe('splitting a visit in two from the visit panel', () => {
  it('offers the parts in words, asks who agreed, checks, then confirms', async () => {
    tb = await openBranch();
    const built = await aVisitToSplit(tb);
    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: SPLIT_WEEK } });
    await user.click(await screen.findByRole('tab', { name: /^Unassigned/ }, { timeout: 30_000 }));
    await user.click(screen.getByRole('button', { name: 'Tue 24 Nov 2026 09:00 · Pat Green' }));
    const section = await screen.findByRole('region', { name: /^Cover this visit/ }, { timeout: 15_000 });
    await user.click(
      await within(section).findByLabelText(/^Split it in two, with the person’s agreement \(\d choices?\)/),
    );

    const parts = within(section).getByRole('group', { name: 'Two parts (each at least 30 minutes)' });
    const best = within(parts).getByLabelText('Ann Lee 09:00–09:45, then Cy Park 09:45–10:30');
    expect(best).toHaveAccessibleDescription(/^Second part straight after the first; Ann Lee: .*; Cy Park: /);
    await user.click(best);
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    expect(await within(section).findAllByText('Enter who agreed to the visit in two parts')).not.toHaveLength(0);

    await user.type(within(section).getByLabelText('Who agreed to the visit in two parts', { exact: false }), 'Pat');
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    expect(await within(section).findByText('Check before you confirm')).toBeVisible();
    expect(
      within(section).getByText(
        'Split Pat Green’s visit on Tue 24 Nov 2026 at 09:00 in two: Ann Lee 09:00–09:45, then Cy Park ' +
          '09:45–10:30 (agreed by Pat on Mon 23 Nov 2026).',
      ),
    ).toBeVisible();
    expect(await visitsOf(built.visitId)).toEqual([{ start: 540, minutes: 90, workerIds: [] }]);

    await user.click(within(section).getByRole('button', { name: 'Confirm the visit in two parts' }));
    expect(
      await screen.findByText(/^Split Pat Green’s visit .* \(agreed by Pat on Mon 23 Nov 2026\)\.$/),
    ).toBeVisible();
    await waitFor(async () =>
      expect(await visitsOf(built.visitId)).toEqual([
        { start: 540, minutes: 45, workerIds: [built.annId] },
        { start: 585, minutes: 45, workerIds: [built.cyId] },
      ]),
    );
    // On the board each part says it is one of two, so nobody takes the second for a visit of its own.
    await user.click(screen.getByRole('tab', { name: /^Board/ }));
    const grid = await screen.findByRole('grid', { name: 'Rota board' }, { timeout: 15_000 });
    expect(await within(grid).findByText(/Pat Green \(part 1 of 2\)$/, {}, { timeout: 15_000 })).toBeVisible();
    expect(within(grid).getByText(/Pat Green \(part 2 of 2\)$/)).toBeVisible();
  }, 120_000);

  it('says plainly that a double-up visit is not split', async () => {
    tb = await openBranch();
    await aVisitToSplit(tb);
    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    fireEvent.change(await screen.findByLabelText('Week'), { target: { value: SPLIT_WEEK } });
    await user.click(await screen.findByRole('tab', { name: /^Unassigned/ }, { timeout: 30_000 }));
    await user.click(screen.getByRole('button', { name: 'Wed 25 Nov 2026 09:00 · Dee Moss' }));
    const section = await screen.findByRole('region', { name: /^Cover this visit/ }, { timeout: 15_000 });
    const split = await within(section).findByLabelText('Split it in two (not for this visit)');
    expect(split).toBeDisabled();
    expect(split).toHaveAccessibleDescription(/^A double-up visit is not split here: each part would still need two/);
  }, 120_000);
});
