import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aCourse, anAccount, aTrainingSession, openBranch, someStaff } from '@test/fixtures/builders';
import type { TestBackend } from '../fixtures/test-backend';
import { renderApp, signInAs } from './render-app';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe("the trainer's register over an in-process backend", () => {
  it('refuses a register with people unmarked, then records completions in one pass', async () => {
    tb = await openBranch();
    await anAccount(tb, 'trainer');
    // Today's moving-and-assisting session with four care workers booked.
    const course = await aCourse(tb, { name: 'Moving and assisting people' });
    const attendees = await someStaff(tb, 4);
    const session = await aTrainingSession(tb, course.id, { booked: attendees.map((s) => s.id) });
    expect(session.booked).toBe(4);
    const trainer = await tb.signedIn('trainer');
    const { user } = renderApp(tb, `/training/sessions/${session.id}/register`);
    await signInAs(user, screen, 'trainer');
    const table = await screen.findByRole('table', { name: 'Attendees' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBe(session.booked);

    await user.click(screen.getByRole('button', { name: 'Submit the register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Mark .* as attended, completed, did not complete or absent/,
    );

    await user.click(screen.getByRole('button', { name: 'Mark everyone not yet marked as completed' }));
    const first = rows[0];
    if (!first) throw new Error('no row');
    await user.click(within(first).getByRole('radio', { name: 'Absent' }));
    await user.click(screen.getByRole('button', { name: 'Submit the register' }));
    expect(
      await screen.findByText(`Register submitted: ${session.booked - 1} completions recorded.`),
    ).toBeInTheDocument();
    const register = await trainer.ok('training.getRegister', { sessionId: session.id });
    expect(register.lines.filter((l) => l.outcome === 'completed')).toHaveLength(session.booked - 1);
    expect(register.session.registerSubmitted).toBe(true);
  });
});
