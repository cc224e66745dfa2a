import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestBackend } from '../fixtures/test-backend';
import { anAccountForEachRole, openBranch } from '@test/fixtures/builders';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

// 23:30 UTC on 1 July is already 2 July in London (BST): a page that took "today" from the machine, or from the UTC
// date, would show another day. The year is far from any real date this suite runs on.
const BACKEND_NOW = '2031-07-01T23:30:00.000Z';

describe("the app's today is the backend's today, in London", () => {
  it("a form's date starts at the backend's London date, not the machine's", async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    tb.clock.set(BACKEND_NOW);
    const { user } = renderApp(tb, '/apprenticeships/new');
    await signInAs(user, screen, 'manager');
    expect(await screen.findByLabelText('Start date', {}, { timeout: 5_000 })).toHaveValue('2031-07-02');
  });

  it("the rota opens on the week after the backend's week (the next to plan), named by its Monday", async () => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    tb.clock.set(BACKEND_NOW);
    const { user } = renderApp(tb, '/rota');
    await signInAs(user, screen, 'coordinator');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Week of 7 Jul 2031' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Week')).toHaveValue('2031-W28');
  });
});
