import { describe, expect, it } from 'vitest';
import { stressSample } from '@test/fixtures/stress-sample';
import { runExactlyOnce } from '@test/fixtures/sync/exactly-once-run';

// The guarantee of council-sync.md: with the network dropping, duplicating, delaying and reordering requests, and the
// branch's sender killed mid-send, every queued summary is stored at the council exactly once and the branch shows
// each as sent. Bounded here (100 summaries; 40 in CI's date-shifted run); `npm run bench` runs 400 (the
// sync.exactly_once row).
const COUNT = stressSample({ full: 100, shifted: 40 });
describe('exactly once under faults', () => {
  it(`stores each of ${COUNT} summaries once, through a faulty network and a sender killed at random`, async () => {
    const result = await runExactlyOnce({ count: COUNT, seed: 20261207, maxRuns: 2 * COUNT });
    expect(result.storedAtCouncil).toHaveLength(COUNT);
    expect(new Set(result.storedAtCouncil)).toEqual(new Set(result.enqueued));
    expect(result.sentAtBranch).toBe(COUNT);
    expect(result.notSentAtBranch).toBe(0);
    // The run really was hostile: every kind of fault happened, and the sender was killed with an item in flight.
    expect(result.kills).toBeGreaterThan(0);
    expect(result.killedMidSend).toBeGreaterThan(0);
    for (const fault of ['dropped', 'duplicated', 'delayed', 'reordered'] as const)
      expect(result.proxy[fault], fault).toBeGreaterThan(0);
  }, 600_000);
});
