import { HomePage } from '../pages/home-page';
import { signIn } from '../pages/sign-in-page';
import { apiAs, thisWeekPublished } from '../support/api-as';
import { expect, expectAccessible, test } from '../support/fixtures';

// Each role's home on the demo branch, with this week planned and published so every panel has figures to show.
const HOMES = [
  { role: 'manager', panels: ['This week’s cover', 'Compliance due', 'Pay floor', 'Training expiring'] },
  { role: 'coordinator', panels: ['Today’s visits with nobody', 'Next week', 'Hours against guaranteed hours'] },
  { role: 'trainer', panels: ['Today’s sessions', 'Registers to submit', 'Training expiring'] },
  { role: 'worker', panels: ['Your week', 'Your training', 'Your career pathway'] },
  { role: 'visitor', panels: ['Your bookings at the hub'] },
] as const;

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

test.describe('home pages', () => {
  test('each role lands on its home page, readable at 1280×720 and 1440×900', async ({ page, baseURL }) => {
    test.setTimeout(400_000);
    if (!baseURL) throw new Error('no base URL');
    // The host's clock is the app's: the week it calls this one is planned and published.
    const { ok, ctx } = await apiAs(baseURL, 'coordinator');
    await thisWeekPublished(ok);
    await ctx.dispose();

    for (const home of HOMES) {
      const shell = await signIn(page, home.role);
      const homePage = new HomePage(page);
      await expect(homePage.greeting).toHaveText(/^Hello, /);
      for (const panel of home.panels) await expect(homePage.panel(panel)).toBeVisible();
      await expectAccessible(page);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `test-results/screenshots/home-${home.role}-${size.width}x${size.height}.png` });
      }
      await page.setViewportSize({ width: 1360, height: 860 });
      await shell.signOut();
    }
  });
});
