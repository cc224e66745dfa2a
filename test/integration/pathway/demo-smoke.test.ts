import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('pathway demo', () => {
  it('places every care worker on a step, with apprentices across the four standards', async () => {
    tb = await openTestBackend({ demo: true });
    const manager = await tb.signedIn('manager');
    const overview = await manager.ok('pathway.overview', {});
    const care = overview.filter((r) => r.stepName !== null);
    expect(care.length).toBeGreaterThan(130);
    const dash = await manager.ok('apprenticeships.dashboard', {});
    expect(dash.activeByStandard.map((s) => s.standardCode)).toEqual(['ST0005', 'ST0006', 'ST0007', 'ST0008']);
    expect(dash.active.length).toBeGreaterThanOrEqual(12);
    expect(dash.behind.length).toBeGreaterThan(0);
    expect(dash.reviewsDue.some((r) => r.reviewDaysLeft < 0)).toBe(true);
    expect(dash.gatewaysSoon.length).toBeGreaterThan(0);
    expect(dash.completionsByMonth.reduce((n, m) => n + m.count, 0)).toBe(2);
    const career = await manager.ok('pathway.career', {});
    expect(career.promotionsLast12Months).toBeGreaterThan(0);
    expect(career.byCategory.find((c) => c.cwpCategory === 1)!.count).toBeGreaterThan(0);
    // Demo history meets each step's requirements, so no placement carries an override.
    const audit = await manager.ok('audit.list', { action: 'pathway.progressOverride' });
    expect(audit).toHaveLength(0);
  });
});
