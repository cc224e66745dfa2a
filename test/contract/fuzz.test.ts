import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpHost } from '@main/server/http-host';
import { anAccountForEachRole, aPerson, openBranch } from '@test/fixtures/builders';
import { fuzzEveryProcedure } from '@test/fixtures/fuzz/fuzz-procedures';
import { startTestHost } from '@test/fixtures/http-client';
import { stressSample } from '@test/fixtures/stress-sample';
import type { TestBackend } from '@test/fixtures/test-backend';

// Bounded for CI; `npm run bench` runs the same fuzzer with 10,000 inputs a procedure (fuzz.inputs_without_internal).
const INPUTS_PER_PROCEDURE = stressSample({ full: 6, shifted: 2 });
const RAW_BODIES_PER_PROCEDURE = stressSample({ full: 2, shifted: 1 });

describe('every procedure over HTTP, as every role, with inputs from its own schema and hostile ones', () => {
  let tb: TestBackend;
  let host: HttpHost;
  beforeAll(async () => {
    tb = await openBranch();
    const accounts = await anAccountForEachRole(tb);
    await aPerson(tb, { team: [accounts.worker.staffId!] });
    host = await startTestHost(tb.backend);
  });
  afterAll(async () => {
    await host.close();
    await tb.close();
  });

  it('never answers HTTP 500, INTERNAL or a stack trace', async () => {
    const result = await fuzzEveryProcedure(tb, host, {
      inputsPerProcedure: INPUTS_PER_PROCEDURE,
      rawBodiesPerProcedure: RAW_BODIES_PER_PROCEDURE,
      // A new seed each run finds more over time; it is printed so a failure can be replayed.
      seed: Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)),
    });
    expect(result.calls).toBeGreaterThan(1_000);
    expect(result.findings).toEqual([]);
  }, 300_000);
});
