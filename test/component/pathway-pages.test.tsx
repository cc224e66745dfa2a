import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('apprenticeship page over an in-process backend', () => {
  it(
    'lets an apprentice log their own hours: refuses 30 ' + 'in a day, then shows the entry waiting for approval',
    async () => {
      tb = await openTestBackend({ demo: true });
      const worker = await tb.signedIn('worker');
      const mine = (await worker.ok('apprenticeships.mine', {})).own[0]!;
      const { user } = renderApp(tb, `/apprenticeships/${mine.id}`);
      await signInAs(user, screen, 'worker');
      await screen.findByRole('heading', { name: 'Log hours' });
      expect(screen.getByText(/Your mentor or a manager approves/)).toBeInTheDocument();
      await user.type(screen.getByLabelText('Hours'), '30');
      await user.type(screen.getByLabelText('Activity'), 'Diploma unit study');
      await user.click(screen.getByRole('button', { name: 'Log hours' }));
      const summary = await findFocusedErrorSummary(screen);
      expect(within(summary).getByRole('link', { name: 'Hours cannot be more than 24 in a day' })).toBeInTheDocument();
      expect(screen.getByLabelText('Hours')).toHaveAttribute('aria-invalid', 'true');
      await user.clear(screen.getByLabelText('Hours'));
      await user.type(screen.getByLabelText('Hours'), '1.5');
      await user.click(screen.getByRole('button', { name: 'Log hours' }));
      expect(await screen.findByText('Hours logged.')).toBeInTheDocument();
      expect((await screen.findAllByText('Waiting for approval')).length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe("a worker's pathway page", () => {
  it(
    'shows the next step as a checklist and asks the manager ' + 'for a reason before progressing someone not ready',
    async () => {
      tb = await openTestBackend({ demo: true });
      const manager = await tb.signedIn('manager');
      const overview = await manager.ok('pathway.overview', {});
      const notReady = overview.find((r) => r.stepName === 'Wellbeing Worker' && !r.ready)!;
      const { user } = renderApp(tb, `/pathway/staff/${notReady.staffId}`);
      await signInAs(user, screen, 'manager');
      const checklist = await screen.findByRole('list', { name: 'Requirements for Senior Wellbeing Worker' });
      expect(within(checklist).getAllByText(/Met|Not yet/).length).toBeGreaterThanOrEqual(3);
      await user.click(screen.getByRole('button', { name: 'Record progression' }));
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: /Give a reason to go ahead anyway/ })).toBeInTheDocument();
      const after = await manager.ok('pathway.worker', { staffId: notReady.staffId });
      expect(after.current?.stepName).toBe('Wellbeing Worker');
    },
  );
});
