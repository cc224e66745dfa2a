/** Small sets as bitmasks (bit p = item p), for choosing among a person's team members. */

/** Bitmasks of every k-subset of n items, in lexicographic order of positions (first positions first). */
export function* subsets(n: number, k: number): Generator<number> {
  const pick = Array.from({ length: k }, (_, i) => i);
  while (true) {
    yield pick.reduce((mask, p) => mask | (1 << p), 0);
    let i = k - 1;
    while (i >= 0 && pick[i] === n - k + i) i--;
    if (i < 0) return;
    pick[i] = (pick[i] ?? 0) + 1;
    for (let j = i + 1; j < k; j++) pick[j] = (pick[j - 1] ?? 0) + 1;
  }
}

/** How many items a set holds. */
export function popcount(x: number): number {
  let n = 0;
  for (let y = x; y !== 0; y &= y - 1) n++;
  return n;
}

/** How many k-subsets of n items there are. */
export function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
