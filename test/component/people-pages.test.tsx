import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aPerson, anAccount, anIdealWeek, aVisit, openBranch, someStaff } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('people pages over an in-process backend', () => {
  it(
    'the person form shows field errors for a location ' + 'outside the UK and a bad postcode, and saves nothing',
    async () => {
      tb = await openBranch();
      await anAccount(tb, 'coordinator');
      const { user } = renderApp(tb, '/people/new');
      await signInAs(user, screen, 'coordinator');
      await user.type(await screen.findByLabelText('First name'), 'Ada');
      await user.type(screen.getByLabelText('Last name'), 'Component');
      await user.type(screen.getByLabelText('How they like to be addressed'), 'Ada');
      await user.type(screen.getByLabelText('Address line 1'), '1 Test Road');
      await user.type(screen.getByLabelText('Postcode'), 'NOPE');
      await user.type(screen.getByLabelText('Or paste “latitude, longitude”'), '48.8566, 2.3522');
      await user.click(screen.getByRole('button', { name: 'Use' }));
      expect(screen.getByLabelText('Latitude')).toHaveValue('48.8566');
      await user.type(screen.getByLabelText('Start date'), '2026-11-01');
      await user.click(screen.getByRole('button', { name: 'Add the person' }));
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: /Latitude must be in the UK/ })).toBeInTheDocument();
      expect(within(summary).getByRole('link', { name: /Longitude must be in the UK/ })).toBeInTheDocument();
      expect(within(summary).getByRole('link', { name: /real UK postcode/ })).toBeInTheDocument();
      expect(screen.getByLabelText('Postcode')).toHaveAttribute('aria-invalid', 'true');
      const coordinator = await tb.signedIn('coordinator');
      expect((await coordinator.ok('clients.list', { status: null })).total).toBe(0);
    },
  );

  it('the ideal-week grid shows the person’s visits by day with weekly totals', async () => {
    tb = await openBranch();
    await anAccount(tb, 'coordinator');
    const team = await someStaff(tb, 2);
    const first = await aPerson(tb, { team: team.map((s) => s.id) });
    // Monday and Wednesday (two workers) every week, and Friday every other week: two and a half visits a week.
    const week = await anIdealWeek(tb, first.id, [
      aVisit({ weekday: 1 }),
      aVisit({ weekday: 3, workersNeeded: 2 }),
      aVisit({ weekday: 5, repeat: 'week_a', durationMinutes: 90 }),
    ]);
    expect(week.version?.totals.visits).toBe(2.5);
    const { user } = renderApp(tb, `/people/${first.id}/ideal-week`);
    await signInAs(user, screen, 'coordinator');
    const grid = await screen.findByRole('group', { name: /The ideal week/ });
    const cards = within(grid).getAllByRole('button', { name: /minutes/ });
    expect(cards).toHaveLength(3);
    expect(screen.getByText('visits a week').previousSibling).toHaveTextContent('2.5');
  });
  it('a blank or mistyped travel time is named at its field and never clears the time already recorded', async () => {
    tb = await openBranch();
    await anAccount(tb, 'coordinator');
    // Two people a mile or so apart who share a team worker, so the travel between them is reviewed.
    const [shared] = await someStaff(tb, 1);
    const first = await aPerson(tb, { team: [shared!.id], lat: 51.456, lon: -0.015 });
    await aPerson(tb, { team: [shared!.id], lat: 51.466, lon: -0.03 });
    const coordinator = await tb.signedIn('coordinator');
    const review = await coordinator.ok('clients.teamTravel', { clientId: first.id });
    const pair = review.pairs[0];
    if (pair === undefined) throw new Error('the two people share no travel pair');
    await coordinator.ok('clients.recordTravel', { fromId: first.id, toId: pair.toId, mode: 'walk', minutes: 17 });
    const { user } = renderApp(tb, `/people/${first.id}`);
    await signInAs(user, screen, 'coordinator');
    await user.click(await screen.findByRole('tab', { name: 'Travel times' }));
    await user.selectOptions(await screen.findByLabelText('To'), pair.toId);
    await user.selectOptions(screen.getByLabelText('Travel mode'), 'walk');
    for (const typed of ['', 'half an hour']) {
      await user.clear(screen.getByLabelText('Actual minutes'));
      if (typed !== '') await user.type(screen.getByLabelText('Actual minutes'), typed);
      await user.click(screen.getByRole('button', { name: 'Record the time' }));
      const summary = await findFocusedErrorSummary(screen);
      expect(
        within(summary).getByRole('link', { name: 'Enter the actual minutes as a whole number' }),
      ).toBeInTheDocument();
      expect(screen.getByLabelText('Actual minutes')).toHaveAttribute('aria-invalid', 'true');
    }
    const after = await coordinator.ok('clients.teamTravel', { clientId: first.id });
    expect(after.pairs.find((p) => p.toId === pair.toId)?.recorded.walk).toBe(17);
  });
});
