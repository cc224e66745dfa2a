import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { Shell } from './shell';

/** The sign-in screen. */
export class SignInPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Sign in' });
  }

  async goto(): Promise<void> {
    await this.page.goto('./');
  }

  /** Fill the form and press Sign in (whatever the outcome). */
  async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}

/** Sign in through the form as a demo account and wait for the signed-in shell. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<Shell> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.submit(username, password);
  const shell = new Shell(page);
  await expect(shell.nav).toBeVisible();
  return shell;
}
