import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPublishedDay, ACTUALS_DAY, type PublishedDay } from '@test/fixtures/actuals';

const HEADER =
  'Branch Name,Carer Ref,Carer Name,Client Name,Client Ref,Visit Date,Scheduled Start,Scheduled End,' +
  'Actual Start,Actual End,Actual Duration,Exception Code';
const line = (cells: {
  carer?: string;
  client?: string;
  start?: string;
  arrive?: string;
  leave?: string;
  branch?: string;
}) =>
  [
    cells.branch ?? 'Test Neighbourhood Hub',
    cells.carer ?? 'W-ANNA',
    'Anna Okafor',
    cells.client ?? 'Rose Adeyemi',
    'C-1',
    '23/11/2026',
    cells.start ?? '08:00',
    '09:00',
    cells.arrive ?? '08:02',
    cells.leave ?? '09:01',
    '59',
    '',
  ].join(',');
const cm2000 = (...rows: string[]) => [HEADER, ...rows].join('\r\n');

// The published Monday of aPublishedDay: Anna visits Rose at 08:00 and 10:00, Ben visits Sam at 08:30.
describe('importing a call monitoring file through dispatch', () => {
  let d: PublishedDay;
  const layout = { kind: 'cm2000' } as const;
  const actuals = () => d.t.backend.deps.db.selectFrom('visit_actual').selectAll().execute();

  beforeAll(async () => {
    d = await aPublishedDay();
  }, 60_000);
  afterAll(async () => d.t.close());

  const file = cm2000(
    line({}),
    line({ carer: 'W-BEN', client: 'Sam Taylor', start: '08:30', arrive: '08:51', leave: '09:20' }),
    line({ carer: 'W-NOBODY', start: '10:00', arrive: '10:01', leave: '10:30' }),
  );

  it('checks the file first: what matches, what does not and why, writing nothing', async () => {
    const report = await d.coordinator.ok('actuals.importCallMonitoring', { csv: file, layout, dryRun: true });
    expect(report).toMatchObject({ applied: false, rows: 3, matched: 2, replacing: 0 });
    expect(report.unmatched).toEqual([
      expect.objectContaining({ line: 4, id: null, reason: 'No worker has the staff reference “W-NOBODY”' }),
    ]);
    expect(await actuals()).toEqual([]);
  });

  it('applies it: matched times recorded as call monitoring, late arrivals flagged, the rest kept', async () => {
    const report = await d.coordinator.ok('actuals.importCallMonitoring', { csv: file, layout, dryRun: false });
    expect(report).toMatchObject({ applied: true, matched: 2 });
    const day = await d.coordinator.ok('actuals.day', { date: ACTUALS_DAY });
    const ben = day.lines.find((l) => l.visitId === d.visits['ben mon 08:30']);
    // 29 minutes of the 45 agreed, and no reason in the file: flagged for the coordinator to ask.
    expect(ben).toMatchObject({
      lateByMinutes: 21,
      flags: ['late', 'short_no_reason'],
      actual: { source: 'call_monitoring', actualMinutes: 29 },
    });
    const open = await d.coordinator.ok('actuals.openCallMonitoringRows', {});
    expect(open.rows).toHaveLength(1);
    expect(open.rows[0]?.candidates.map((c) => c.label)).toEqual([
      '08:00 Anna Okafor to Rose Adeyemi',
      '08:30 Ben Shah to Sam Taylor',
      '10:00 Anna Okafor to Rose Adeyemi',
    ]);
  });

  it('lets a person attach an unmatched row to the right visit, once', async () => {
    const row = (await d.coordinator.ok('actuals.openCallMonitoringRows', {})).rows[0];
    const visit = row?.candidates.find((c) => c.visitId === d.visits['anna mon 10:00']);
    if (!row?.id || !visit) throw new Error('no open row to resolve');
    await d.coordinator.ok('actuals.resolveCallMonitoringRow', { action: 'attach', id: row.id, ...visit });
    expect((await d.coordinator.ok('actuals.openCallMonitoringRows', {})).rows).toEqual([]);
    const line10 = (await d.coordinator.ok('actuals.day', { date: ACTUALS_DAY })).lines.find(
      (l) => l.visitId === d.visits['anna mon 10:00'],
    );
    expect(line10?.actual).toMatchObject({ arrivalMinute: 601, departureMinute: 630, source: 'call_monitoring' });
    expect(
      await d.coordinator.call('actuals.resolveCallMonitoringRow', { action: 'set_aside', id: row.id, note: 'Again' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('says a second import replaces times already recorded', async () => {
    const report = await d.coordinator.ok('actuals.importCallMonitoring', {
      csv: cm2000(line({})),
      layout,
      dryRun: true,
    });
    expect(report).toMatchObject({ matched: 1, replacing: 1 });
  });

  it.each([
    ['a column the layout does not know', `${HEADER},Mileage\r\n${line({})},3`, ['layout'], 'column “Mileage”'],
    ['a row given twice', cm2000(line({}), line({})), ['rows', 3, 'workerRef'], 'repeats line 2'],
    ['a visit of another branch', cm2000(line({ branch: 'Lewisham North' })), ['rows', 2, 'branch'], 'Lewisham North'],
    [
      'a departure before the arrival',
      cm2000(line({ arrive: '08:30', leave: '08:10' })),
      ['rows', 2, 'departure'],
      'after the arrival',
    ],
    ['an arrival days away', cm2000(line({ arrive: '20/11/2026 08:00' })), ['rows', 2, 'arrival'], 'within 12 hours'],
  ])('refuses %s, naming it, and imports nothing', async (_what, csv, path, words) => {
    const before = await actuals();
    const imports = await d.t.backend.deps.db.selectFrom('actual_import').selectAll().execute();
    const result = await d.coordinator.call('actuals.importCallMonitoring', { csv, layout, dryRun: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path }] } });
    if (!result.ok) expect(result.error.issues?.[0]?.message).toContain(words);
    expect(await actuals()).toEqual(before);
    expect(await d.t.backend.deps.db.selectFrom('actual_import').selectAll().execute()).toEqual(imports);
  });

  it('reads another system’s file through a mapping of its columns, every column named', async () => {
    const csv = 'Staff,Customer,Date,Planned,In,Out,Notes\r\nW-BEN,Sam Taylor,2026-11-23,08:30,08:31,09:15,ok';
    const columns = {
      Staff: 'workerRef',
      Customer: 'personName',
      Date: 'visitDate',
      Planned: 'plannedStart',
      In: 'arrival',
      Out: 'departure',
    } as const;
    const unnamed = await d.coordinator.call('actuals.importCallMonitoring', {
      csv,
      layout: { kind: 'mapped', columns },
      dryRun: true,
    });
    expect(unnamed).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['layout'], message: expect.stringContaining('“Notes”') }] },
    });
    const header = await d.coordinator.ok('actuals.callMonitoringHeader', { csv });
    expect(header.headings.map((h) => h.heading)).toEqual([
      'Staff',
      'Customer',
      'Date',
      'Planned',
      'In',
      'Out',
      'Notes',
    ]);
    const report = await d.coordinator.ok('actuals.importCallMonitoring', {
      csv,
      layout: { kind: 'mapped', columns: { ...columns, Notes: 'ignore' } },
      dryRun: true,
    });
    expect(report).toMatchObject({ matched: 1, unmatched: [] });
  });

  it('is the office’s: a worker cannot import', async () => {
    expect(await d.worker.call('actuals.importCallMonitoring', { csv: file, layout, dryRun: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
