import type { Locator, Page } from '@playwright/test';
import { mainHeading } from './common';

/** The tabs beside the board. */
type Tab = RegExp | 'Sickness' | 'Pay';

/** The coordinator's rota board: plan a week, open a visit, edit, cover sickness, publish. */
export class RotaBoardPage {
  constructor(readonly page: Page) {}

  /** The week shown, by its Monday ("Week of 30 Nov 2026"). */
  get week(): Locator {
    return mainHeading(this.page);
  }

  /** The week chooser's value: the ISO week key, which sorts in time order. */
  get weekInput(): Locator {
    return this.page.getByLabel('Week', { exact: true });
  }

  async nextWeek(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next week', exact: true }).click();
  }

  get notPlanned(): Locator {
    return this.page.getByText('This week has not been planned.');
  }

  async plan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Plan week' }).click();
  }

  get summary(): Locator {
    return this.page.getByLabel('Plan summary');
  }

  async showDay(index: number): Promise<void> {
    await this.page.getByLabel('Days').selectOption({ index });
  }

  /** A one-day board's "Wide day" toggle (pressed: each visit reads, scrolled across; else the whole day in view). */
  get wideDay(): Locator {
    return this.page.getByRole('button', { name: 'Wide day' });
  }

  /** The hour mark of a one-day timeline ("06" to "22"). */
  dayHour(hour: string): Locator {
    return this.board.locator('.rota-timeline__ticks').getByText(hour, { exact: true });
  }

  /** Show one row per person and keep only the person named (the board's Person filter). */
  async findPerson(name: string): Promise<void> {
    await this.page.getByLabel('Rows', { exact: true }).selectOption('person');
    await this.page.getByLabel('Person', { exact: true }).selectOption({ label: name });
  }

  /** The board: a grid of rows by days, one tab stop. */
  get board(): Locator {
    return this.page.getByRole('grid', { name: 'Rota board' });
  }

  /** The board's day headings (Monday to Sunday in the week view). */
  get dayHeadings(): Locator {
    return this.board.getByRole('columnheader').filter({ hasText: /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) / });
  }

  /** How far down the window the board starts, in pixels. */
  async boardTop(): Promise<number> {
    return (await this.board.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  }

  /** Open the first visit on the board that has a worker, by keyboard. */
  async openFirstAssignedVisit(): Promise<void> {
    const visit = this.board.getByRole('button').filter({ hasNotText: 'unassigned' }).first();
    await visit.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Start moving the first assigned visit on the board to another worker's row, by keyboard (M). */
  async startKeyboardMove(): Promise<void> {
    await this.board.getByRole('button').filter({ hasNotText: 'unassigned' }).first().focus();
    await this.page.keyboard.press('m');
  }

  /** The keyboard move's chooser: the rows that take the visit (or why none does). */
  get moveChooser(): Locator {
    return this.page.getByRole('group', { name: /^Move .* to another worker$/ });
  }

  /** The chooser once it knows who is free: its list, or its word that nobody is. */
  get moveChooserReady(): Locator {
    return this.moveChooser
      .getByRole('listbox')
      .or(this.moveChooser.getByText(/^Nobody else in the person’s team is free/));
  }

  /** Open the board's keyboard help. */
  async openKeyboardHelp(): Promise<void> {
    await this.page.getByText('Keyboard help', { exact: true }).click();
  }

  get keyboardHelp(): Locator {
    return this.page.locator('.rota-keys__list');
  }

  /** The cover option to split the visit in two (enabled only when there is a way to). */
  get splitOption(): Locator {
    return this.page.getByLabel(/^Split it in two/);
  }

  /** The first worker named on the open visit ("With Ada Brennan and …"). */
  async firstWorkerOnVisit(): Promise<string> {
    const withText =
      (await this.page
        .getByText(/^With /)
        .first()
        .textContent()) ?? '';
    return withText.replace(/^With /, '').split(' and ')[0] ?? '';
  }

  get visitTeam(): Locator {
    return this.page.getByRole('list', { name: 'Team members for this visit' });
  }

  async moveVisitTo(time: string): Promise<void> {
    await this.page.getByLabel('Start time').fill(time);
    await this.page.getByRole('button', { name: 'Move' }).click();
  }

  /** What the page says when an edit is refused: the error summary (nothing was changed). */
  get notChanged(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get breaksARule(): Locator {
    return this.page.getByText(/breaks a rule/);
  }

  async pin(): Promise<void> {
    await this.page.getByRole('button', { name: 'Pin', exact: true }).click();
  }

  get pinned(): Locator {
    return this.page.getByText('Pinned: the planner will keep it.');
  }

  /** Take the worker(s) off the open visit, leaving it to cover. */
  async unassign(): Promise<void> {
    await this.page.getByRole('button', { name: 'Unassign', exact: true }).click();
  }

  /** The open visit's panel says nobody is on it. */
  get visitUnassigned(): Locator {
    return this.page.getByRole('complementary', { name: 'Chosen visit' }).getByText('Unassigned', { exact: true });
  }

  /** A free team member's row in the open visit's list (their name, "Free", and the effect in words). */
  get freeMember(): Locator {
    return this.visitTeam.getByRole('listitem').filter({ hasText: 'Free' }).first();
  }

  /** Undo the last edit by keyboard (Ctrl+Z) from the board. */
  async undoByKeyboard(): Promise<void> {
    await this.board.focus();
    await this.page.keyboard.press('Control+z');
  }

  /** What the page announced after an undo or redo. */
  get undoAnnouncement(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Undone|Redone): / });
  }

  /** Open the check-answers page for publishing (nothing is sent yet). */
  async checkBeforePublishing(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publish', exact: true }).click();
  }

  /** The check-answers page's heading ("Check the week of … before you publish it"). */
  get publishCheck(): Locator {
    return this.page.getByRole('heading', { name: /^Check the week of .* before you publish it$/ });
  }

  /** On the check-answers page: confirm, publishing the week as shown. */
  async confirmPublish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publish the week' }).click();
  }

  /** The confirmation after publishing, saying how many workers were told. */
  get publishedConfirmation(): Locator {
    return this.page.getByText('Week published.');
  }

  /** Go from the next week (where the board opens) to the current one. */
  async thisWeek(): Promise<void> {
    await this.page.getByRole('button', { name: 'Go to this week' }).click();
  }

  get published(): Locator {
    return this.page.getByText('published', { exact: true });
  }

  async openTab(name: Tab): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async openUnassigned(): Promise<void> {
    await this.openTab(/Unassigned/);
  }

  async openChanges(): Promise<void> {
    await this.openTab(/Changes/);
  }

  get whatStandsInTheWay(): Locator {
    return this.page.getByText('What stands in the way');
  }

  /** Open the first visit listed on the Unassigned tab (its button reads "Tue 8 Dec 2026 08:00 · Name"). */
  async openFirstUnassignedVisit(): Promise<void> {
    await this.page
      .getByRole('button', { name: /^[A-Z][a-z]{2} \d+ [A-Z][a-z]{2} \d{4} \d\d:\d\d · / })
      .first()
      .click();
  }

  /** The visit panel's cover options for an uncovered visit. */
  get coverOptions(): Locator {
    return this.page.getByRole('group', { name: 'What will you do?' });
  }

  /** Choose the cover option "Tell the person…" and fill its answers. */
  async chooseTellThePerson(reason: string, toldBy: string): Promise<void> {
    await this.page.getByLabel('Tell the person it is not covered, and record why').check();
    await this.page.getByLabel('Why the visit could not be covered').fill(reason);
    await this.page.getByLabel('Who told the person').fill(toldBy);
    await this.page.getByRole('button', { name: 'Check' }).click();
  }

  get coverCheck(): Locator {
    return this.page.getByText('Check before you confirm');
  }

  async reportSick(workerName: string): Promise<void> {
    await this.page.getByLabel('Worker').selectOption({ label: workerName });
    await this.page.getByRole('button', { name: 'Record sickness and find cover' }).click();
  }

  get sicknessRecorded(): Locator {
    return this.page.getByText('Sickness recorded, its sick pay worked out.');
  }

  async acceptCover(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accept cover' }).click();
  }

  get coverSaved(): Locator {
    return this.page.getByText('Cover saved.');
  }

  get changes(): Locator {
    return this.page.getByRole('table', { name: 'Changes since publishing' });
  }

  get payFloor(): Locator {
    return this.page.getByText('Pay floor in force');
  }

  async openPriorities(): Promise<void> {
    await this.page.getByRole('link', { name: 'Planning priorities' }).click();
  }
}
