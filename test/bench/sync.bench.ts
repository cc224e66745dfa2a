import { runExactlyOnce } from '@test/fixtures/sync/exactly-once-run';
import { benchRow, type BenchRow } from './bench-row';

// The longer run of the exactly-once test (test/integration/sync/exactly-once.test.ts runs 100 in CI): summaries
// through a network that drops, duplicates, delays and reorders, with the sender killed at random.
export default async function syncBench(): Promise<BenchRow[]> {
  const count = 400;
  const result = await runExactlyOnce({ count, seed: 7, maxRuns: 800 });
  const onceEach = new Set(result.storedAtCouncil).size === result.storedAtCouncil.length;
  const exact = onceEach && result.storedAtCouncil.length === count && result.sentAtBranch === count ? count : null;
  return [
    benchRow(
      'sync.exactly_once',
      'count',
      '==',
      count,
      exact,
      `${result.runs} sender runs, ${result.kills} kills (${result.killedMidSend} mid-send), ` +
        `${result.proxy.requests} requests through the faulty network, ${(result.elapsedMs / 1000).toFixed(0)} s`,
    ),
  ];
}
