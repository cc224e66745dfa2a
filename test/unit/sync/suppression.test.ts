import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL, WITHHELD, type Count } from '@shared/domain/sync/counts';
import { cellOf, suppressBreakdown, suppressCount, suppressShare } from '@shared/domain/sync/suppression';
import { visitTimesOf } from '@shared/domain/sync/visit-times-section';
import type { Breakdown } from '@shared/domain/sync/counts';
import { seededRandom } from '@main/platform/random';
import { ShortenedReason } from '@shared/domain/actuals/visit-time-figures';
import { randomVisitTimes } from '@test/fixtures/sync/random-figures';

// An independent reader: from what is sent, which values could each hidden cell have? It enumerates sums of the
// other cells (a subset-sum table) instead of using the bounds the suppression code reasons with, so a mistake in
// that reasoning shows up here. It assumes what suppression.ts says a reader knows.
function possibleValues(cells: readonly Count[], total: Count): Map<number, Set<number>> {
  const sums = typeof total === 'number' ? [total] : total === SMALL ? [1, 2, 3, 4] : [];
  const max = Math.max(0, ...sums);
  const options = cells.map((c): number[] => (c === SMALL ? [1, 2, 3, 4] : c === WITHHELD ? range(5, max) : [c]));
  const result = new Map<number, Set<number>>();
  cells.forEach((cell, i) => {
    if (typeof cell === 'number') return;
    let reachable = new Set([0]);
    options.forEach((values, j) => {
      if (j === i) return;
      const next = new Set<number>();
      for (const s of reachable) for (const v of values) if (s + v <= max) next.add(s + v);
      reachable = next;
    });
    result.set(i, new Set((options[i] ?? []).filter((v) => sums.some((s) => reachable.has(s - v)))));
  });
  return result;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

const smallHeavyCount = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));

describe('suppression', () => {
  it('sends a count from 1 to 4 as "<5", and 0 and 5 or more as they are', () => {
    expect([0, 1, 4, 5, 120].map(suppressCount)).toEqual([0, SMALL, SMALL, 5, 120]);
    expect(() => suppressCount(-1)).toThrow(/whole number/);
  });

  it('hides a second cell when one small cell could be worked out by subtraction from the total', () => {
    const sent = suppressBreakdown({ female: 20, male: 3, other: 0, not_known: 9 });
    expect(sent).toEqual({ total: 32, cells: { female: 20, male: SMALL, other: 0, not_known: WITHHELD } });
  });

  it('withholds the cells as a whole when every split could be worked out, keeping the total', () => {
    // 1 + 5 = 6: with the 5 withheld a reader still knows the small cell is 1; so nothing but the total goes.
    expect(suppressBreakdown({ yes: 1, no: 5 })).toEqual({ total: 6, cells: WITHHELD });
    // Two small cells adding to 2 (from 12 − 10) must both be 1, so the 10 is withheld too.
    expect(suppressBreakdown({ a: 1, b: 1, c: 10 })).toEqual({ total: 12, cells: { a: SMALL, b: SMALL, c: WITHHELD } });
  });

  it('sends totals of zero as 0 and leaves a breakdown with nothing small untouched', () => {
    expect(suppressBreakdown({ a: 0, b: 0 })).toEqual({ total: 0, cells: { a: 0, b: 0 } });
    expect(suppressBreakdown({ a: 7, b: 12 })).toEqual({ total: 19, cells: { a: 7, b: 12 } });
  });

  it('withholds a rate whose count or complement is small, and sends it otherwise', () => {
    expect(suppressShare(130, 134)).toEqual({ count: WITHHELD, of: 134, rate: WITHHELD });
    expect(suppressShare(3, 40).rate).toBe(WITHHELD);
    expect(suppressShare(0, 40)).toEqual({ count: 0, of: 40, rate: 0 });
    expect(suppressShare(30, 40)).toEqual({ count: 30, of: 40, rate: 0.75 });
    expect(suppressShare(0, 0)).toEqual({ count: 0, of: 0, rate: null });
  });

  it('leaves no hidden value recoverable from what is sent, over random breakdowns', () => {
    fc.assert(
      fc.property(fc.array(smallHeavyCount, { minLength: 1, maxLength: 7 }), (values) => {
        const counts = Object.fromEntries(values.map((v, i) => [`c${i}`, v]));
        const sent = suppressBreakdown(counts);
        const total = values.reduce((s, v) => s + v, 0);
        expect(sent.total).toBe(suppressCount(total));
        if (sent.cells === WITHHELD) return;
        const cells = values.map((_, i) => (sent.cells as Record<string, Count>)[`c${i}`] as Count);
        cells.forEach((cell, i) => {
          const truth = values[i] as number;
          if (typeof cell === 'number') expect(cell).toBe(truth);
          if (truth >= 1 && truth <= 4) expect(cell).toBe(SMALL);
          if (cell === WITHHELD) expect(truth).toBeGreaterThanOrEqual(5);
        });
        for (const [i, possible] of possibleValues(cells, sent.total)) {
          expect(possible.has(values[i] as number)).toBe(true);
          expect(
            possible.size,
            `cell ${i} of ${JSON.stringify(values)} sent as ${JSON.stringify(sent)}`,
          ).toBeGreaterThan(1);
        }
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('never sends a rate that would reveal a small count or its complement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, b) => {
        const share = suppressShare(Math.min(a, b), Math.max(a, b));
        const [count, of] = [Math.min(a, b), Math.max(a, b)];
        if (typeof share.rate === 'number') {
          for (const revealed of [count, of - count]) expect(revealed === 0 || revealed >= 5).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('leaves no count of the visit-times block recoverable, across its breakdowns and rates', () => {
    const isSafe = (n: number) => n === 0 || n >= 5;
    // Each hidden cell of a breakdown can still take two values or more, given everything else sent.
    const expectProtected = <K extends string>(sent: Breakdown<K>, truth: Record<K, number>, keys: readonly K[]) => {
      if (sent.cells === WITHHELD) return;
      const cells = keys.map((k) => cellOf(sent, k));
      for (const [i, possible] of possibleValues(cells, sent.total)) {
        expect(possible.has(truth[keys[i] as K])).toBe(true);
        expect(possible.size, `${keys[i]} of ${JSON.stringify(truth)}: ${JSON.stringify(sent)}`).toBeGreaterThan(1);
      }
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 120 }), (seed, planned) => {
        const t = randomVisitTimes(seededRandom(seed), planned);
        const v = visitTimesOf(t, 15);
        expect(v.arrivals.total).toBe(suppressCount(t.due));
        expect(v.lengths.total).toBe(suppressCount(t.completed));
        expectProtected(v.arrivals, { on_time: t.onTime, late: t.late, missed: t.missed }, [
          'on_time',
          'late',
          'missed',
        ]);
        const asPlanned = t.completed - t.lengthened - t.shortened;
        expectProtected(v.lengths, { as_planned: asPlanned, lengthened: t.lengthened, shortened: t.shortened }, [
          'as_planned',
          'lengthened',
          'shortened',
        ]);
        // The reasons add up to the shortened cell, so their total is sent only where that cell is.
        expect(v.shortenedByReason.total).toEqual(cellOf(v.lengths, 'shortened'));
        if (typeof v.shortenedByReason.total === 'number')
          expectProtected(v.shortenedByReason, t.shortenedByReason, ShortenedReason.options);
        else expect(v.shortenedByReason.cells).toBe(WITHHELD);
        // A rate sent reveals nothing: neither its count nor the rest of its whole is from 1 to 4.
        if (typeof v.punctuality === 'number') expect([t.onTime, t.late].every(isSafe)).toBe(true);
        if (typeof v.missedRate === 'number') expect([t.missed, t.due - t.missed].every(isSafe)).toBe(true);
        if (typeof v.lengthenedRate === 'number')
          expect([t.lengthened, t.completed - t.lengthened].every(isSafe)).toBe(true);
        if (typeof v.shortenedRate === 'number')
          expect([t.shortened, t.completed - t.shortened].every(isSafe)).toBe(true);
        if (typeof v.lengths.total !== 'number') expect(v.actualHoursCompleted).not.toEqual(expect.any(Number));
      }),
      { numRuns: 2000, seed: 18 },
    );
  });
});
