import { describe, expect, it } from 'vitest';
import { stressSample } from '@test/fixtures/stress-sample';
import { runWriteKills } from '@test/fixtures/stores/write-kills';

// A few kills in CI; the bench (store.kills_survived) runs a hundred or more.
describe('a process killed while writing through the backend and taking backups', () => {
  it('loses nothing it said was saved, and leaves a store passing integrity_check and audit.verify', async () => {
    const trials = await runWriteKills({ trials: stressSample({ full: 3, shifted: 1 }), seed: 5, maxKillMs: 2_000 });
    expect(trials.reduce((sum, t) => sum + t.committed, 0)).toBeGreaterThan(0);
    expect(trials).toEqual(trials.map((t) => ({ committed: t.committed, lost: 0, integrityOk: true, auditOk: true })));
  }, 120_000);
});
