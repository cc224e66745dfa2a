import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPublishedDay, ACTUALS_DAY, ACTUALS_WEEK, type PublishedDay } from '@test/fixtures/actuals';

const at = (h: number, m = 0) => h * 60 + m;

// Monday 23 November 2026 at 09:00 in London: Anna (the worker account) has visits to Rose at 08:00 (60 minutes)
// and 10:00 (30 minutes); Ben has one to Sam at 08:30 (45 minutes).
describe('actual arrival and departure, recorded through dispatch', () => {
  let d: PublishedDay;

  beforeAll(async () => {
    d = await aPublishedDay();
  }, 60_000);
  afterAll(async () => d.t.close());

  const record = (visitId: string, overrides: Record<string, unknown> = {}) => ({
    isoWeek: ACTUALS_WEEK,
    visitId,
    arrivalDate: ACTUALS_DAY,
    arrivalMinute: at(8, 5),
    departureDate: ACTUALS_DAY,
    departureMinute: at(9),
    ...overrides,
  });
  const stored = () => d.t.backend.deps.db.selectFrom('visit_actual').selectAll().execute();
  const auditOf = (action: string) =>
    d.t.backend.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('flags the day as it stands: no arrival 15 minutes after the start is missed, later ones not due', async () => {
    const day = await d.coordinator.ok('actuals.day', { date: ACTUALS_DAY });
    const byStart = new Map(day.lines.map((l) => [l.plannedStartMinute, l]));
    expect(day.settings.lateMinutes).toBe(15);
    expect(day.nowMinute).toBe(at(9));
    expect(byStart.get(at(8))).toMatchObject({
      workerName: 'Anna Okafor',
      clientName: 'Rose Adeyemi',
      status: 'missed',
    });
    expect(byStart.get(at(8, 30))).toMatchObject({ status: 'missed', flags: ['missed'] });
    expect(byStart.get(at(10))).toMatchObject({ status: 'not_due', flags: [] });
  });

  it('lets a worker record their own visit the same day, as the worker, audited', async () => {
    const saved = await d.worker.ok('actuals.record', record(d.visits['anna mon 08:00']));
    expect(saved).toMatchObject({ actualMinutes: 55, source: 'worker', recordedBy: 'worker' });
    const mine = await d.worker.ok('actuals.myDay', { date: ACTUALS_DAY });
    expect(mine.canRecord).toBe(true);
    expect(mine.lines.map((l) => [l.plannedStartMinute, l.status])).toEqual([
      [at(8), 'done'],
      [at(10), 'not_due'],
    ]);
    expect(await auditOf('actuals.record')).toHaveLength(1);
  });

  it('needs a reason from the list to end a visit short, and flags it to the coordinator', async () => {
    const short = record(d.visits['anna mon 08:00'], { departureMinute: at(8, 35) });
    const refused = await d.worker.call('actuals.record', short);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['shortReason'] }] } });
    expect((await stored())[0]).toMatchObject({ departure_minute: at(9) });
    await d.worker.ok('actuals.record', { ...short, shortReason: 'person_out' });
    const line = (await d.coordinator.ok('actuals.day', { date: ACTUALS_DAY })).lines.find(
      (l) => l.visitId === d.visits['anna mon 08:00'],
    );
    expect(line).toMatchObject({ flags: ['short'], actual: { actualMinutes: 30, shortReason: 'person_out' } });
  });

  it('needs a note to make a visit longer than agreed', async () => {
    const longer = record(d.visits['anna mon 08:00'], { arrivalMinute: at(7, 40), departureMinute: at(8, 58) });
    expect(await d.worker.call('actuals.record', longer)).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['note'], message: 'The visit was longer than the 60 minutes agreed: say why' }] },
    });
    await d.worker.ok('actuals.record', { ...longer, note: 'Rose wanted a walk to the park' });
    const line = (await d.worker.ok('actuals.myDay', { date: ACTUALS_DAY })).lines[0];
    expect(line).toMatchObject({ flags: ['longer'], actual: { note: 'Rose wanted a walk to the park' } });
  });

  it('refuses bad times at their fields, changing nothing, and audits each refusal', async () => {
    const before = await stored();
    const failures = (await auditOf('actuals.record')).filter((a) => a.outcome === 'failure').length;
    const backwards = await d.worker.call(
      'actuals.record',
      record(d.visits['anna mon 08:00'], { arrivalMinute: at(8, 30), departureMinute: at(8, 10) }),
    );
    expect(backwards).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['departureMinute'], message: 'The departure must be after the arrival' }] },
    });
    const daysAway = await d.coordinator.call(
      'actuals.record',
      record(d.visits['anna mon 08:00'], {
        staffId: d.anna.id,
        arrivalDate: '2026-11-20',
        departureDate: '2026-11-20',
      }),
    );
    expect(daysAway).toMatchObject({ ok: false, error: { issues: [{ path: ['arrivalDate'] }] } });
    if (!daysAway.ok) expect(daysAway.error.message).toContain('within 12 hours of the planned start');
    const future = await d.worker.call(
      'actuals.record',
      record(d.visits['anna mon 10:00'], { arrivalMinute: at(10), departureMinute: at(10, 30) }),
    );
    expect(future).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['arrivalMinute'] }, { path: ['departureMinute'] }] },
    });
    expect(await stored()).toEqual(before);
    expect((await auditOf('actuals.record')).filter((a) => a.outcome === 'failure')).toHaveLength(failures + 3);
  });

  it('keeps a worker to their own visits, on their own day, and to what the office has not recorded', async () => {
    expect(
      await d.worker.call('actuals.record', record(d.visits['ben mon 08:30'], { staffId: d.ben.id })),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.worker.call('actuals.record', record(d.visits['ben mon 08:30']))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['visitId'] }] },
    });
    const tomorrow = await d.worker.call(
      'actuals.record',
      record(d.visits['anna tue 08:00'], { arrivalDate: '2026-11-24', departureDate: '2026-11-24' }),
    );
    expect(tomorrow).toMatchObject({ ok: false, error: { issues: [{ path: ['visitId'] }] } });
    if (!tomorrow.ok) expect(tomorrow.error.message).toContain('on its own day only (Tue 24 Nov 2026)');
    await d.coordinator.ok('actuals.record', record(d.visits['anna mon 08:00'], { staffId: d.anna.id }));
    expect(await d.worker.call('actuals.record', record(d.visits['anna mon 08:00']))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('flags a late arrival beyond the branch threshold, which the manager can change', async () => {
    await d.coordinator.ok(
      'actuals.record',
      record(d.visits['ben mon 08:30'], {
        staffId: d.ben.id,
        arrivalMinute: at(8, 50),
        departureMinute: null,
        departureDate: null,
      }),
    );
    const line = () =>
      d.coordinator
        .ok('actuals.day', { date: ACTUALS_DAY })
        .then((day) => day.lines.find((l) => l.visitId === d.visits['ben mon 08:30']));
    expect(await line()).toMatchObject({ status: 'arrived', lateByMinutes: 20, flags: ['late'] });
    expect(await d.coordinator.call('actuals.saveSettings', { lateMinutes: 30 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await d.manager.ok('actuals.saveSettings', { lateMinutes: 30 });
    expect(await line()).toMatchObject({ lateByMinutes: 20, flags: [] });
    await d.manager.ok('actuals.saveSettings', { lateMinutes: 15 });
  });

  it('shows a missed visit later the same day once its threshold passes', async () => {
    d.t.clock.set('2026-11-23T10:16:00.000Z');
    // Signed in again: an hour without use locks the screen.
    const coordinator = await d.t.signedIn('coordinator');
    const day = await coordinator.ok('actuals.day', { date: ACTUALS_DAY });
    expect(day.lines.find((l) => l.visitId === d.visits['anna mon 10:00'])).toMatchObject({ status: 'missed' });
  });
});
