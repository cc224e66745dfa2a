import type { Page } from '@playwright/test';
import type { HubSetup } from '@shared/domain/hub/setup';
import { formatDate } from '@shared/domain/time/format';
import { addDays } from '@shared/domain/time/iso-week';
import {
  BuildingPage,
  DeparturesPage,
  HubBookingsPage,
  HubBookPage,
  HubSetupPage,
  KioskPage,
} from '../pages/hub-pages';
import { signIn } from '../pages/sign-in-page';
import { expect, expectAccessible, test } from '../support/fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** A call made with the page's own session (arranging what the journey needs, not checking the screen). */
async function rpc<T>(page: Page, name: string, input: unknown): Promise<T> {
  const res = await page.request.post(`rpc/${name}`, { data: input });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message ?? 'failed'}`);
  return body.value as T;
}

/** A free 1×1 cell on a floor's plan, from the bottom right. */
function freeCell(setup: HubSetup, floorId: string): { across: number; down: number } {
  const floor = setup.floors.find((f) => f.id === floorId);
  if (!floor) throw new Error('no floor');
  const taken = (x: number, y: number) =>
    setup.spaces.some(
      (s) =>
        s.floorId === floorId &&
        x >= s.placement.x &&
        x < s.placement.x + s.placement.width &&
        y >= s.placement.y &&
        y < s.placement.y + s.placement.height,
    );
  for (let down = floor.gridRows - 1; down >= 0; down -= 1)
    for (let across = floor.gridColumns - 1; across >= 0; across -= 1)
      if (!taken(across, down)) return { across, down };
  throw new Error('the plan is full');
}

test.describe('the hub', () => {
  test('a space is added, booked and cancelled; the kiosk signs someone in; the roll call shows them', async ({
    page,
    browser,
    baseURL,
    snap,
  }) => {
    test.setTimeout(300_000);
    const snapBoth = async (on: Page, name: string) => {
      for (const size of SIZES) {
        await on.setViewportSize(size);
        if (on === page) await snap(`${name}-${size.width}x${size.height}`);
        else await on.screenshot({ path: `test-results/screenshots/${name}-${size.width}x${size.height}.png` });
      }
    };

    // The manager. The hub opens every day, all day, so the kiosk can sign people in whatever day the suite runs.
    const shell = await signIn(page, 'manager');
    const { today } = await rpc<{ today: string }>(page, 'clock.now', {});
    await rpc(page, 'hub.saveOpeningHours', {
      days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: true, openMinute: 0, closeMinute: 1440 })),
    });
    let setup = await rpc<HubSetup>(page, 'hub.setup', {});
    if (setup.closedDays.some((d) => d.date === today)) await rpc(page, 'hub.removeClosedDay', { date: today });
    const organisation = 'Lewisham district nursing (South)';
    const organisations = await rpc<{ id: string; name: string }[]>(page, 'hub.organisations', {});
    const nursing = organisations.find((o) => o.name === organisation);
    if (!nursing) throw new Error('no nursing team in the demo');
    await rpc(page, 'hub.createVisitor', {
      username: 'erin.walker',
      displayName: 'Erin Walker',
      organisationId: nursing.id,
      email: null,
      phone: null,
    });
    setup = await rpc<HubSetup>(page, 'hub.setup', {});
    const ground = setup.floors.find((f) => f.name === 'Ground floor');
    if (!ground) throw new Error('no ground floor in the demo');

    await shell.open('hubSetup');
    const setupPage = new HubSetupPage(page);
    await setupPage.addSpace({ name: 'E2E desk 1', kind: 'Desk', seats: 1, ...freeCell(setup, ground.id) });
    await expect(setupPage.spaces.getByRole('rowheader', { name: 'E2E desk 1' })).toBeVisible();
    await expectAccessible(page);
    await snapBoth(page, 'hub-setup-spaces');
    await setupPage.openTab('Opening hours');
    await snapBoth(page, 'hub-setup-hours');
    await shell.signOut();

    // A visitor books the new desk for an afternoon some weeks ahead, sees the pass, then cancels.
    const visitorShell = await signIn(page, 'visitor');
    // Beyond the demo's four weeks of bookings, so the visitor has none that day yet.
    let day = addDays(today, 35);
    while (setup.closedDays.some((d) => d.date === day)) day = addDays(day, 1);
    await visitorShell.open('hubBook');
    const book = new HubBookPage(page);
    await book.chooseDay(day);
    await expect(book.plan('Ground floor')).toBeVisible();
    await book.book('afternoon', 'E2E desk 1');
    await expect(book.confirmation).toContainText(`E2E desk 1 is booked for you on ${formatDate(day)}, afternoon.`);
    await expectAccessible(page);
    await snapBoth(page, 'hub-book');
    await visitorShell.open('hubBookings');
    const bookings = new HubBookingsPage(page);
    await bookings.open('E2E desk 1', formatDate(day));
    await expect(bookings.pass).toBeVisible();
    await expectAccessible(page);
    await snapBoth(page, 'hub-my-bookings-pass');
    await bookings.cancelOpenBooking();
    await expect(bookings.row('E2E desk 1')).toContainText('Cancelled');
    await visitorShell.signOut();

    // The front desk: a manager turns a second screen into the kiosk; Erin walks in and takes the new desk.
    const kioskContext = await browser.newContext({ baseURL });
    const kioskScreen = await kioskContext.newPage();
    const kioskShell = await signIn(kioskScreen, 'manager');
    await kioskShell.open('hubKiosk');
    await kioskScreen.getByRole('button', { name: 'Start the kiosk on this screen' }).click();
    await kioskScreen.getByRole('button', { name: 'Yes, start the kiosk' }).click();
    const kiosk = new KioskPage(kioskScreen);
    await expect(kiosk.heading).toHaveText('Welcome');
    await expect(kioskScreen.getByRole('navigation')).toHaveCount(0);
    await expectAccessible(kioskScreen);
    await snapBoth(kioskScreen, 'hub-kiosk-start');
    await kiosk.signInByName('Erin Walker', organisation, 'E2E desk 1, Ground floor');
    await snapBoth(kioskScreen, 'hub-kiosk-sign-in');
    await kiosk.acceptRulesAndSignIn();
    await expect(kiosk.heading).toHaveText('Thank you');
    await expect(kioskScreen.getByText('Your space: E2E desk 1, Ground floor.')).toBeVisible();
    await snapBoth(kioskScreen, 'hub-kiosk-done');

    // Any member of staff opens who is in the building and calls the roll.
    const workerShell = await signIn(page, 'manager');
    await workerShell.open('hubBuilding');
    const building = new BuildingPage(page);
    await expect(building.floor('Ground floor').getByRole('rowheader', { name: 'Erin Walker' })).toBeVisible();
    await building.startRollCall();
    await expect(building.rollCall.getByRole('rowheader', { name: 'Erin Walker' })).toBeVisible();
    await building.markSafe('Erin Walker');
    await expect(page.getByRole('checkbox', { name: 'Erin Walker is safe' })).toBeChecked();
    await expectAccessible(page);
    await snapBoth(page, 'hub-roll-call');
    await building.closeRollCall();
    await expect(page.getByRole('button', { name: 'Start a roll call' })).toBeVisible();
    await kioskContext.close();

    // The manager reads how the hub was used: Erin's visit is counted for her organisation.
    await workerShell.open('hubUsage');
    await expect(page.getByRole('heading', { level: 1, name: 'How the hub is used' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Each space over these dates' })).toBeVisible();
    await expectAccessible(page);
    await snapBoth(page, 'hub-usage');

    // The manager's home shows the hub: Erin is still in the building and her walk-in is today's booking.
    await workerShell.open('overview');
    const inBuilding = page.getByRole('table', { name: 'In the building now' });
    await expect(inBuilding.getByRole('rowheader', { name: 'Erin Walker' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hub bookings today' })).toContainText('E2E desk 1');
    await expectAccessible(page);
    await snapBoth(page, 'hub-home-manager');

    // Erin forgets to sign out: the hub closing now signs her out at closing, and the manager records it.
    const { minute } = await rpc<{ minute: number }>(page, 'clock.now', {});
    await rpc(page, 'hub.saveOpeningHours', {
      days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: true, openMinute: 0, closeMinute: minute })),
    });
    await workerShell.open('hubDepartures');
    const departures = new DeparturesPage(page);
    await expect(departures.toRecord.getByRole('rowheader', { name: 'Erin Walker' })).toBeVisible();
    await expectAccessible(page);
    await snapBoth(page, 'hub-departures');
    await departures.notKnown('Erin Walker');
    await expect(page.getByRole('heading', { name: 'Check before you record it' })).toBeVisible();
    await expectAccessible(page);
    await snapBoth(page, 'hub-departures-check');
    await departures.confirm();
    await expect(departures.recorded.getByRole('rowheader', { name: 'Erin Walker' })).toBeVisible();
    await snapBoth(page, 'hub-departures-recorded');
    await rpc(page, 'hub.saveOpeningHours', {
      days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: true, openMinute: 0, closeMinute: 1440 })),
    });

    // The manager changes Erin's details: a bad email is named at its field, then the change is saved.
    await workerShell.open('hubSetup');
    await setupPage.openTab('Visitor accounts');
    await page.getByRole('button', { name: 'Change Erin Walker’s details' }).click();
    await page.getByLabel('Email (optional)').fill('erin@');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter an email address like name@example.org');
    await expectAccessible(page);
    await snapBoth(page, 'hub-visitor-edit');
    await page.getByLabel('Email (optional)').fill('erin.walker@nhs.example');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect(page.getByText('Erin Walker’s details are saved.')).toBeVisible();
    await workerShell.signOut();

    // A coordinator books a desk for Erin some weeks ahead.
    const coordinatorShell = await signIn(page, 'coordinator');
    await coordinatorShell.open('hubBook');
    await book.chooseDay(day);
    await page.getByLabel('Book for').selectOption({ label: `Erin Walker (${organisation})` });
    await book.book('morning', 'E2E desk 1');
    await expect(book.confirmation).toContainText(
      `E2E desk 1 is booked for Erin Walker on ${formatDate(day)}, morning.`,
    );
    await expectAccessible(page);
    await snapBoth(page, 'hub-book-for');
  });
});
