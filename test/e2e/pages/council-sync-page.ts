import type { Locator, Page } from '@playwright/test';

type Tab = 'Status' | 'Next summary' | 'Sent' | 'Settings';

/** The manager's Council sync page: status, the next summary, the summaries sent, and the settings. */
export class CouncilSyncPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Council sync', level: 1 });
  }

  async openTab(name: Tab): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Fill and save the settings form (an empty token keeps the one kept). */
  async saveSettings(settings: { address: string; branchId: string; token: string }): Promise<void> {
    await this.page.getByLabel('The council’s address').fill(settings.address);
    await this.page.getByLabel('This branch’s name at the council').fill(settings.branchId);
    await this.page.getByLabel(/Branch token|Replace the branch token/).fill(settings.token);
    await this.page.getByRole('button', { name: 'Save the settings' }).click();
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get saved(): Locator {
    return this.page.getByText('Saved. Summaries go to this address from now on.');
  }

  /** The panel showing what the council will receive for a period ("Week of 30 Nov 2026"). */
  nextSummary(period: string): Locator {
    return this.page.getByRole('region', { name: `What the council will receive: ${period}` });
  }

  /** What the Next summary tab says for a week with no rota. */
  get notPlanned(): Locator {
    return this.page.getByText('This week has not been planned, so there is no rota to report.');
  }

  async nextWeek(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next week' }).click();
  }

  get heldBack(): Locator {
    return this.page.getByRole('table', { name: 'Figures held back' });
  }

  /** Queue the summary shown, through its check step. */
  async queueShown(): Promise<void> {
    await this.page.getByRole('button', { name: 'Queue this summary now' }).click();
  }

  get check(): Locator {
    return this.page.getByRole('region', { name: 'Check before you queue this summary' });
  }

  async confirmQueue(): Promise<void> {
    await this.check.getByRole('button', { name: 'Queue and send' }).click();
  }

  get queued(): Locator {
    return this.page.getByText('Summary queued');
  }

  get status(): Locator {
    return this.page.getByRole('region', { name: 'Sync status' });
  }

  async sendNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send now' }).click();
  }

  get sent(): Locator {
    return this.page.getByRole('table', { name: 'Summaries queued and sent' });
  }

  async openSent(period: string): Promise<void> {
    await this.sent.getByRole('button', { name: `Open the summary: ${period}` }).click();
  }

  /** An opened summary. */
  opened(period: string): Locator {
    return this.page.getByRole('region', { name: `Summary: ${period}` });
  }
}
