import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardVisit } from '@shared/domain/rota-board/board';
import type { TestBackend } from '../fixtures/test-backend';
import type { TestClient } from '../fixtures/in-process-client';
import { aTwoWorkersBranch } from '@test/integration/team-week/two-workers-branch';
import { formatMinute } from '@shared/domain/time/format';
import { renderApp, signInAs } from './render-app';

const WEEK = '2026-W48'; // the tests' now is 09:00 on Mon 23 Nov 2026
const hhmm = (v: BoardVisit) => `${formatMinute(v.startMinute)}–${formatMinute(v.startMinute + v.durationMinutes)}`;

describe('swaps and give-ups on screen', () => {
  let tb: TestBackend;
  let coordinator: TestClient;
  let first: TestClient;
  let second: TestClient;
  let firstId: string;
  let secondId: string;
  let shared: Set<string>;

  beforeAll(async () => {
    const b = await aTwoWorkersBranch(WEEK);
    ({ coordinator, first, second, firstId, secondId } = b);
    tb = b.t;
    // People 0, 2 and 3 have both workers in their team.
    shared = new Set([0, 2, 3].map((i) => b.hood.clientIds[i] ?? ''));
    const { stamp } = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    await coordinator.ok('rota.publish', { isoWeek: WEEK, stamp });
  }, 90_000);
  afterAll(async () => tb.close());

  /** The first worker's single visits on a day, to people in both workers' teams. */
  async function firstWorkersVisits(date: string): Promise<BoardVisit[]> {
    const board = await coordinator.ok('rota.getWeek', { isoWeek: WEEK });
    return board.visits.filter(
      (v) => v.date === date && v.workersNeeded === 1 && v.workerIds[0] === firstId && shared.has(v.clientId),
    );
  }

  const workersOn = async (visitId: string) =>
    (await coordinator.ok('rota.getWeek', { isoWeek: WEEK })).visits.find((v) => v.id === visitId)?.workerIds;

  it('lets a worker give up a visit: the reason is required, the answers are checked, then it waits', async () => {
    const { user } = renderApp(tb, '/team-week');
    await signInAs(user, screen, 'worker');
    const mine = await screen.findByRole('table', { name: 'Your visits still to come' }, { timeout: 30_000 });
    const giveUp = within(mine).getAllByRole('button', { name: /^Give up / })[0] as HTMLElement;
    const visitWords = (giveUp.getAttribute('aria-label') ?? '').replace(/^Give up /, '');
    await user.click(giveUp);

    // No reason: the error shows at the field and in the summary, and nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Enter the reason you are giving it up')).toBeVisible();
    const reason = screen.getByLabelText('Why are you giving it up?');
    expect(reason).toHaveAccessibleDescription(/Enter the reason you are giving it up/);
    expect(await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).toEqual([]);

    await user.type(reason, 'My car is in the garage');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/Check before you send/)).toBeVisible();
    expect(screen.getByText('My car is in the garage')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull(); // the problem fixed is not shown again
    expect(screen.getByText(visitWords)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Give up this visit' }));

    // The branch starts with the coordinator approving every change: it waits, and says so in words.
    expect(await screen.findByText('Your request is sent', {}, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByText('Waiting for the coordinator to approve it.')).toBeVisible();
    const requests = await screen.findByRole('table', { name: 'Your requests' });
    expect(await within(requests).findByText(new RegExp(`gives up the visit to ${visitWords}`))).toBeVisible();
    const stored = await first.ok('teamWeek.changeRequests', { isoWeek: WEEK });
    expect(stored.map((r) => [r.kind, r.status, r.reason])).toEqual([
      ['give_up', 'awaiting_coordinator', 'My car is in the garage'],
    ]);
    expect(document.body.textContent).not.toMatch(/awaiting_coordinator|\d{4}-\d{2}-\d{2}/);
  }, 90_000);

  it('lets a worker ask a teammate to swap: teammate required, answers checked, then sent', async () => {
    // A Wednesday visit the teammate could take under every rule (found by asking once, then declined).
    let visit: BoardVisit | undefined;
    for (const v of await firstWorkersVisits('2026-11-25')) {
      const r = await first.call('teamWeek.proposeSwap', {
        isoWeek: WEEK,
        visitId: v.id,
        teammateId: secondId,
        otherVisitId: null,
      });
      if (!r.ok) continue;
      const asked = r.value.find((x) => x.visit.visitId === v.id && x.status === 'proposed');
      await second.ok('teamWeek.respondToSwap', { requestId: asked?.id ?? '', accept: false });
      visit = v;
      break;
    }
    if (!visit) throw new Error('no swap on Wednesday keeps every rule');
    const before = (await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).length;

    const { user } = renderApp(tb, '/team-week');
    await signInAs(user, screen, 'worker');
    const mine = await screen.findByRole('table', { name: 'Your visits still to come' }, { timeout: 30_000 });
    await user.click(
      within(mine).getByRole('button', {
        name: new RegExp(`^Swap ${visit.clientName}, Wed 25 Nov 2026 ${hhmm(visit)}`),
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose the teammate to swap with');
    expect(screen.getByLabelText('Who do you want to swap with?')).toHaveAccessibleDescription(
      /Choose the teammate to swap with/,
    );
    expect(await first.ok('teamWeek.changeRequests', { isoWeek: WEEK })).toHaveLength(before);

    await user.selectOptions(screen.getByLabelText('Who do you want to swap with?'), secondId);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/Check before you send/)).toBeVisible();
    expect(screen.getByText('None')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Send the swap request' }));
    expect(await screen.findByText('Your request is sent', {}, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByText(/^Waiting for .+ to answer\.$/)).toBeVisible();
    const stored = await first.ok('teamWeek.changeRequests', { isoWeek: WEEK });
    expect(stored.filter((r) => r.visit.visitId === visit.id).map((r) => r.status)).toEqual(['proposed', 'declined']);
  }, 90_000);

  it('lets the teammate accept a proposed swap after confirming, and says it waits for the coordinator', async () => {
    let proposed: BoardVisit | undefined;
    for (const v of await firstWorkersVisits('2026-11-26')) {
      const r = await first.call('teamWeek.proposeSwap', {
        isoWeek: WEEK,
        visitId: v.id,
        teammateId: secondId,
        otherVisitId: null,
      });
      if (r.ok) {
        proposed = v;
        break;
      }
    }
    if (!proposed) throw new Error('no swap on Thursday keeps every rule');

    const { user } = renderApp(tb, '/team-week');
    await signInAs(user, screen, 'worker2');
    const asked = await screen.findByRole('table', { name: 'Swaps asked of you' }, { timeout: 30_000 });
    const what = new RegExp(`asks .* to take the visit to ${proposed.clientName}, Thu 26 Nov 2026 ${hhmm(proposed)}`);
    const row = within(asked).getByText(what).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Accept/ }));
    expect(screen.getByRole('button', { name: 'Yes, accept the swap' })).toBeVisible();
    expect(await workersOn(proposed.id)).toEqual([firstId]);
    await user.click(screen.getByRole('button', { name: 'Yes, accept the swap' }));

    await waitFor(() => expect(within(asked).queryByText(what)).toBeNull(), { timeout: 15_000 });
    const requests = screen.getByRole('table', { name: 'Your requests' });
    const answered = within(requests).getByText(what).closest('tr') as HTMLElement;
    expect(within(answered).getByText('Waiting for the coordinator to approve it')).toBeVisible();
    // Accepted but not approved: the rota has not changed yet.
    expect(await workersOn(proposed.id)).toEqual([firstId]);
  }, 90_000);

  it('lets the coordinator approve a waiting give-up after confirming, and shows the approval setting', async () => {
    const [visit] = (await firstWorkersVisits('2026-11-27')).slice(-1);
    if (!visit) throw new Error('no Friday visit for the first worker');
    await first.ok('teamWeek.giveUp', {
      isoWeek: WEEK,
      visitId: visit.id,
      sickness: false,
      reason: 'A hospital visit',
    });

    const { user } = renderApp(tb, '/team-changes');
    await signInAs(user, screen, 'coordinator');
    expect(await screen.findByRole('heading', { name: 'Week of 23 Nov 2026' }, { timeout: 30_000 })).toBeVisible();
    const waiting = await screen.findByRole('table', { name: 'Changes waiting for approval' }, { timeout: 15_000 });
    const row = (await within(waiting).findByText('A hospital visit')).closest('tr') as HTMLElement;
    expect(
      within(row).getByText(new RegExp(`gives up the visit to ${visit.clientName}, Fri 27 Nov 2026`)),
    ).toBeVisible();
    // The coordinator sees the branch's setting in words; only a manager may change it.
    expect(screen.getByText('The coordinator approves every swap and give-up')).toBeVisible();
    expect(screen.getByText('A manager')).toBeVisible();

    await user.click(within(row).getByRole('button', { name: /^Approve/ }));
    expect(await workersOn(visit.id)).toEqual([firstId]);
    await user.click(screen.getByRole('button', { name: 'Yes, approve the change' }));
    expect(await screen.findByText('Decision made', {}, { timeout: 15_000 })).toBeVisible();
    expect(await workersOn(visit.id)).toEqual([]);
    const every = screen.getByRole('table', { name: 'Every swap and give-up this week' });
    const done = (await within(every).findByText('A hospital visit')).closest('tr') as HTMLElement;
    expect(within(done).getByText('Done: the visit is open for the team')).toBeVisible();
  }, 90_000);

  it('lets the manager choose which changes wait, with the error at the field', async () => {
    const { user } = renderApp(tb, '/team-changes');
    await signInAs(user, screen, 'manager');
    const mode = await screen.findByLabelText('Which changes wait for the coordinator?', {}, { timeout: 30_000 });
    await user.selectOptions(mode, 'beyond_limit');
    const limit = screen.getByLabelText('Hours limit, in minutes');
    await user.clear(limit);
    await user.type(limit, '3000');
    await user.click(screen.getByRole('button', { name: 'Save the approval setting' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The hours limit must be 48 hours or fewer');
    expect(limit).toHaveAccessibleDescription(/The hours limit must be 48 hours or fewer/);
    expect(await coordinator.ok('teamWeek.approval', {})).toEqual({ mode: 'every', hoursLimitMinutes: 120 });

    await user.clear(limit);
    await user.type(limit, '90');
    await user.click(screen.getByRole('button', { name: 'Save the approval setting' }));
    expect(await screen.findByText(/^Saved: only those that change who visits a person/)).toBeVisible();
    expect(await coordinator.ok('teamWeek.approval', {})).toEqual({ mode: 'beyond_limit', hoursLimitMinutes: 90 });
  }, 90_000);
});
