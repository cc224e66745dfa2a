import { SMALL, WITHHELD, type Breakdown, type Count, type Measure, type Rate, type Share } from './counts';

// Suppression (council-sync.md): no group of 1 to 4 people or events can be singled out from a summary.
//
// What a reader of a summary is assumed to know (and what the property test's independent solver assumes):
// a number is exact; "<5" is 1, 2, 3 or 4; a cell marked "withheld" is 5 or more (zero is always sent as 0 and a
// small count as "<5", so a withheld cell is never smaller); the cells add up to the total. A suppressed cell is
// protected when at least two values fit all of that. Primary suppression marks every cell from 1 to 4; secondary
// suppression then withholds the next smallest cell while any suppressed cell could still be worked out; when no
// cell is left to withhold, the cells are withheld as a whole and only the total is sent.

/** A single count as sent: 0 stays 0, 1 to 4 becomes "<5", 5 or more is sent as it is. */
export function suppressCount(n: number): Count {
  assertCount(n);
  return n === 0 ? 0 : n < 5 ? SMALL : n;
}

/** A breakdown as sent, its cells made safe against reading any small cell by subtraction from the total. */
export function suppressBreakdown<K extends string>(counts: Record<K, number>): Breakdown<K> {
  const keys = Object.keys(counts) as K[];
  let total = 0;
  for (const key of keys) {
    assertCount(counts[key]);
    total += counts[key];
  }
  const cells = {} as Record<K, Count>;
  for (const key of keys) cells[key] = suppressCount(counts[key]);
  const sentTotal = suppressCount(total);
  for (;;) {
    if (!anyDetermined(Object.values(cells) as Count[], sentTotal)) return { total: sentTotal, cells };
    const next = smallestSentCell(keys, cells);
    if (next === null) return { total: sentTotal, cells: WITHHELD };
    cells[next] = WITHHELD;
  }
}

/** How many of how many, with the proportion sent only when neither it nor its complement is small. */
export function suppressShare(count: number, of: number): Share {
  assertCount(count);
  assertCount(of);
  if (count > of) throw new RangeError(`A share's count (${count}) cannot exceed its whole (${of})`);
  const safe = suppressBreakdown({ count, rest: of - count });
  const sentCount: Count = safe.cells === WITHHELD ? WITHHELD : safe.cells.count;
  return { count: sentCount, of: safe.total, rate: rateOf(sentCount, safe.total, count, of) };
}

/** A measure (hours, FTE, a median) withheld whenever any count it was computed from is not sent as a number. */
export function withheldUnless(sentCounts: readonly Count[], value: number | null): Measure {
  if (value === null) return null;
  return sentCounts.every((c) => typeof c === 'number') ? value : WITHHELD;
}

/** A proportion rounded to 3 places, withheld unless both counts behind it are sent as numbers; null when of is 0. */
export function rateOf(sentCount: Count, sentOf: Count, count: number, of: number): Rate {
  if (of === 0) return null;
  if (typeof sentCount !== 'number' || typeof sentOf !== 'number') return WITHHELD;
  return Math.round((count / of) * 1000) / 1000;
}

/** One cell of a breakdown as sent ("withheld" when the cells are withheld as a whole). */
export function cellOf<K extends string>(breakdown: Breakdown<K>, key: K): Count {
  return breakdown.cells === WITHHELD ? WITHHELD : breakdown.cells[key];
}

/** The values a reader could infer for one suppressed cell: [lowest, highest] (Infinity when unbounded). */
export interface Bounds {
  lo: number;
  hi: number;
}

/** What a reader knows about one sent count, as bounds. */
export function boundsOf(sent: Count): Bounds {
  if (sent === SMALL) return { lo: 1, hi: 4 };
  if (sent === WITHHELD) return { lo: 5, hi: Infinity };
  return { lo: sent, hi: sent };
}

// With the cells' sum bounded by the total's bounds, cell i can take exactly the integers between
// max(lo_i, sumLo − Σ hi_others) and min(hi_i, sumHi − Σ lo_others). It is worked out when that range is one value.
function anyDetermined(cells: readonly Count[], total: Count): boolean {
  const bounds = cells.map(boundsOf);
  const sum = boundsOf(total);
  return cells.some((cell, i) => {
    if (typeof cell === 'number') return false;
    let othersLo = 0;
    let othersHi = 0;
    bounds.forEach((b, j) => {
      if (j === i) return;
      othersLo += b.lo;
      othersHi += b.hi;
    });
    const own = bounds[i] as Bounds;
    const lo = Math.max(own.lo, sum.lo - othersHi);
    const hi = Math.min(own.hi, sum.hi - othersLo);
    return lo >= hi;
  });
}

function smallestSentCell<K extends string>(keys: readonly K[], cells: Record<K, Count>): K | null {
  let best: K | null = null;
  for (const key of keys) {
    const value = cells[key];
    if (typeof value !== 'number' || value === 0) continue;
    if (best === null || value < (cells[best] as number)) best = key;
  }
  return best;
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count must be a whole number of 0 or more, not ${n}`);
}
