import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aPublishedDay, ACTUALS_DAY, ACTUALS_WEEK, type PublishedDay } from '@test/fixtures/actuals';
import { renderApp, signInAs } from './render-app';

let d: PublishedDay | undefined;
afterEach(async () => {
  await d?.t.close();
  d = undefined;
});

// Monday 23 November 2026 at 09:00: Anna arrived 20 minutes late at Rose's 08:00 visit and left early because Rose
// asked; nobody has arrived for Ben's 08:30 visit to Sam (missed); Anna's 10:00 and Tuesday visits are not due yet.
async function aMorningRecorded(): Promise<PublishedDay> {
  const day = await aPublishedDay();
  await day.worker.ok('actuals.record', {
    isoWeek: ACTUALS_WEEK,
    visitId: day.visits['anna mon 08:00'],
    arrivalDate: ACTUALS_DAY,
    arrivalMinute: 8 * 60 + 20,
    departureDate: ACTUALS_DAY,
    departureMinute: 9 * 60,
    shortReason: 'person_asked_to_finish',
  });
  return day;
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader')?.textContent === name);

describe('the Visit times page', () => {
  it('shows the week’s punctuality, missed and shortened visits, charted and by worker, then a month', async () => {
    d = await aMorningRecorded();
    const { user } = renderApp(d.t, '/visit-times');
    await signInAs(user, screen, 'coordinator');
    const week = await screen.findByRole('region', { name: 'Week of 23 Nov 2026' });
    expect(within(week).getByText('4, of which 2 were due by now')).toBeInTheDocument();
    expect(within(week).getByText('0% on time (0 of 1 arrivals); late means over 15 minutes')).toBeInTheDocument();
    expect(within(week).getByText('1 with no arrival recorded')).toBeInTheDocument();
    expect(within(week).getByText('1, 0 of them with no reason given yet')).toBeInTheDocument();
    expect(within(week).getByText('40 min against 1 h planned (1 visit, 20 min less)')).toBeInTheDocument();

    // Each chart carries its figures as a table for screen readers.
    const arrivals = screen.getByRole('table', { name: 'Arrivals at the visits due' });
    expect(rowOf(arrivals, 'Missed (no arrival)')).toHaveTextContent('1');
    expect(rowOf(arrivals, 'More than 15 minutes late')).toHaveTextContent('1');
    const lengths = screen.getByRole('table', { name: 'Visits lengthened and shortened' });
    expect(rowOf(lengths, 'Shortened: The person asked to finish early')).toHaveTextContent('1');

    const byWorker = screen.getByRole('table', { name: 'Visit times by worker' });
    expect(rowOf(byWorker, 'Anna Okafor')).toHaveTextContent(
      /^Anna Okafor3\s*0\s*1\s*0\s*0\s*140 min against 1 h planned$/,
    );
    expect(rowOf(byWorker, 'Ben Shah')).toHaveTextContent(/^Ben Shah1\s*0\s*0\s*1\s*0\s*0No visit completed$/);

    await user.click(screen.getByRole('tab', { name: 'A month' }));
    expect(await screen.findByRole('region', { name: 'November 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(
      await screen.findByText('No visits were on a published rota from Thu 1 Oct 2026 to Sat 31 Oct 2026.'),
    ).toBeInTheDocument();
  });

  it('puts this week’s arrivals on the manager’s home page, with the way to the page', async () => {
    d = await aMorningRecorded();
    const { user } = renderApp(d.t, '/');
    await signInAs(user, screen, 'manager');
    const panel = await screen.findByRole('region', { name: 'Visit times this week' });
    const arrivals = await within(panel).findByRole('table', { name: 'Arrivals at the visits due' });
    expect(rowOf(arrivals, 'On time')).toHaveTextContent('0');
    await user.click(within(panel).getByRole('link', { name: 'See all visit times' }));
    expect(await screen.findByRole('heading', { name: 'Visit times', level: 1 })).toBeInTheDocument();
  });

  it('is not in a worker’s menu', async () => {
    d = await aPublishedDay();
    const { user } = renderApp(d.t, '/');
    await signInAs(user, screen, 'worker');
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByRole('link', { name: 'Visit times' })).not.toBeInTheDocument();
  });
});
