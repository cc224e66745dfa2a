import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeTokens } from '@council/tokens/token-service';
import { COUNCIL_DIALECT, startCouncil, type TestCouncil } from '@test/fixtures/council/council-fixture';
import { sampleMonthlySummary, summaryIdFor } from '@test/fixtures/sync/random-figures';

let council: TestCouncil;
let next = 1;
const fresh = (overrides: Parameters<typeof sampleMonthlySummary>[1] | object = {}) =>
  sampleMonthlySummary(next, { summaryId: summaryIdFor(next++), ...overrides });

beforeAll(async () => {
  council = await startCouncil({ limits: { maxBodyBytes: 64 * 1024 } });
});
afterAll(async () => {
  await council.stop();
});

describe(`council intake (${COUNCIL_DIALECT})`, () => {
  it('stores a summary once: 201, then 200 for the same body sent again, and keeps its audit head', async () => {
    const summary = fresh({ auditHead: 'b'.repeat(64) });
    const before = await council.stored();
    const first = await council.post(summary);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ outcome: 'stored', summaryId: summary.summaryId });
    // The same summary with its keys in another order is the same body.
    const reordered = Object.fromEntries(Object.entries(summary).reverse());
    const again = await council.post(reordered);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ outcome: 'already_stored', receivedAt: first.json.receivedAt });
    expect(await council.stored()).toBe(before + 1);
    const row = await council.store.db
      .selectFrom('summary')
      .select(['audit_head', 'branch_id', 'f_headcount'])
      .where('summary_id', '=', summary.summaryId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ audit_head: 'b'.repeat(64), branch_id: 'riverside-north', f_headcount: 40 });
  });

  it('answers 409 when the same id comes with a different body, keeping the first', async () => {
    const summary = fresh();
    expect((await council.post(summary)).status).toBe(201);
    const changed = { ...summary, appVersion: '9.9.9' };
    const answer = await council.post(changed);
    expect(answer.status).toBe(409);
    expect(answer.json.message).toMatch(/different summary was already stored/);
    const row = await council.store.db
      .selectFrom('summary')
      .select('app_version')
      .where('summary_id', '=', summary.summaryId)
      .executeTakeFirstOrThrow();
    expect(row.app_version).toBe('0.1.0');
  });

  it('stores exactly one copy when the same summary arrives 20 times at once', async () => {
    const summary = fresh();
    const before = await council.stored();
    const answers = await Promise.all(Array.from({ length: 20 }, () => council.post(summary)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    expect(await council.stored()).toBe(before + 1);
  });

  it('refuses a missing or unknown token (401) and a revoked one (403), storing nothing', async () => {
    const before = await council.stored();
    expect((await council.post(fresh(), { token: null })).status).toBe(401);
    const unknown = await council.post(fresh(), { token: 'nhc_not-a-token-the-council-made' });
    expect(unknown.status).toBe(401);
    expect(unknown.json.message).toBe('This token is not one the council issued');
    const token = await council.token('riverside-south');
    await revokeTokens(council.store.db, council.clock, 'riverside-south');
    const summary = fresh({ branch: { ...fresh().branch, branchId: 'riverside-south' } });
    const revoked = await council.post(summary, { token });
    expect(revoked.status).toBe(403);
    expect(revoked.json.message).toMatch(/revoked/);
    expect(await council.stored()).toBe(before);
  });

  it('refuses (403) a summary for another branch than the token was issued for', async () => {
    const token = await council.token('hillside');
    const answer = await council.post(fresh(), { token });
    expect(answer.status).toBe(403);
    expect(answer.json.message).toBe('This token is for branch hillside, not riverside-north');
  });

  it('answers 422 with the issues for an invalid summary, naming the known versions for an unknown one', async () => {
    const before = await council.stored();
    const summary = fresh();
    const invalid = await council.post({ ...summary, workforce: { ...summary.workforce, vacancies: 2 } });
    expect(invalid.status).toBe(422);
    expect(invalid.json).toMatchObject({
      outcome: 'invalid',
      issues: [{ path: ['workforce', 'vacancies'], message: 'A count from 1 to 4 must be sent as "<5"' }],
    });
    const future = await council.post({ ...fresh(), schemaVersion: 7 });
    expect(future.status).toBe(422);
    expect(future.json).toMatchObject({
      outcome: 'unknown_version',
      issues: [{ path: ['schemaVersion'], message: 'Unknown summary version 7; known: 1, 2' }],
    });
    expect(await council.stored()).toBe(before);
  });

  it('answers 400 for garbage, no Idempotency-Key, a key other than the summary id, or the wrong type', async () => {
    const before = await council.stored();
    expect((await council.post('{"schemaVersion": 1, oops', { key: summaryIdFor(9999) })).json.message).toBe(
      'The body is not valid JSON',
    );
    const summary = fresh();
    expect((await council.post(summary, { key: null })).status).toBe(400);
    const mismatch = await council.post(summary, { key: summaryIdFor(424242) });
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.message).toBe('The Idempotency-Key must be the summary id');
    const wrongType = await council.post(summary, { headers: { 'Content-Type': 'text/plain' } });
    expect(wrongType.status).toBe(400);
    expect(await council.stored()).toBe(before);
  });

  it('answers 413 for a body over the limit without storing it', async () => {
    const before = await council.stored();
    const summary = fresh();
    const padded = JSON.stringify(summary).replace('{', `{"padding":"${'x'.repeat(70 * 1024)}",`);
    const answer = await council.post(padded, { key: summary.summaryId });
    expect(answer.status).toBe(413);
    expect(answer.json.message).toBe('A summary may be at most 65536 bytes');
    expect(await council.stored()).toBe(before);
  });

  it('answers 422 naming the branch clock when a summary was built in the future', async () => {
    const answer = await council.post(fresh({ generatedAt: '2026-12-10T10:00:00.000Z' }));
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ outcome: 'invalid', message: 'The branch clock looks wrong' });
    expect(JSON.stringify(answer.json.issues)).toMatch(/3 days ahead of the council's clock/);
  });

  it('answers 405 to anything but POST on the intake', async () => {
    expect((await fetch(`${council.url}/v1/summaries`)).status).toBe(405);
  });
});

describe(`council intake under pressure (${COUNCIL_DIALECT})`, () => {
  it('answers 429 with Retry-After once a branch sends faster than its allowance', async () => {
    const limited = await startCouncil({ rate: { perSecond: 1, burst: 2 } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 3; i++) {
        const answer = await limited.post(fresh());
        statuses.push(answer.status);
        retryAfter ??= answer.headers.get('retry-after');
      }
      expect(statuses).toEqual([201, 201, 429]);
      expect(retryAfter).toBe('1');
      // The allowance refills with time (the service's clock, not the test's wall clock).
      limited.clock.advance(1500);
      expect((await limited.post(fresh())).status).toBe(201);
    } finally {
      await limited.stop();
    }
  });

  it('answers 503 with Retry-After when its store is unavailable, and stores nothing', async () => {
    const broken = await startCouncil();
    try {
      const token = await broken.token('riverside-north');
      await broken.store.close();
      const answer = await broken.post(fresh(), { token });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
    } finally {
      await broken.stop();
    }
  });
});
