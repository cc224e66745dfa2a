import type { Locator, Page } from '@playwright/test';
import { dataRow } from './common';

/** The manager's hub set-up, tab by tab. */
export class HubSetupPage {
  constructor(readonly page: Page) {}

  async openTab(name: 'Spaces' | 'Opening hours' | 'Visitor accounts' | 'House rules'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  get spaces(): Locator {
    return this.page.getByRole('table', { name: 'Spaces' });
  }

  /** Add a space through the form, at a place on the first floor's plan. */
  async addSpace(space: { name: string; kind: string; seats: number; across: number; down: number }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a space' }).click();
    await this.page.getByLabel('Name', { exact: true }).fill(space.name);
    await this.page.getByLabel('Kind').selectOption({ label: space.kind });
    await this.page.getByLabel('Seats').fill(String(space.seats));
    await this.page.getByLabel('Across (grid column)').fill(String(space.across));
    await this.page.getByLabel('Down (grid row)').fill(String(space.down));
    await this.page.getByLabel('Width in cells').fill('1');
    await this.page.getByLabel('Height in cells').fill('1');
    await this.page.getByLabel('Screen').check();
    await this.page.getByRole('button', { name: 'Add the space' }).click();
  }
}

/** A visitor's booking page: the day, the plan and the list of spaces. */
export class HubBookPage {
  constructor(readonly page: Page) {}

  async chooseDay(isoDate: string): Promise<void> {
    await this.page.getByLabel('Day', { exact: true }).fill(isoDate);
  }

  plan(floorName: string): Locator {
    return this.page.getByRole('group', { name: `Plan of ${floorName}` });
  }

  async book(period: 'morning' | 'afternoon' | 'all day', spaceName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Book ${period} at ${spaceName}`, exact: true }).click();
  }

  get confirmation(): Locator {
    return this.page.getByRole('status').filter({ hasText: / is booked for / });
  }
}

/** The person's own bookings, with the open one's pass and actions. */
export class HubBookingsPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Your bookings' });
  }

  async open(spaceName: string, formattedDate: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open ${spaceName} on ${formattedDate}` }).click();
  }

  get pass(): Locator {
    return this.page.getByRole('img', { name: /^Pass for / });
  }

  async cancelOpenBooking(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel this booking' }).click();
    await this.page.getByRole('button', { name: 'Yes, cancel the booking' }).click();
  }

  /** The row of a booking by its space (the first such). */
  row(spaceName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: spaceName }) });
  }

  first(): Locator {
    return dataRow(this.table, 1);
  }
}

/** The front-desk kiosk screen. */
export class KioskPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Fill in a walk-in's name, organisation and the free space they choose (as "<space>, <floor>"). */
  async signInByName(name: string, organisation: string, space: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign in with my name' }).click();
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Your organisation').selectOption({ label: organisation });
    await this.page.getByLabel('Where you will sit').selectOption({ label: space });
  }

  async acceptRulesAndSignIn(): Promise<void> {
    await this.page.getByLabel('I have read the house rules and accept them').check();
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }
}

/** Who is in the building, and the roll call. */
export class BuildingPage {
  constructor(readonly page: Page) {}

  floor(name: string): Locator {
    return this.page.getByRole('table', { name: `In the building: ${name}` });
  }

  get anyone(): Locator {
    return this.page.getByRole('table', { name: /^In the building: / });
  }

  async startRollCall(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a roll call' }).click();
    await this.page.getByRole('button', { name: 'Yes, start the roll call' }).click();
  }

  get rollCall(): Locator {
    return this.page.getByRole('table', { name: 'Roll call' });
  }

  async markSafe(name: string): Promise<void> {
    // The tick shows once the backend has recorded it, so click rather than check (which wants it at once).
    await this.page.getByRole('checkbox', { name: `${name} is safe` }).click();
  }

  async closeRollCall(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close the roll call' }).click();
    await this.page.getByRole('button', { name: 'Yes, close the roll call' }).click();
  }
}

/** Forgotten sign-outs: who the hub signed out at closing, and recording when they left. */
export class DeparturesPage {
  constructor(readonly page: Page) {}

  get toRecord(): Locator {
    return this.page.getByRole('table', { name: 'Sign-outs still to record' });
  }

  get recorded(): Locator {
    return this.page.getByRole('table', { name: 'Sign-outs recorded' });
  }

  /** Open the form for one person and say nobody knows when they left, up to the check before recording. */
  async notKnown(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Record when ${name} left on `) }).click();
    await this.page.getByLabel('Do you know when they left?').selectOption('no');
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Yes, record it' }).click();
  }
}
