import { render, waitFor, type screen as screenType } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '@renderer/app/App';
// The app loads its signed-in pages lazily; load them with the test so a first page is not racing a module compile.
import '@renderer/app/routes';
import { inProcessTransport } from '../fixtures/in-process-transport';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';

/** Render the whole renderer over an in-process transport to a test backend, at a hash route. */
export function renderApp(tb: TestBackend, route = '/') {
  window.location.hash = `#${route}`;
  const user = userEvent.setup();
  const view = render(<App transport={inProcessTransport(tb.backend)} />);
  return { user, ...view };
}

/** Sign in through the form (every test account has the test password). */
export async function signInAs(user: ReturnType<typeof userEvent.setup>, screen: typeof screenType, username: string) {
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/**
 * The error summary once it has taken focus, as the GOV.UK pattern has it. Wait for the focus before editing a field
 * again: on a busy machine the summary's focus can otherwise land mid-edit and the edit goes astray.
 */
export async function findFocusedErrorSummary(screen: typeof screenType): Promise<HTMLElement> {
  const summary = await screen.findByRole('alert');
  await waitFor(() => expect(summary).toHaveFocus());
  return summary;
}
