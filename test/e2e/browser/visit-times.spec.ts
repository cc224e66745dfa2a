import { formatWeek } from '@shared/domain/time/format';
import { apiAs, thisWeekPublished } from '../support/api-as';
import { signIn } from '../pages/sign-in-page';
import { VisitTimesPage } from '../pages/visit-times-page';
import { expect, expectAccessible, test } from '../support/fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

interface DayLine {
  isoWeek: string;
  visitId: string;
  staffId: string;
  plannedStartMinute: number;
  plannedMinutes: number;
}

// The demo branch holds no actual times: this week is planned and published, and the visits already over today are
// recorded as the office would, mostly on time, some late, a few shortened (with a reason) or lengthened (with a
// note), and some left missed, so every chart has something to draw.
test.describe('visit times', () => {
  test('the coordinator reads the week’s visit times, readable at 1280×720 and 1440×900', async ({ page, baseURL }) => {
    test.setTimeout(400_000);
    if (!baseURL) throw new Error('no base URL');
    const { ok, ctx } = await apiAs(baseURL, 'coordinator');
    const { today, minute, isoWeek } = await thisWeekPublished(ok);
    const day = (await ok('actuals.day', { date: today })) as { lines: DayLine[] };
    const over = day.lines.filter((l) => l.plannedStartMinute + l.plannedMinutes + 20 < minute).slice(0, 60);
    for (const [n, line] of over.entries()) {
      if (n % 9 === 8) continue; // missed
      const late = n % 7 === 3 ? 25 : n % 3;
      const length =
        n % 11 === 5 ? line.plannedMinutes - 15 : n % 13 === 6 ? line.plannedMinutes + 15 : line.plannedMinutes;
      await ok('actuals.record', {
        isoWeek: line.isoWeek,
        visitId: line.visitId,
        staffId: line.staffId,
        arrivalDate: today,
        arrivalMinute: line.plannedStartMinute + late,
        departureDate: today,
        departureMinute: Math.min(minute, line.plannedStartMinute + late + length),
        shortReason: length < line.plannedMinutes ? 'person_out' : null,
        note: length > line.plannedMinutes ? 'The person wanted a walk' : null,
      });
    }
    await ctx.dispose();

    await signIn(page, 'coordinator');
    const visitTimes = new VisitTimesPage(page);
    await visitTimes.open();
    await expect(visitTimes.heading).toHaveText('Visit times');
    await expect(visitTimes.summary(formatWeek(isoWeek))).toBeVisible();
    await expect(visitTimes.byWorker).toBeVisible();
    await expectAccessible(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `test-results/screenshots/visit-times-${size.width}x${size.height}.png` });
      await page.screenshot({
        path: `test-results/screenshots/visit-times-full-${size.width}x${size.height}.png`,
        fullPage: true,
      });
    }
  });
});
