import type { Locator, Page } from '@playwright/test';

/** A session's register, marked by the trainer in one pass. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  heading(courseName: string): Locator {
    return this.page.getByRole('heading', { name: new RegExp(`Register: ${courseName}`) });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit the register' }).click();
  }

  /** What the register says when someone is left unmarked. */
  get refusal(): Locator {
    return this.page.getByRole('alert');
  }

  async markEveryoneCompleted(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark everyone not yet marked as completed' }).click();
  }

  async markFirstAbsent(): Promise<void> {
    await this.page.getByRole('radio', { name: 'Absent' }).first().check();
  }

  get submitted(): Locator {
    return this.page.getByText(/Register submitted: \d+ completions recorded/);
  }
}
