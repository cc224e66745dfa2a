/** One benchmark figure against its target, as printed in the table and written by `--json`. */
export interface BenchRow {
  /** Stable row name, e.g. `staff.list_p95_ms`. */
  name: string;
  /** Unit of the value, e.g. `ms`, `s`, `MB`, `count`, `pct`. */
  unit: string;
  target: number;
  comparator: '<=' | '>=' | '==';
  /** null when the figure could not be measured (then `met` is false). */
  value: number | null;
  met: boolean;
  /** Optional one-line context printed beside the row (instance size, iterations...). */
  note?: string;
}

/** Build a row, deciding `met` from the comparator so no bench file decides it by hand. */
export function benchRow(
  name: string,
  unit: string,
  comparator: BenchRow['comparator'],
  target: number,
  value: number | null,
  note?: string,
): BenchRow {
  const met =
    value !== null &&
    Number.isFinite(value) &&
    (comparator === '<=' ? value <= target : comparator === '>=' ? value >= target : value === target);
  return note === undefined
    ? { name, unit, target, comparator, value, met }
    : { name, unit, target, comparator, value, met, note };
}

/** A bench module's default export: measure and return rows. Each runs in its own process. */
export type BenchSuite = () => Promise<BenchRow[]>;

/** Percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
