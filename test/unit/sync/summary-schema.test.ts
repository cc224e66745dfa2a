import { describe, expect, it } from 'vitest';
import { buildMonthlySummary, buildWeeklySummary } from '@shared/domain/sync/build-summary';
import { checkSummary, clockIssues } from '@shared/domain/sync/summary';
import { seededRandom } from '@main/platform/random';
import { envelopeFor, randomMonthFigures, randomWeekFigures } from '@test/fixtures/sync/random-figures';

const SUMMARY_ID = '019ae3c0-0000-7000-8000-000000000001';
const WEEK = { kind: 'week', start: '2026-11-30', end: '2026-12-06' } as const;

function monthly(size = 40) {
  return buildMonthlySummary(envelopeFor({ summaryId: SUMMARY_ID }), randomMonthFigures(seededRandom(size), size));
}

function weekly(people = 30) {
  return buildWeeklySummary(
    envelopeFor({ summaryId: SUMMARY_ID, period: WEEK }),
    randomWeekFigures(seededRandom(people), people),
  );
}

function issuesFor(body: unknown) {
  const check = checkSummary(body);
  return check.ok ? [] : check.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('summary schema versions 1 and 2', () => {
  it('accepts monthly and weekly summaries built from random branches, small and large', () => {
    for (const size of [0, 1, 3, 7, 40, 250]) {
      expect(issuesFor(monthly(size))).toEqual([]);
      expect(issuesFor(weekly(size))).toEqual([]);
    }
  });

  it('refuses an unknown version, naming the versions it knows', () => {
    const check = checkSummary({ ...monthly(), schemaVersion: 3 });
    expect(check).toMatchObject({ ok: false, reason: 'unknown_version' });
    expect(issuesFor({ ...monthly(), schemaVersion: 3 })).toEqual([
      'schemaVersion: Unknown summary version 3; known: 1, 2',
    ]);
    expect(checkSummary([1, 2])).toMatchObject({ ok: false, reason: 'not_a_summary' });
  });

  it('builds version 2, and still accepts version 1 as branches not yet updated send it', () => {
    const summary = weekly();
    expect(summary.schemaVersion).toBe(2);
    const { visitTimes: _v, ...careV1 } = summary.careDelivery ?? {};
    const v1 = { ...summary, schemaVersion: 1, careDelivery: careV1 };
    expect(issuesFor(v1)).toEqual([]);
    // Version 1 drops fields it does not know inside a section, which is why these figures needed a new version.
    const asV1 = checkSummary({ ...v1, careDelivery: summary.careDelivery });
    expect(asV1.ok && asV1.summary.careDelivery && 'visitTimes' in asV1.summary.careDelivery).toBe(false);
    expect(issuesFor({ ...summary, careDelivery: careV1 })).toEqual([
      'careDelivery.visitTimes: Invalid input: expected object, received undefined',
    ]);
    expect(issuesFor({ ...monthly(), schemaVersion: 1 })).toEqual([]);
  });

  it('refuses a visit-times count from 1 to 4 sent as a number, at its field', () => {
    const summary = weekly();
    const care = summary.careDelivery;
    if (!care) throw new Error('a weekly summary has care delivery');
    const bad = { ...care, visitTimes: { ...care.visitTimes, arrivals: { total: 3, cells: 'withheld' } } };
    expect(issuesFor({ ...summary, careDelivery: bad })).toEqual([
      'careDelivery.visitTimes.arrivals.total: A count from 1 to 4 must be sent as "<5"',
    ]);
  });

  it('refuses a count from 1 to 4 sent as a number, at its field', () => {
    const summary = monthly();
    const bad = { ...summary, workforce: { ...summary.workforce, vacancies: 3 } };
    expect(issuesFor(bad)).toContain('workforce.vacancies: A count from 1 to 4 must be sent as "<5"');
  });

  it('refuses a week that does not run Monday to Sunday, and a month that is not whole', () => {
    expect(issuesFor({ ...weekly(), period: { kind: 'week', start: '2026-12-01', end: '2026-12-07' } })).toEqual([
      'period.start: A week starts on a Monday',
    ]);
    expect(issuesFor({ ...monthly(), period: { kind: 'month', start: '2026-11-01', end: '2026-11-29' } })).toEqual([
      'period.end: A month ends on its last day',
    ]);
  });

  it('asks for the sections that belong to the period and refuses the others', () => {
    const { careDelivery: _c, ...noCare } = weekly();
    expect(issuesFor({ ...noCare, workforce: monthly().workforce })).toEqual([
      'workforce: workforce belongs in a monthly summary',
      'careDelivery: A weekly summary needs careDelivery',
    ]);
  });

  it('refuses fields it does not know (nothing extra can ride along)', () => {
    expect(issuesFor({ ...monthly(), staffNames: ['x'] })[0]).toMatch(/staffNames/);
  });

  it('says when a branch clock runs ahead of the receiver, but not for a summary sent weeks late', () => {
    const summary = { ...monthly(), generatedAt: '2026-12-04T09:00:00.000Z' };
    expect(clockIssues(summary, new Date('2026-12-01T09:00:00Z')).map((i) => i.message)).toEqual([
      "Built 3 days ahead of the council's clock: " +
        'check the date and time on the branch computer, then rebuild this summary',
    ]);
    expect(clockIssues(summary, new Date('2027-02-01T09:00:00Z'))).toEqual([]);
  });
});
