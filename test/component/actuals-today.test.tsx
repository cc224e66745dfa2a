import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aPublishedDay, ACTUALS_DAY, ACTUALS_WEEK, type PublishedDay } from '@test/fixtures/actuals';
import { renderApp, signInAs } from './render-app';

let d: PublishedDay | undefined;
afterEach(async () => {
  await d?.t.close();
  d = undefined;
});

// Monday 23 November 2026 at 09:00: Anna's 08:00 visit to Rose is recorded, Ben's 08:30 visit to Sam is not.
describe('today’s visits, planned and actual', () => {
  it('shows the day in plain words, flags the missed visit, filters to it, records its times', async () => {
    d = await aPublishedDay();
    await d.worker.ok('actuals.record', {
      isoWeek: ACTUALS_WEEK,
      visitId: d.visits['anna mon 08:00'],
      arrivalDate: ACTUALS_DAY,
      arrivalMinute: 8 * 60 + 20,
      departureDate: ACTUALS_DAY,
      departureMinute: 9 * 60,
      shortReason: 'person_asked_to_finish',
    });
    const { user } = renderApp(d.t, '/actuals');
    await signInAs(user, screen, 'coordinator');
    const table = await screen.findByRole('table', { name: 'Visits on Mon 23 Nov 2026' });
    expect(screen.getByText(/3 visits on the published rota; 2 to look at\. As of 09:00\./)).toBeInTheDocument();
    const rose = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('08:00–09:00'));
    expect(rose).toHaveTextContent('08:20–09:00 (40 min)');
    expect(rose).toHaveTextContent('20 min late');
    expect(rose).toHaveTextContent('Shorter than agreed');
    expect(rose).toHaveTextContent('The person asked to finish early');
    expect(rose).toHaveTextContent('Recorded by the worker');

    await user.selectOptions(screen.getByLabelText('To look at'), 'missed');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Sam Taylor');
    expect(rows[0]).toHaveTextContent('No arrival recorded');

    await user.click(within(rows[0] as HTMLElement).getByRole('rowheader'));
    const panel = await screen.findByRole('region', { name: 'Record the times: Ben Shah at Sam Taylor' });
    await user.type(within(panel).getByLabelText('Arrived at'), '08:50');
    await user.type(within(panel).getByLabelText('Left at'), '08:20');
    await user.click(within(panel).getByRole('button', { name: 'Save the times' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('The departure must be after the arrival');

    await user.clear(within(panel).getByLabelText('Left at'));
    await user.type(within(panel).getByLabelText('Left at'), '08:59');
    await user.selectOptions(within(panel).getByLabelText('If the visit was shorter than agreed, why'), 'person_out');
    await user.click(within(panel).getByRole('button', { name: 'Save the times' }));
    await waitFor(() => expect(panel).not.toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('To look at'), 'late');
    const late = await within(table).findByText('Sam Taylor');
    expect(late.closest('tr')).toHaveTextContent('08:50–08:59 (9 min)');
    expect(late.closest('tr')).toHaveTextContent('Recorded by the office');
  });
});
