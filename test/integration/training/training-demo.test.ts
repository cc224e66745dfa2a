import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('training demo data', () => {
  it('seeds providers, courses, requirements, records, sessions and a register for today', async () => {
    const started = performance.now();
    tb = await openTestBackend({ demo: true });
    const demoSeconds = (performance.now() - started) / 1000;
    const manager = await tb.signedIn('manager');
    const providers = await manager.ok('training.listProviders', {});
    expect(
      providers
        .filter((p) => p.kind === 'specialist')
        .map((p) => p.strand)
        .sort(),
    ).toEqual(['dementia', 'end_of_life', 'learning_disability', 'meaningful_life', 'mental_health']);
    const courses = await manager.ok('training.listCourses', {});
    expect(courses.length).toBeGreaterThanOrEqual(25);
    const matrix = await manager.ok('training.matrix', {});
    expect(matrix.rows.length).toBeGreaterThan(100);
    const codes = new Set(matrix.rows.flatMap((r) => [...r.cells]));
    for (const code of ['V', 'X', 'M', '-']) expect(codes).toContain(code);
    const sessions = await manager.ok('training.listSessions', { from: '2026-11-23', to: '2026-11-23' });
    expect(sessions[0]?.booked).toBeGreaterThan(5);
    const alerts = await manager.ok('training.alerts', {});
    expect(alerts.length).toBeGreaterThan(0);
    console.log(
      `demo built in ${demoSeconds.toFixed(2)} s; ${matrix.rows.length} ` +
        `rows × ${matrix.courses.length} courses; ${alerts.length} alerts`,
    );
  });
});
