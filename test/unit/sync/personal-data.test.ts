import { describe, expect, it } from 'vitest';
import { buildMonthlySummary, buildWeeklySummary } from '@shared/domain/sync/build-summary';
import { findDisclosures } from '@shared/domain/sync/personal-data';
import { seededRandom } from '@main/platform/random';
import { envelopeFor, randomMonthFigures, randomWeekFigures } from '@test/fixtures/sync/random-figures';

const SUMMARY_ID = '019ae3c0-0000-7000-8000-000000000001';

describe('nothing personal leaves the branch', () => {
  it('finds no small count or personal detail in summaries built from 300 random branches', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const size = random.int(0, 60);
      const month = buildMonthlySummary(envelopeFor({ summaryId: SUMMARY_ID }), randomMonthFigures(random, size));
      const week = buildWeeklySummary(
        envelopeFor({ summaryId: SUMMARY_ID, period: { kind: 'week', start: '2026-11-30', end: '2026-12-06' } }),
        randomWeekFigures(random, size),
      );
      expect(findDisclosures(month), `seed ${seed}`).toEqual([]);
      expect(findDisclosures(week), `seed ${seed}`).toEqual([]);
    }
  });

  it('finds each kind of personal detail wherever it is hidden, keys included', () => {
    const planted = {
      summaryId: SUMMARY_ID,
      period: { start: '2026-11-01' },
      a: { note: 'call Amara Okafor on 07700 900123' },
      b: ['amara@example.org', 'NI QQ 12 34 56 C', 'lives at E8 1AB', 'born 1990-04-02'],
      c: { '0190aaaa-1111-7222-8333-444455556666': 0, vacancies: 2, rate: 1 },
    };
    const kinds = findDisclosures(planted, { names: ['Amara Okafor'] }).map((d) => `${d.path.join('.')} ${d.kind}`);
    expect(kinds.sort()).toEqual(
      [
        'a.note name',
        'a.note phone',
        'b.0 email',
        'b.1 ni_number',
        'b.2 postcode',
        'b.3 date',
        'c.0190aaaa-1111-7222-8333-444455556666 id',
        'c.vacancies small_count',
      ].sort(),
    );
  });

  it('finds a record id the branch holds even when it is not shaped like one', () => {
    expect(findDisclosures({ standard: 'staff-0042' }, { ids: ['staff-0042'] })).toEqual([
      { path: ['standard'], kind: 'id', found: 'staff-0042' },
    ]);
  });
});

describe('the walker does not stop a summary over the schema’s own words', () => {
  it('finds no name in a key or a Charter commitment, but still finds one in any other text', () => {
    const summary = {
      workforce: { byPathwayCategory: { cells: { registered_manager: 0 } } },
      charter: [{ commitment: 'Visits are scheduled so workers are not forced to rush or leave early' }],
      branch: { branchName: 'Early Hub' },
    };
    const found = findDisclosures(summary, { names: ['manager', 'Early'] });
    expect(found).toEqual([{ path: ['branch', 'branchName'], kind: 'name', found: 'Early' }]);
  });
});
