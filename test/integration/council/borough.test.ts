import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '@council/accounts/account-service';
import { boroughView } from '@council/borough/borough-view';
import { storeSummary } from '@council/intake/store-summary';
import { seededIds } from '@main/platform/ids';
import { boroughSummaries, seedBorough, type BoroughShape } from '@test/fixtures/council/borough-seed';
import { COUNCIL_DIALECT, startCouncil, type TestCouncil } from '@test/fixtures/council/council-fixture';
import { WEEK_COLUMNS } from '@council/borough/borough-columns';
import { formatRate } from '@council/web/format';
import { sampleMonthlySummary, sampleWeeklySummary, summaryIdFor } from '@test/fixtures/sync/random-figures';

const BRANCH = {
  providerId: '1-101234567',
  providerName: 'Riverside Homecare Ltd',
  branchId: 'west-1',
  branchName: 'West branch 1',
  neighbourhood: 'West',
};

const SHAPE: BoroughShape = {
  neighbourhoods: ['North', 'South'],
  branchesPerNeighbourhood: 2,
  lastMonth: '2026-11-01',
  months: 3,
  lastWeek: '2026-11-30',
  weeks: 4,
  silent: { 'south-2': 1 },
};

let council: TestCouncil;
let admin: { username: string; password: string };
let reader: { username: string; password: string };

async function signIn(who: { username: string; password: string }): Promise<string> {
  const response = await fetch(`${council.url}/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(who).toString(),
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

const get = (path: string, cookie = '') => fetch(`${council.url}${path}`, { headers: { cookie }, redirect: 'manual' });

beforeAll(async () => {
  council = await startCouncil();
  await seedBorough(council.store, SHAPE);
  await council.token('east-1'); // expected, never reported
  const ids = seededIds(council.clock, 9);
  const made = await createAccount(council.store.db, council.clock, ids, {
    username: 'a.admin',
    displayName: 'Ada Admin',
    role: 'admin',
  });
  const read = await createAccount(council.store.db, council.clock, ids, {
    username: 'r.reader',
    displayName: 'Rob Reader',
    role: 'reader',
  });
  // Accounts as if their owners had chosen their own passwords already.
  await council.store.db.updateTable('account').set({ must_change_password: 0 }).execute();
  admin = { username: 'a.admin', password: made.temporaryPassword };
  reader = { username: 'r.reader', password: read.temporaryPassword };
});
afterAll(async () => {
  await council.stop();
});

describe(`the borough view (${COUNCIL_DIALECT})`, () => {
  it('puts every branch side by side for the latest month and week, listing those not reported', async () => {
    const view = await boroughView(council.store.db, null);
    expect(view.month.start).toBe('2026-11-01');
    expect(view.week.start).toBe('2026-11-30');
    expect(view.month.branches.map((b) => b.summary.branch.branchId)).toEqual(['north-1', 'north-2', 'south-1']);
    expect(view.month.missing).toEqual([
      { branchId: 'east-1', branchName: null, neighbourhood: null, lastPeriodStart: null },
      { branchId: 'south-2', branchName: 'South branch 2', neighbourhood: 'South', lastPeriodStart: '2026-10-01' },
    ]);
    expect(view.neighbourhoods).toEqual(['North', 'South']);
  });

  it('shows a branch’s corrected summary for a period instead of the one it replaces', async () => {
    const corrected = sampleMonthlySummary(
      77,
      {
        summaryId: summaryIdFor(880_001),
        period: { kind: 'month', start: '2026-11-01', end: '2026-11-30' },
        generatedAt: '2026-12-05T09:00:00.000Z',
        branch: {
          providerId: '1-101234567',
          providerName: 'Riverside Homecare Ltd',
          branchId: 'north-1',
          branchName: 'North branch 1',
          neighbourhood: 'North',
        },
      },
      99,
    );
    expect((await storeSummary(council.store.db, corrected, council.clock.now())).kind).toBe('stored');
    const view = await boroughView(council.store.db, 'North');
    const north1 = view.month.branches.find((b) => b.summary.branch.branchId === 'north-1');
    expect(north1?.summary.summaryId).toBe(corrected.summaryId);
    const workforce = view.charts.find((c) => c.spec.id === 'workforce')!;
    expect(workforce.series.map((s) => s.label)).toEqual(['North']);
    const other = view.month.branches.find((b) => b.summary.branch.branchId === 'north-2')!.summary.workforce!
      .headcount;
    expect(workforce.series[0]!.values.at(-1)).toBe(99 + (other as number));
  });

  it('charts a rate across branches weighted by each branch’s denominator', async () => {
    const view = await boroughView(council.store.db, null);
    const chart = view.charts.find((c) => c.spec.id === 'short-visits')!;
    const lastWeek = [...boroughSummaries(SHAPE)].filter(
      (s) => s.period.start === '2026-11-30' && s.branch.neighbourhood === 'North',
    );
    let count = 0;
    let of = 0;
    for (const s of lastWeek) {
      const share = s.careDelivery!.visitsUnder30Minutes;
      if (typeof share.rate === 'number' && typeof share.of === 'number') {
        count += share.rate * share.of;
        of += share.of;
      }
    }
    const north = chart.series.find((s) => s.label === 'North')!;
    expect(north.values.at(-1)).toBeCloseTo((count / of) * 100, 6);
    expect(chart.periods).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
  });

  it('shows the figures from actual visit times beside a version 1 summary, which has none', async () => {
    const week = { kind: 'week', start: '2026-11-30', end: '2026-12-06' } as const;
    const current = sampleWeeklySummary(31, {
      summaryId: summaryIdFor(880_101),
      period: week,
      branch: { ...BRANCH, branchId: 'west-1', branchName: 'West branch 1' },
    });
    const { visitTimes: _v, ...careV1 } = current.careDelivery!;
    const older = {
      ...sampleWeeklySummary(32, {
        summaryId: summaryIdFor(880_102),
        period: week,
        branch: { ...BRANCH, branchId: 'west-2', branchName: 'West branch 2' },
      }),
      schemaVersion: 1 as const,
      careDelivery: careV1,
    };
    for (const summary of [current, older])
      expect((await storeSummary(council.store.db, summary, council.clock.now())).kind).toBe('stored');
    const view = await boroughView(council.store.db, 'West');
    const cells = (heading: string) => {
      const column = WEEK_COLUMNS.find((c) => c.heading === heading)!;
      return view.week.branches.map((b) => [b.summary.branch.branchId, column.cell(b.summary)]);
    };
    expect(cells('Arrivals on time')).toEqual([
      ['west-1', formatRate(current.careDelivery!.visitTimes.punctuality)],
      ['west-2', ''],
    ]);
    expect(cells('Visits missed')).toEqual([
      ['west-1', formatRate(current.careDelivery!.visitTimes.missedRate)],
      ['west-2', ''],
    ]);
  });
});

describe(`the borough pages (${COUNCIL_DIALECT})`, () => {
  it('asks for sign-in first, and refuses a wrong password without saying which part was wrong', async () => {
    expect((await get('/borough')).headers.get('location')).toBe('/sign-in');
    const wrong = await fetch(`${council.url}/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=a.admin&password=not-the-password',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('The username or password is not right');
  });

  it('shows a reader the borough view but not the admin pages', async () => {
    const cookie = await signIn(reader);
    // Pages are read as a person would, with runs of spaces and line breaks as one space.
    const page = (await (await get('/borough', cookie)).text()).replace(/\s+/g, ' ');
    expect(page).toContain('Workforce, pay and training: November 2026');
    expect(page).toContain('Care delivery and the hub: Week of 30 Nov 2026');
    expect(page).toContain('South branch 2 (South): last sent for October 2026');
    expect(page).toContain('east-1: has never sent one');
    expect(page).not.toContain('href="/admin/accounts"');
    const admin = await get('/admin/accounts', cookie);
    expect(admin.status).toBe(403);
    expect(await admin.text()).toContain('Only admin accounts manage accounts');
  });

  it('exports the latest figures as CSV with formula cells neutralised', async () => {
    const evil = sampleMonthlySummary(5, {
      summaryId: summaryIdFor(880_002),
      period: { kind: 'month', start: '2026-11-01', end: '2026-11-30' },
      branch: {
        providerId: '1-101234567',
        providerName: '=HYPERLINK("http://x")',
        branchId: 'east-1',
        branchName: '@east',
        neighbourhood: 'East',
      },
    });
    await storeSummary(council.store.db, evil, council.clock.now());
    const cookie = await signIn(admin);
    const response = await get('/borough/latest.csv', cookie);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await response.text();
    expect(csv.split('\r\n')[0]).toMatch(/^Neighbourhood,Branch,Branch id,Provider,Period,Workers,/);
    expect(csv).toContain(`East,'@east,east-1,"'=HYPERLINK(""http://x"")",November 2026`);
  });

  it('refuses a form posted without the page’s CSRF token', async () => {
    const cookie = await signIn(admin);
    const response = await fetch(`${council.url}/admin/accounts`, {
      method: 'POST',
      headers: { cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=x.y.z&displayName=X&role=admin',
    });
    expect(response.status).toBe(403);
    expect(
      (await council.store.db.selectFrom('account').select('username').execute()).map((a) => a.username),
    ).not.toContain('x.y.z');
  });
});
