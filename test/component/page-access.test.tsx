import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import '@renderer/app/routes';
import type { Transport } from '@renderer/transport/transport';
import { type TestBackend } from '@test/fixtures/test-backend';
import { anAccountForEachRole, openBranch } from '@test/fixtures/builders';
import { inProcessTransport } from '../fixtures/in-process-transport';
import { signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

/** The renderer over an in-process transport that notes every procedure it calls. */
function renderRecording(backend: TestBackend, route: string) {
  const called: string[] = [];
  const inner = inProcessTransport(backend.backend);
  const transport: Transport = {
    ...inner,
    call: (name, input) => {
      called.push(name);
      return inner.call(name, input);
    },
  };
  window.location.hash = `#${route}`;
  const user = userEvent.setup();
  render(<App transport={transport} />);
  return { user, called };
}

const NO_ACCESS = 'You do not have access to this page';

describe('pages a role may not use', () => {
  it.each([
    { role: 'worker', route: '/accounts', procedure: 'accounts.list' },
    { role: 'coordinator', route: '/workplace', procedure: 'workplace.get' },
    { role: 'trainer', route: '/rota', procedure: 'rota.getWeek' },
  ])('are not drawn for a $role who types $route, and nothing is asked of the backend', async (c) => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const { user, called } = renderRecording(tb, c.route);
    await signInAs(user, screen, c.role);
    expect(await screen.findByRole('heading', { name: NO_ACCESS }, { timeout: 10_000 })).toBeInTheDocument();
    expect(called).not.toContain(c.procedure);
    await user.click(screen.getByRole('link', { name: 'Go to the overview' }));
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(NO_ACCESS);
  });

  it.each([
    { role: 'manager', route: '/accounts', heading: 'Accounts' },
    { role: 'manager', route: '/workplace', heading: 'Workplace and ASC-WDS' },
    { role: 'worker', route: '/my-rota', heading: /^Week / },
  ])('are drawn for the $role they are for ($route)', async (c) => {
    tb = await openBranch();
    await anAccountForEachRole(tb);
    const { user } = renderRecording(tb, c.route);
    await signInAs(user, screen, c.role);
    expect(await screen.findByRole('heading', { level: 1, name: c.heading }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: NO_ACCESS })).toBeNull();
  });
});
