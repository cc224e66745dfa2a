import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../fixtures/test-backend';
import type { TestClient } from '../fixtures/in-process-client';
import { aTwoWorkersBranch, staffNameOf } from '@test/integration/team-week/two-workers-branch';
import { renderApp, signInAs } from './render-app';

const WEEK = '2026-W48'; // the tests' now is 09:00 on Mon 23 Nov 2026
const THURSDAY = '2026-11-26';

describe('swapping a whole shift on screen', () => {
  let tb: TestBackend;
  let coordinator: TestClient;
  let first: TestClient;
  let firstId: string;
  let secondId: string;
  let secondName: string;

  beforeAll(async () => {
    const b = await aTwoWorkersBranch(WEEK);
    ({ coordinator, first, firstId, secondId } = b);
    tb = b.t;
    const { stamp } = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp });
    // The coordinator sets the two days up, whatever the planner chose: on Thursday the first worker goes to person
    // 2 and the second to person 3 (both in the second worker's teams), so the second worker may take the first
    // worker's whole Thursday shift; on Friday the first worker goes to person 1, whose team the second is not in,
    // and to person 2 (when the times allow), whose team the second is in.
    const { hood } = b;
    const edit = (visitId: string, workerIds: string[]) =>
      coordinator.ok('rota.edit', {
        isoWeek: WEEK,
        edit: workerIds.length === 0 ? { kind: 'unassign', visitId } : { kind: 'assign', visitId, workerIds },
      });
    const FRIDAY = '2026-11-27';
    const twoDays = (await coordinator.ok('rota.getWeek', { isoWeek: WEEK })).visits.filter(
      (v) => (v.date === THURSDAY || v.date === FRIDAY) && v.workersNeeded === 1,
    );
    for (const v of twoDays) if (v.workerIds.includes(firstId) || v.workerIds.includes(secondId)) await edit(v.id, []);
    for (const v of twoDays) {
      const to =
        v.date === THURSDAY && v.clientId === hood.clientIds[2]
          ? firstId
          : v.date === THURSDAY && v.clientId === hood.clientIds[3]
            ? secondId
            : v.date === FRIDAY && v.clientId === hood.clientIds[1]
              ? firstId
              : null;
      if (to) await edit(v.id, [to]);
    }
    for (const v of twoDays)
      if (v.date === FRIDAY && v.clientId === hood.clientIds[2])
        await coordinator.call('rota.edit', {
          isoWeek: WEEK,
          edit: { kind: 'assign', visitId: v.id, workerIds: [firstId] },
        });
    secondName = await staffNameOf(tb, secondId);
  }, 90_000);
  afterAll(async () => tb.close());

  it('offers the shift only to teammates in every team, checks answers with hours each side, then sends', async () => {
    const { user } = renderApp(tb, '/team-week');
    await signInAs(user, screen, 'worker');
    const shifts = await screen.findByRole('table', { name: 'Your shifts still to come' }, { timeout: 30_000 });

    // Friday's shift includes person 1: the second worker is not offered, and the hint says why.
    await user.click(within(shifts).getByRole('button', { name: 'Swap your whole shift on Fri 27 Nov 2026 with…' }));
    const who = screen.getByLabelText('Who do you want to take your shift?');
    expect(within(who).queryByRole('option', { name: secondName })).toBeNull();
    expect(who).toHaveAccessibleDescription(new RegExp(`Not offered: .*${secondName} \\(not in the team of `));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(within(shifts).getByRole('button', { name: 'Swap your whole shift on Thu 26 Nov 2026 with…' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose the teammate to take your shift');
    expect(screen.getByLabelText('Who do you want to take your shift?')).toHaveAccessibleDescription(
      /Choose the teammate to take your shift/,
    );
    expect(await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Who do you want to take your shift?'), secondId);
    await user.selectOptions(
      screen.getByLabelText('Which of their shifts would you take in return? (optional)'),
      THURSDAY,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/Check before you send/)).toBeVisible();
    const answers = screen.getByText('Your visit hours this week').closest('dl') as HTMLElement;
    expect(within(answers).getByText(secondName)).toBeVisible();
    expect(within(answers).getAllByText(/^Thu 26 Nov 2026 \d\d:\d\d–\d\d:\d\d \(\d visits?, to .+\)$/)).toHaveLength(2);
    expect(within(answers).getAllByText(/^\d+ h( \d+ min)? now, \d+ h( \d+ min)? after the swap$/)).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|swap_shift/);
    await user.click(screen.getByRole('button', { name: 'Send the shift swap request' }));

    expect(await screen.findByText('Your shift swap request is sent', {}, { timeout: 15_000 })).toBeVisible();
    const stored = await first.ok('teamWeek.changeRequests', { isoWeek: WEEK });
    expect(stored.map((r) => [r.kind, r.status, r.shift?.date, r.otherShift?.date])).toEqual([
      ['swap_shift', 'proposed', THURSDAY, THURSDAY],
    ]);
  }, 90_000);

  it('lets the teammate accept the shift swap after confirming, and says it waits for the coordinator', async () => {
    const { user } = renderApp(tb, '/team-week');
    await signInAs(user, screen, 'worker2');
    const asked = await screen.findByRole('table', { name: 'Swaps asked of you' }, { timeout: 30_000 });
    const what = /asks .* to take their whole shift on Thu 26 Nov 2026 .*, in exchange for .+’s shift on Thu 26/;
    const row = (await within(asked).findByText(what)).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Accept.*the shift swap of .+’s shift on Thu 26 Nov/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, accept the swap' }));
    await waitFor(() => expect(within(asked).queryByText(what)).toBeNull(), { timeout: 15_000 });
    const requests = screen.getByRole('table', { name: 'Your requests' });
    const answered = within(requests).getByText(what).closest('tr') as HTMLElement;
    expect(within(answered).getByText('Waiting for the coordinator to approve it')).toBeVisible();
  }, 90_000);
});
