import { describe, expect, it } from 'vitest';
import { runExactlyOnce } from '@test/fixtures/sync/exactly-once-run';

// The guarantee of council-sync.md: with the network dropping, duplicating, delaying and reordering requests, and the
// branch's sender killed mid-send, every queued summary is stored at the council exactly once and the branch shows
// each as sent. Bounded here (200 summaries); `npm run bench` runs a longer one (sync.exactly_once row).
describe('exactly once under faults', () => {
  it('stores each of 200 summaries once, through a faulty network and a sender killed at random', async () => {
    const result = await runExactlyOnce({ count: 200, seed: 20261207, maxRuns: 400 });
    expect(result.storedAtCouncil).toHaveLength(200);
    expect(new Set(result.storedAtCouncil)).toEqual(new Set(result.enqueued));
    expect(result.sentAtBranch).toBe(200);
    expect(result.notSentAtBranch).toBe(0);
    // The run really was hostile: every kind of fault happened, and the sender was killed with an item in flight.
    expect(result.kills).toBeGreaterThan(0);
    expect(result.killedMidSend).toBeGreaterThan(0);
    for (const fault of ['dropped', 'duplicated', 'delayed', 'reordered'] as const)
      expect(result.proxy[fault], fault).toBeGreaterThan(0);
  }, 600_000);
});
