import { statSync, chmodSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, BACKOFF_CAP_MS } from '@main/services/sync/backoff';
import { checkCouncilUrl } from '@main/services/sync/council-url';
import { enqueueSummary, outboxItems, outboxStatus, OutboxRefusal, retryParked } from '@main/services/sync/outbox';
import { writeCouncilUrl } from '@main/services/sync/sync-settings';
import { FileTokenStore } from '@main/services/sync/token-store';
import { writeSetting } from '@main/services/settings/settings';
import { revokeTokens } from '@council/tokens/token-service';
import { COUNCIL_NOW, startCouncil, type TestCouncil } from '@test/fixtures/council/council-fixture';
import { sampleMonthlySummary, summaryIdFor } from '@test/fixtures/sync/random-figures';
import { notTlsServer, openBranch, stubCouncil, type TestBranch } from '@test/fixtures/sync/sender-fixtures';

let council: TestCouncil;
let token: string;
let branch: TestBranch;
let n = 1000;
const summary = (overrides: object = {}) => sampleMonthlySummary(n, { summaryId: summaryIdFor(n++), ...overrides });

beforeAll(async () => {
  council = await startCouncil();
  token = await council.token('riverside-north');
});
afterAll(async () => {
  await council.stop();
});
afterEach(async () => {
  await branch?.close();
});

async function queue(b: TestBranch, count: number) {
  const items = [];
  for (let i = 0; i < count; i++) items.push(await enqueueSummary(b.store.db, summary(), b.clock.now()));
  return items;
}

describe('the outbox', () => {
  it('queues a summary locally with no council set, and refuses one invalid or disclosing anything', async () => {
    branch = await openBranch({ now: COUNCIL_NOW });
    const [item] = await queue(branch, 1);
    expect(item).toMatchObject({ state: 'waiting', attempts: 0 });
    const drained = await branch.sender.drain();
    expect(drained).toMatchObject({ sent: 0, stop: 'not_configured', problem: 'Set the council’s address first' });
    const bad = summary();
    await expect(
      enqueueSummary(
        branch.store.db,
        { ...bad, workforce: { ...bad.workforce!, vacancies: 3 as never } },
        branch.clock.now(),
      ),
    ).rejects.toThrow(OutboxRefusal);
    const named = summary({ branch: { ...bad.branch, branchName: 'Ask amara@example.org' } });
    await expect(enqueueSummary(branch.store.db, named, branch.clock.now())).rejects.toMatchObject({
      issues: [{ path: ['branch', 'branchName'], message: 'Looks like email' }],
    });
    expect(await outboxItems(branch.store.db)).toHaveLength(1);
  });

  it('refuses a plain http:// address that is not this computer, and accepts https:// and loopback', async () => {
    expect(checkCouncilUrl('http://council.example.gov.uk/')).toEqual({
      ok: false,
      message: 'The council’s address must start with https:// (plain http:// is only allowed to this computer)',
    });
    expect(checkCouncilUrl('http://10.0.0.5/').ok).toBe(false);
    expect(checkCouncilUrl('https://council.example.gov.uk/').ok).toBe(true);
    expect(checkCouncilUrl('http://127.0.0.1:8480/').ok).toBe(true);
    expect(checkCouncilUrl('http://[::1]:8480/').ok).toBe(true);
    branch = await openBranch({ now: COUNCIL_NOW });
    await expect(writeCouncilUrl(branch.store.db, 'http://council.example.gov.uk', branch.clock.now())).rejects.toThrow(
      /must start with https/,
    );
    // An address that slipped into the store some other way is still refused at send time.
    await writeSetting(branch.store.db, 'sync.councilUrl', 'http://council.example.gov.uk/', branch.clock.now());
    await branch.tokens.write(token);
    await queue(branch, 1);
    expect(await branch.sender.drain()).toMatchObject({ stop: 'not_configured', sent: 0 });
    expect((await outboxItems(branch.store.db))[0]).toMatchObject({ state: 'waiting', attempts: 0 });
  });

  it('keeps the token in a file only the user can read, and refuses one others could read', async () => {
    branch = await openBranch({ now: COUNCIL_NOW, councilUrl: council.url, token });
    const path = (branch.tokens as unknown as { path: string }).path;
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o644);
    await queue(branch, 1);
    const drained = await branch.sender.drain();
    expect(drained.stop).toBe('no_token');
    expect(drained.problem).toMatch(/can be read by other users/);
    writeFileSync(path, '', { mode: 0o600 });
    chmodSync(path, 0o600);
    expect(await new FileTokenStore(path).read()).toBeNull();
  });
});

describe('the sender against the council', () => {
  it('sends every waiting summary in order, and the council stores each once', async () => {
    branch = await openBranch({ now: COUNCIL_NOW, councilUrl: council.url, token });
    const before = await council.stored();
    const items = await queue(branch, 3);
    expect(await branch.sender.drain()).toMatchObject({ sent: 3, parked: 0, stop: 'empty' });
    expect(await council.stored()).toBe(before + 3);
    const after = await outboxItems(branch.store.db);
    expect(after.map((i) => [i.summaryId, i.state])).toEqual(items.map((i) => [i.summaryId, 'sent']));
    expect((await outboxStatus(branch.store.db)).lastSentAt).toBe(COUNCIL_NOW);
  });

  it('resends an item left "sending" by a crash; the council answers "already stored" and keeps one copy', async () => {
    branch = await openBranch({ now: COUNCIL_NOW, councilUrl: council.url, token });
    const [item] = await queue(branch, 1);
    // The crash: the council stored it, but the branch died before recording the answer.
    expect(
      (
        await council.post(
          JSON.parse(
            (await branch.store.db.selectFrom('sync_outbox').select('body_json').executeTakeFirstOrThrow()).body_json,
          ),
          { token },
        )
      ).status,
    ).toBe(201);
    await branch.store.db.updateTable('sync_outbox').set({ state: 'sending', attempts: 1 }).execute();
    const before = await council.stored();
    expect(await branch.sender.drain()).toMatchObject({ sent: 1 });
    expect(await council.stored()).toBe(before);
    expect((await outboxItems(branch.store.db))[0]).toMatchObject({
      summaryId: item!.summaryId,
      state: 'sent',
      attempts: 2,
    });
  });

  it('parks a summary built with a branch clock days ahead, saying to check the computer’s clock', async () => {
    branch = await openBranch({ now: '2026-12-10T10:00:00.000Z', councilUrl: council.url, token });
    const before = await council.stored();
    await enqueueSummary(branch.store.db, summary({ generatedAt: '2026-12-10T10:00:00.000Z' }), branch.clock.now());
    expect(await branch.sender.drain()).toMatchObject({ parked: 1 });
    const [item] = await outboxItems(branch.store.db);
    expect(item).toMatchObject({ state: 'parked', lastStatus: 422 });
    expect(item!.lastError).toMatch(
      /3 days ahead of the council's clock: check the date and time on the branch computer/,
    );
    expect(branch.sender.clockSkewMs()).toBe(3 * 24 * 60 * 60_000);
    expect(await council.stored()).toBe(before);
  });

  it('holds the queue on a revoked token (403) until the manager deals with it, then sends in order', async () => {
    const own = await council.token('riverside-north');
    branch = await openBranch({ now: COUNCIL_NOW, councilUrl: council.url, token: own });
    await revokeTokens(council.store.db, council.clock, 'riverside-north');
    const items = await queue(branch, 2);
    expect(await branch.sender.drain()).toMatchObject({ parked: 1 });
    expect(await branch.sender.drain()).toMatchObject({ stop: 'token_refused', sent: 0 });
    const [first, second] = await outboxItems(branch.store.db);
    expect(first).toMatchObject({ state: 'parked', lastStatus: 403 });
    expect(first!.lastError).toMatch(/revoked by the council/);
    expect(second).toMatchObject({ state: 'waiting', attempts: 0 });
    expect((await outboxStatus(branch.store.db)).heldByToken).toBe(true);
    // A new token from the council, then "retry".
    await branch.tokens.write(await council.token('riverside-north'));
    token = await council.token('riverside-north');
    await retryParked(branch.store.db, null);
    expect(await branch.sender.drain()).toMatchObject({ sent: 2 });
    expect((await outboxItems(branch.store.db)).map((i) => i.summaryId)).toEqual(items.map((i) => i.summaryId));
  });
});

describe('the sender against a council that misbehaves', () => {
  const cases: {
    name: string;
    answer: { status: number; headers?: Record<string, string>; body?: string };
    state: 'waiting' | 'parked';
    error: RegExp;
    waitMs?: number;
  }[] = [
    {
      name: '401',
      answer: { status: 401, body: '{"message":"This token is not one the council issued"}' },
      state: 'parked',
      error: /did not accept the branch token: This token is not one/,
    },
    {
      name: '409',
      answer: { status: 409, body: '{"message":"x"}' },
      state: 'parked',
      error: /already holds a different summary with this id/,
    },
    {
      name: '413',
      answer: { status: 413, body: '{"message":"A summary may be at most 65536 bytes"}' },
      state: 'parked',
      error: /too large: A summary may be at most/,
    },
    {
      name: '422',
      answer: {
        status: 422,
        body: JSON.stringify({
          message: 'invalid',
          issues: [{ path: ['pay', 'sickDays'], message: 'A count from 1 to 4 must be sent as "<5"' }],
        }),
      },
      state: 'parked',
      error: /could not accept this summary: pay.sickDays: A count from 1 to 4/,
    },
    {
      name: '429 with Retry-After',
      answer: { status: 429, headers: { 'Retry-After': '120' } },
      state: 'waiting',
      error: /asked the branch to slow down \(429\)/,
      waitMs: 120_000,
    },
    {
      name: '503 with Retry-After',
      answer: { status: 503, headers: { 'Retry-After': '30' } },
      state: 'waiting',
      error: /is not available \(503\)/,
      waitMs: 30_000,
    },
    {
      name: '500 without Retry-After (backoff with jitter)',
      answer: { status: 500 },
      state: 'waiting',
      error: /not available \(500\)/,
      waitMs: 2_500,
    },
    { name: '408', answer: { status: 408 }, state: 'waiting', error: /timed out \(408\)/, waitMs: 2_500 },
    {
      name: 'garbage with 200',
      answer: { status: 200, body: '<html>Welcome to the proxy</html>' },
      state: 'waiting',
      error: /answer could not be read/,
      waitMs: 2_500,
    },
    {
      name: 'a redirect',
      answer: { status: 302, headers: { Location: 'http://elsewhere.example/' } },
      state: 'parked',
      error: /sends the branch elsewhere/,
    },
  ];
  for (const c of cases) {
    it(`answers ${c.name}: the item is ${c.state} with a clear reason, and nothing is lost`, async () => {
      const stub = await stubCouncil((_req, res) => {
        res.writeHead(c.answer.status, { 'Content-Type': 'application/json', ...c.answer.headers });
        res.end(c.answer.body ?? '');
      });
      try {
        branch = await openBranch({ now: COUNCIL_NOW, councilUrl: stub.url, token });
        await queue(branch, 1);
        await branch.sender.drain();
        const [item] = await outboxItems(branch.store.db);
        expect(item).toMatchObject({ state: c.state, lastStatus: c.answer.status, attempts: 1 });
        expect(item!.lastError).toMatch(c.error);
        if (c.waitMs !== undefined) expect(Date.parse(item!.nextAttemptAt!) - Date.parse(COUNCIL_NOW)).toBe(c.waitMs);
        expect(stub.requests[0]!.headers['idempotency-key']).toBe(item!.summaryId);
        expect(stub.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
      } finally {
        await stub.stop();
      }
    });
  }

  it('waits after a timeout and after a TLS error, saying which', async () => {
    const silent = await stubCouncil(() => undefined);
    const tls = await notTlsServer();
    try {
      branch = await openBranch({ now: COUNCIL_NOW, councilUrl: silent.url, token, timeoutMs: 300 });
      await queue(branch, 1);
      expect(await branch.sender.drain()).toMatchObject({ stop: 'backing_off' });
      expect((await outboxItems(branch.store.db))[0]!.lastError).toBe(
        'The council did not answer within 0 seconds; trying again later',
      );
      await writeCouncilUrl(branch.store.db, tls.url, branch.clock.now());
      await branch.sender.sendNow();
      const [item] = await outboxItems(branch.store.db);
      expect(item).toMatchObject({ state: 'waiting', attempts: 2 });
      expect(item!.lastError).toMatch(/secure connection could not be checked/);
    } finally {
      await silent.stop();
      await tls.stop();
    }
  });

  it('backs off exponentially with full jitter, from 5 s up to an hour', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.999_999))).toEqual([4999, 9999, 19999, 39999]);
    expect(backoffMs(30, () => 0.5)).toBe(BACKOFF_CAP_MS / 2);
    expect(backoffMs(5, () => 0)).toBe(0);
  });

  it('tries again by itself when the backoff is over, on its timer', async () => {
    let fail = true;
    const stub = await stubCouncil((_req, res, body) => {
      const id = (JSON.parse(body) as { summaryId: string }).summaryId;
      res.writeHead(fail ? 503 : 201, { 'Content-Type': 'application/json', 'Retry-After': '60' });
      res.end(JSON.stringify({ outcome: 'stored', summaryId: id, receivedAt: COUNCIL_NOW }));
    });
    try {
      branch = await openBranch({ now: COUNCIL_NOW, councilUrl: stub.url, token });
      await queue(branch, 1);
      branch.sender.start();
      expect(branch.scheduler.timers.map((t) => t.ms)).toEqual([0]);
      branch.scheduler.fire();
      await branch.sender.drain();
      await new Promise((resolve) => setImmediate(resolve));
      // The next timer is set for when the council said to come back.
      expect(branch.scheduler.timers.map((t) => t.ms)).toEqual([60_000]);
      fail = false;
      branch.clock.advance(60_000);
      branch.scheduler.fire();
      await branch.sender.drain();
      expect((await outboxItems(branch.store.db))[0]!.state).toBe('sent');
    } finally {
      await stub.stop();
    }
  });
});
