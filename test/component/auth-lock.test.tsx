import { focusManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('the idle lock screen', () => {
  it(
    'locks after the idle time; a wrong password is refused in the ' +
      'error summary; the right one carries on where the person was',
    async () => {
      tb = await openTestBackend({ demo: true });
      const { user } = renderApp(tb, '/staff');
      await signInAs(user, screen, 'manager');
      await screen.findByRole('navigation', { name: 'Main' });
      tb.clock.advance(11 * 60_000);
      // The shell re-asks the backend when the window regains focus (and on a timer); the backend decides the lock.
      act(() => {
        focusManager.setFocused(false);
        focusManager.setFocused(true);
      });
      await screen.findByRole('heading', { name: 'Locked' });
      await user.type(screen.getByLabelText('Password'), 'not-my-password');
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      const summary = await findFocusedErrorSummary(screen);
      // Deliberately not "wrong password": the message never says which half of a sign-in was wrong.
      expect(within(summary).getByText(/username or password is not right/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Switch person' })).toBeInTheDocument();
      await user.clear(screen.getByLabelText('Password'));
      expect(screen.getByLabelText('Password')).toHaveValue('');
      await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByRole('navigation', { name: 'Main' });
      expect(window.location.hash).toBe('#/staff');
    },
  );
});
