import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  anAccount,
  anApprenticeship,
  aPlacement,
  aStaffMember,
  openBranch,
  theCorePathway,
} from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
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
      tb = await openBranch();
      const staffId = (await anAccount(tb, 'worker')).staffId as string;
      const mine = await anApprenticeship(tb, staffId);
      // Two entries of their own, logged last week and waiting for their mentor or a manager.
      const worker = await tb.signedIn('worker');
      for (const date of ['2026-11-17', '2026-11-19'])
        await worker.ok('apprenticeships.logOtj', {
          apprenticeshipId: mine.id,
          date,
          hours: 3,
          activity: 'Diploma unit: communication in care',
          evidence: null,
        });
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
      tb = await openBranch();
      await anAccount(tb, 'manager');
      // A Wellbeing Worker since June 2025 with neither the Level 3 Diploma nor a sign-off for Senior yet.
      const pathway = await theCorePathway(tb);
      const notReady = { staffId: (await aStaffMember(tb, { startDate: '2025-06-02' })).id };
      await aPlacement(tb, {
        staffId: notReady.staffId,
        stepId: pathway.wellbeingWorker.id,
        effectiveDate: '2025-06-02',
      });
      const manager = await tb.signedIn('manager');
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
