/** What a column sorts by: text (in the reader's order, numbers within text by value), a number, yes/no or nothing. */
export type SortValue = string | number | boolean | null;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compareOne(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

function listOf(value: SortValue | readonly SortValue[]): readonly SortValue[] {
  // A single sort value is never an object (null aside), so an object here is a list.
  return typeof value === 'object' && value !== null ? value : [value];
}

/**
 * Compare two sort values in a direction (`sign` 1 ascending, -1 descending). Blanks (null) go last either way, so
 * "not recorded" never heads a list; a list of values compares value by value.
 */
export function compareSortValues(
  a: SortValue | readonly SortValue[],
  b: SortValue | readonly SortValue[],
  sign: 1 | -1,
): number {
  const left = listOf(a);
  const right = listOf(b);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const x = left[i] ?? null;
    const y = right[i] ?? null;
    if (x === null && y === null) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = compareOne(x, y);
    if (order !== 0) return sign * order;
  }
  return 0;
}
