import { formatWeek } from '@shared/domain/time/format';
import { CouncilSyncPage } from '../pages/council-sync-page';
import { signIn } from '../pages/sign-in-page';
import { apiAs, thisWeekPublished } from '../support/api-as';
import { startBareCouncil } from '../support/council-host';
import { expect, expectAccessible, test } from '../support/fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

test('the manager sets up council sync, reads the next summary, queues it and the council stores it', async ({
  page,
  snap,
  baseURL,
}) => {
  test.setTimeout(300_000);
  if (!baseURL) throw new Error('no base URL');
  const council = await startBareCouncil('e2e-branch');
  try {
    // The demo's ideal weeks start today, so the week just finished has no rota; this week's is planned and
    // published, as a coordinator would have done, and the manager picks it.
    const manager = await apiAs(baseURL, 'manager');
    const { isoWeek: week } = await thisWeekPublished(manager.ok);
    const period = formatWeek(week);

    const shell = await signIn(page, 'manager');
    await shell.open('councilSync');
    const sync = new CouncilSyncPage(page);
    await expect(sync.heading).toBeVisible();
    await expect(sync.status).toContainText('Nothing sent yet');
    await expectAccessible(page);

    await sync.openTab('Settings');
    await sync.saveSettings({ address: 'http://council.example.gov.uk', branchId: 'e2e-branch', token: council.token });
    await expect(sync.errorSummary).toContainText('must start with https://');
    await snap('council-sync-settings-refused');
    await expectAccessible(page);
    await sync.saveSettings({ address: council.url, branchId: 'e2e-branch', token: council.token });
    await expect(sync.saved).toBeVisible();

    await sync.openTab('Next summary');
    await expect(sync.notPlanned).toBeVisible();
    await sync.nextWeek();
    await expect(sync.nextSummary(period)).toContainText('people supported', { timeout: 60_000 });
    await expect(sync.heldBack).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await snap(`council-sync-next-${size.width}x${size.height}`);
    }
    await expectAccessible(page);
    await sync.queueShown();
    await expect(sync.check).toContainText('e2e-branch');
    await snap('council-sync-check');
    await sync.confirmQueue();
    await expect(sync.queued).toBeVisible();

    await sync.openTab('Status');
    await expect(sync.status).not.toContainText('Nothing sent yet', { timeout: 30_000 });
    await expect(sync.status).toContainText('Waiting to send');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await snap(`council-sync-status-${size.width}x${size.height}`);
    }
    await expectAccessible(page);

    await sync.openTab('Sent');
    await expect(sync.sent).toContainText('Sent');
    await sync.openSent(period);
    await expect(sync.opened(period)).toContainText('Exactly what is sent');
    await snap('council-sync-sent-open');
    await expectAccessible(page);
  } finally {
    await council.stop();
  }
});
