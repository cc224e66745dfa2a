import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShortenedReason, type VisitTimeTotals } from '@shared/domain/actuals/visit-time-figures';
import type { CurrentSummary } from '@shared/domain/sync/summary';
import { visitTimesOf } from '@shared/domain/sync/visit-times-section';
import { trendsCsv } from '@council/borough/borough-csv';
import { boroughView } from '@council/borough/borough-view';
import type { ChartData } from '@council/borough/trends';
import { up as migration0003 } from '@council/db/migrations/0003-visit-times-figures';
import { storeSummary } from '@council/intake/store-summary';
import { cellText } from '@council/web/line-chart';
import { boroughPage } from '@council/web/pages/borough-page';
import { COUNCIL_DIALECT, startCouncil, type TestCouncil } from '@test/fixtures/council/council-fixture';
import { sampleWeeklySummary, summaryIdFor } from '@test/fixtures/sync/random-figures';

const WEEK_1 = { kind: 'week', start: '2026-11-23', end: '2026-11-29' } as const;
const WEEK_2 = { kind: 'week', start: '2026-11-30', end: '2026-12-06' } as const;

/** A week's tally of visit times; shortened visits all for the person being out. */
function tally(t: Omit<VisitTimeTotals, 'planned' | 'lengthenedWithReason' | 'shortenedByReason'>): VisitTimeTotals {
  const reasons = Object.fromEntries(ShortenedReason.options.map((r) => [r, 0])) as Record<ShortenedReason, number>;
  return {
    ...t,
    planned: t.due,
    lengthenedWithReason: t.lengthened,
    shortenedByReason: { ...reasons, no_reason: t.shortened },
  };
}

let n = 0;
/** A weekly summary of a West branch whose visit times are the tally given (suppressed as a branch sends them). */
function weekOf(branch: number, period: typeof WEEK_1 | typeof WEEK_2, totals: VisitTimeTotals): CurrentSummary {
  n += 1;
  const summary = sampleWeeklySummary(500 + n, {
    summaryId: summaryIdFor(990_000 + n),
    period,
    branch: {
      providerId: '1-101234567',
      providerName: 'Riverside Homecare Ltd',
      branchId: `west-${branch}`,
      branchName: `West branch ${branch}`,
      neighbourhood: 'West',
    },
  });
  return { ...summary, careDelivery: { ...summary.careDelivery!, visitTimes: visitTimesOf(totals, 15) } };
}

/** The same summary as a branch still on version 1 sends it: no figures from visit times. */
function asVersion1(summary: CurrentSummary) {
  const { visitTimes: _v, ...careV1 } = summary.careDelivery!;
  return { ...summary, schemaVersion: 1 as const, careDelivery: careV1 };
}

const WEST_1 = [
  tally({ due: 40, onTime: 30, late: 5, missed: 5, completed: 35, lengthened: 5, shortened: 5, ...hours(35, 35) }),
  tally({ due: 100, onTime: 80, late: 10, missed: 10, completed: 90, lengthened: 10, shortened: 10, ...hours(90, 95) }),
];
// 2 missed is sent as "<5"; the late cell (the next smallest) is held back with it, so neither can be worked out.
const WEST_2 = tally({
  due: 50,
  onTime: 40,
  late: 8,
  missed: 2,
  completed: 48,
  lengthened: 6,
  shortened: 5,
  ...hours(48, 50),
});

function hours(planned: number, actual: number) {
  return { plannedMinutesCompleted: planned * 60, actualMinutesCompleted: actual * 60 };
}

let council: TestCouncil;
let charts: ChartData[];
const chart = (id: string) => charts.find((c) => c.spec.id === id)!;
const line = (id: string, label: string) => chart(id).series.find((s) => s.label === label)!;
const texts = (id: string, label: string) => {
  const c = chart(id);
  const s = line(id, label);
  return s.values.map((v, i) => cellText(c.spec.unit, v, s.gaps?.[i]));
};

beforeAll(async () => {
  council = await startCouncil();
  const summaries = [
    weekOf(1, WEEK_1, WEST_1[0]!),
    weekOf(1, WEEK_2, WEST_1[1]!),
    weekOf(2, WEEK_2, WEST_2),
    asVersion1(weekOf(3, WEEK_2, WEST_1[1]!)),
  ];
  for (const s of summaries) expect((await storeSummary(council.store.db, s, council.clock.now())).kind).toBe('stored');
  charts = (await boroughView(council.store.db, 'West')).visitTimesCharts;
});
afterAll(async () => {
  await council.stop();
});

describe(`visit times over time in the borough view (${COUNCIL_DIALECT})`, () => {
  it('charts arrivals for the branches combined, leaving out a branch that held the count back', async () => {
    expect(chart('visit-arrivals').periods).toEqual(['2026-11-23', '2026-11-30']);
    expect(line('visit-arrivals', 'On time').values).toEqual([75, ((80 + 40) / 150) * 100]);
    // West branch 2 sent neither its late nor its missed count: both lines are West branch 1's alone.
    expect(line('visit-arrivals', 'Late').values).toEqual([12.5, 10]);
    expect(line('visit-arrivals', 'Missed').values).toEqual([12.5, 10]);
    expect(line('visit-lengths', 'Shortened').values[1]).toBeCloseTo(((10 + 5) / (90 + 48)) * 100, 9);
    expect(line('visit-hours', 'Planned').values).toEqual([35, 90 + 48]);
    expect(line('visit-hours', 'Actual').values).toEqual([35, 95 + 50]);
  });

  it('charts each branch on its own: “suppressed” where held back, blank for version 1, never 0', async () => {
    const byBranch = chart('visit-missed-by-branch');
    expect(byBranch.series.map((s) => s.label)).toEqual(['West branch 1', 'West branch 2', 'West branch 3']);
    expect(texts('visit-missed-by-branch', 'West branch 1')).toEqual(['13%', '10%']);
    expect(texts('visit-missed-by-branch', 'West branch 2')).toEqual(['not sent', 'suppressed']);
    expect(texts('visit-missed-by-branch', 'West branch 3')).toEqual(['not sent', '']);
    expect(texts('visit-late-by-branch', 'West branch 2')).toEqual(['not sent', 'suppressed']);
    expect(texts('visit-onTime-by-branch', 'West branch 2')).toEqual(['not sent', '80%']);
    expect(texts('visit-hours-by-branch', 'West branch 1')).toEqual(['100%', '106%']);
    expect(texts('visit-hours-by-branch', 'West branch 3')).toEqual(['not sent', '']);
  });

  it('shows the same on the page and in the figures-over-time CSV', async () => {
    const view = await boroughView(council.store.db, 'West');
    const page = String(boroughPage(view));
    expect(page).toContain('Visit times');
    expect(page).toContain('Missed visits, by branch');
    expect(page).toContain('<td>suppressed</td>');
    const csv = trendsCsv(view).split('\r\n');
    expect(csv).toContain('"Missed visits, by branch",West branch 2,Week of 30 Nov 2026,2026-11-30,suppressed');
    expect(csv).toContain('"Missed visits, by branch",West branch 3,Week of 30 Nov 2026,2026-11-30,');
  });

  it('fills the new columns for version 2 summaries stored before migration 0003', async () => {
    const db = council.store.db;
    const columns = [
      'f_vt_due',
      'f_vt_on_time',
      'f_vt_late',
      'f_vt_missed',
      'f_vt_completed',
      'f_vt_lengthened',
      'f_vt_shortened',
      'f_vt_planned_hours',
      'f_vt_actual_hours',
    ];
    // The store as 0002 left it: the rows without the columns.
    for (const column of columns) await sql`alter table summary drop column ${sql.ref(column)}`.execute(db);
    await migration0003(db as never);
    const rows = await db
      .selectFrom('summary')
      .select([
        'branch_id',
        'period_start',
        'schema_version',
        'f_vt_due',
        'f_vt_late',
        'f_vt_missed',
        'f_vt_actual_hours',
      ])
      .orderBy('branch_id')
      .orderBy('period_start')
      .execute();
    expect(
      rows.map((r) => [r.branch_id, r.period_start, r.f_vt_due, r.f_vt_late, r.f_vt_missed, r.f_vt_actual_hours]),
    ).toEqual([
      ['west-1', '2026-11-23', 40, 5, 5, 35],
      ['west-1', '2026-11-30', 100, 10, 10, 95],
      ['west-2', '2026-11-30', 50, null, null, 50],
      ['west-3', '2026-11-30', null, null, null, null],
    ]);
    expect((await boroughView(db, 'West')).visitTimesCharts).toEqual(charts);
  });
});
