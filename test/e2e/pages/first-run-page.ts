import type { Locator, Page } from '@playwright/test';

/** What first-run set-up asks for. */
export interface BranchSetUp {
  provider: string;
  branch: string;
  neighbourhood: string;
  givenName: string;
  familyName: string;
  username: string;
  password: string;
}

/** First run on an empty store: set up the branch and its manager, or explore with demo data. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Set up this branch' });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create the branch' }).click();
  }

  async fill(details: BranchSetUp): Promise<void> {
    await this.page.getByLabel('Provider organisation').fill(details.provider);
    await this.page.getByLabel('Branch name').fill(details.branch);
    await this.page.getByLabel('Neighbourhood').fill(details.neighbourhood);
    await this.page.getByLabel('First name').fill(details.givenName);
    await this.page.getByLabel('Last name').fill(details.familyName);
    await this.page.getByLabel('Username').fill(details.username);
    await this.setPassword(details.password);
  }

  async setPassword(password: string): Promise<void> {
    await this.page.getByLabel('Password', { exact: true }).fill(password);
  }

  async exploreDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Explore with demo data' }).click();
  }

  /** The page that says the demo branch was made. */
  get demoReady(): Locator {
    return this.page.getByRole('heading', { name: 'The demo branch is ready' });
  }

  async goToSignIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Go to sign in' }).click();
  }
}
