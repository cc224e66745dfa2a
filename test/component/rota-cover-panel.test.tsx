import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openBranch, write } from '@test/fixtures/builders';
import { anUncoveredVisit, COVER_WEEK, type UncoveredVisit } from '@test/fixtures/rota-cover-scenario';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

/** The board on the uncovered visit's week, with the visit opened from the Unassigned tab. */
async function openCoverPanel(): Promise<{ built: UncoveredVisit; user: ReturnType<typeof renderApp>['user'] }> {
  tb = await openBranch();
  const built = await anUncoveredVisit(tb);
  const { user } = renderApp(tb, '/rota');
  await signInAs(user, screen, 'coordinator');
  fireEvent.change(await screen.findByLabelText('Week'), { target: { value: COVER_WEEK } });
  await user.click(await screen.findByRole('tab', { name: /^Unassigned/ }, { timeout: 30_000 }));
  await user.click(
    screen.getByRole('button', {
      name: `${formatDate(built.date)} ${formatMinute(built.startMinute)} · ${built.clientName}`,
    }),
  );
  await screen.findByRole('group', { name: 'What will you do?' }, { timeout: 15_000 });
  return { built, user };
}

const onVisit = async (visitId: string) =>
  (await write(tb as TestBackend, 'rota.getWeek', { isoWeek: COVER_WEEK })).visits.find((v) => v.id === visitId);

describe('covering a visit nobody in the team can take, from the visit panel', () => {
  it('moves it within the flexibility: asks to choose, checks in words, then confirms', async () => {
    const { built, user } = await openCoverPanel();
    const section = screen.getByRole('region', { name: /^Cover this visit/ });
    await user.click(
      within(section).getByLabelText(/^Move it within the person’s agreed flexibility \(\d+ choices?\)/),
    );
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    expect(await within(section).findAllByText('Choose a time and who takes the visit')).not.toHaveLength(0);

    const times = within(section).getByRole('group', { name: 'Times within the person’s agreed flexibility' });
    const first = within(times).getAllByRole('radio')[0];
    if (!first) throw new Error('no time offered');
    expect(first).toHaveAccessibleName(/^0\d:\d\d with Ann Lee$/);
    expect(first).toHaveAccessibleDescription(/earlier than agreed; .*travel/);
    await user.click(first);
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    expect(await within(section).findByText('Check before you confirm')).toBeInTheDocument();
    expect(within(section).getByText(/^Moved Pat Green’s visit on Tue 24 Nov 2026 at 08:00 to 0\d:\d\d/)).toBeVisible();
    // The check saved nothing.
    expect((await onVisit(built.visitId))?.workerIds).toEqual([]);

    await user.click(within(section).getByRole('button', { name: 'Confirm the move' }));
    expect(await screen.findByText(/^Moved Pat Green’s visit .* and gave it to Ann Lee\.$/)).toBeInTheDocument();
    await waitFor(async () => expect((await onVisit(built.visitId))?.workerIds).toEqual([built.annId]));
  }, 120_000);

  it('asks outside the team only with consent: each missing answer named at its field', async () => {
    const { built, user } = await openCoverPanel();
    const section = screen.getByRole('region', { name: /^Cover this visit/ });
    await user.click(within(section).getByLabelText(/^Ask a named worker outside the team, with consent \(1 worker\)/));
    await user.click(within(section).getByLabelText('Bo Khan'));
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    expect(await within(section).findAllByText('Enter who gave consent')).not.toHaveLength(0);
    expect((await onVisit(built.visitId))?.workerIds).toEqual([]);

    await user.type(within(section).getByLabelText('Who gave consent'), 'Jo Green');
    await user.type(within(section).getByLabelText('Their relationship to the person', { exact: false }), 'daughter');
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    expect(
      await within(section).findByText(/with the consent of Jo Green \(daughter\) given on Mon 23 Nov/),
    ).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Confirm with consent' }));
    expect(await screen.findByText(/^Gave Pat Green’s visit .* to Bo Khan, outside the team/)).toBeInTheDocument();
    await waitFor(async () => expect((await onVisit(built.visitId))?.workerIds).toEqual([built.boId]));
  }, 120_000);

  it('records that the person was told: the visit stays uncovered and reads "person told"', async () => {
    const { built, user } = await openCoverPanel();
    const section = screen.getByRole('region', { name: /^Cover this visit/ });
    await user.click(within(section).getByLabelText('Tell the person it is not covered, and record why'));
    await user.type(within(section).getByLabelText('Why the visit could not be covered'), 'Nobody free at 08:00');
    await user.type(within(section).getByLabelText('Who told the person'), 'Chris');
    await user.click(within(section).getByRole('button', { name: 'Check' }));
    await user.click(await within(section).findByRole('button', { name: 'Confirm the person was told' }));
    expect(await screen.findByText(/^Chris told the person on Mon 23 Nov 2026 that /)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: /Person told/ })).toBeInTheDocument());
    expect(await onVisit(built.visitId)).toMatchObject({ workerIds: [], personTold: true });
  }, 120_000);
});
