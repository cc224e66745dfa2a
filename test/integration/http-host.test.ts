import { request, type ClientRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENT_STREAMS_PER_SESSION, startHttpHost, type HttpHost } from '@main/server/http-host';
import { httpClient } from '../fixtures/http-client';
import { anAccount, openBranch } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';

/** Raw HTTP with any Host header (fetch would not let us forge it). */
function rawRequest(
  port: number,
  options: { method: string; path: string; host?: string; body?: string; headers?: Record<string, string> },
) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: options.method,
          path: options.path,
          headers: { Host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      if (options.body) req.write(options.body);
      req.end();
    },
  );
}

/** An open event stream: its status, whether the host has ended it, and a way to hang up. */
interface OpenStream {
  status: number;
  ended: () => boolean;
  close: () => void;
}

/** Open GET /events with a cookie (or none) and keep it open. */
function openStream(port: number, cookie: string | null): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | null = null;
    req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'GET',
        path: '/events',
        headers: { Host: `127.0.0.1:${port}`, ...(cookie ? { Cookie: cookie } : {}) },
      },
      (res) => {
        let ended = false;
        res.on('data', () => undefined);
        res.on('end', () => (ended = true));
        res.on('error', () => undefined);
        resolve({ status: res.statusCode ?? 0, ended: () => ended, close: () => req?.destroy() });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('browser host guards', () => {
  let tb: TestBackend;
  let host: HttpHost;
  let staticDir: string;
  beforeAll(async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    await anAccount(tb, 'worker');
    await anAccount(tb, 'coordinator');
    staticDir = mkdtempSync(join(tmpdir(), 'nh-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'assets', 'index-abc.js'), 'console.log(1);\n//# sourceMappingURL=index-abc.js.map');
    writeFileSync(join(staticDir, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["secret.ts"]}');
    host = await startHttpHost({ backend: tb.backend, port: 0, staticDir });
  });
  afterAll(async () => {
    await host.close();
    await tb.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers 421 to a Host that is not this loopback address (DNS rebinding)', async () => {
    const response = await rawRequest(host.port, { method: 'GET', path: '/', host: `evil.example:${host.port}` });
    expect(response.status).toBe(421);
    const rpc = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/setup.status',
      host: '192.168.1.5',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(rpc.status).toBe(421);
  });

  it('accepts localhost:<port> as well as 127.0.0.1:<port>', async () => {
    const response = await rawRequest(host.port, { method: 'GET', path: '/', host: `localhost:${host.port}` });
    expect(response.status).toBe(200);
  });

  it('answers 413 to a body over the limit, without reaching the backend', async () => {
    const big = JSON.stringify({ username: 'x'.repeat(300 * 1024), password: 'y' });
    const response = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/auth.signIn',
      body: big,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
    });
    expect(response.status).toBe(413);
  });

  it('refuses a cross-origin POST and a non-JSON body', async () => {
    const cross = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/setup.status',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    const form = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/setup.status',
      body: 'a=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
  });

  it('answers malformed JSON with a VALIDATION envelope, not a crash', async () => {
    const response = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/auth.signIn',
      body: '{"username":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('sends the strict CSP and no CORS headers', async () => {
    const response = await rawRequest(host.port, { method: 'GET', path: '/' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sets an HttpOnly, SameSite=Strict session cookie on sign-in and clears it on sign-out', async () => {
    const body = JSON.stringify({ username: 'manager', password: TEST_PASSWORD });
    const signIn = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/auth.signIn',
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(signIn.body).not.toContain(cookie.split(';')[0]?.split('=')[1] ?? 'never');
  });

  it('streams events only to sessions allowed to read them', async () => {
    const manager = httpClient(host);
    await manager.ok('auth.signIn', { username: 'manager', password: TEST_PASSWORD });
    const worker = httpClient(host);
    await worker.ok('auth.signIn', { username: 'worker', password: TEST_PASSWORD });
    const managerEvents: string[] = [];
    const workerEvents: string[] = [];
    const stopManager = manager.onEvent((event) => managerEvents.push(event.kind));
    const stopWorker = worker.onEvent((event) => workerEvents.push(event.kind));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await manager.ok('staff.create', {
      reference: 'EVT-1',
      givenName: 'Eve',
      familyName: 'Event',
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2025-01-01',
    });
    await expect.poll(() => managerEvents).toContain('staff.changed');
    expect(workerEvents).not.toContain('staff.changed');
    stopManager();
    stopWorker();
  });

  it('answers 400, not 500, to a malformed % escape in the path or the session cookie', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%zz.js', '/rpc/auth.%E0session'])
      expect((await rawRequest(host.port, { method: path.startsWith('/rpc') ? 'POST' : 'GET', path })).status).toBe(
        400,
      );
    const events = await rawRequest(host.port, {
      method: 'GET',
      path: '/events',
      headers: { Cookie: 'nh_session=%E0%A4%A' },
    });
    expect(events.status).toBe(400);
    const rpc = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/auth.session',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Cookie: 'other=1; nh_session=%zz' },
    });
    expect(rpc.status).toBe(400);
  });

  it('never serves source maps, even when one is in the folder', async () => {
    expect((await rawRequest(host.port, { method: 'GET', path: '/assets/index-abc.js' })).status).toBe(200);
    for (const path of ['/assets/index-abc.js.map', '/assets/INDEX-ABC.JS.MAP', '/assets/index-abc.js%2emap'])
      expect((await rawRequest(host.port, { method: 'GET', path })).status).toBe(404);
  });

  it('refuses an event stream without a signed-in session', async () => {
    for (const cookie of [null, 'nh_session=not-a-session-token']) {
      const stream = await openStream(host.port, cookie);
      expect(stream.status).toBe(401);
      stream.close();
    }
  });

  it(`keeps at most ${MAX_EVENT_STREAMS_PER_SESSION} event streams per session, closing the oldest`, async () => {
    const signIn = await rawRequest(host.port, {
      method: 'POST',
      path: '/rpc/auth.signIn',
      body: JSON.stringify({ username: 'coordinator', password: TEST_PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    const streams: OpenStream[] = [];
    for (let i = 0; i < MAX_EVENT_STREAMS_PER_SESSION; i += 1) streams.push(await openStream(host.port, cookie));
    expect(streams.map((s) => s.status)).toEqual(Array(MAX_EVENT_STREAMS_PER_SESSION).fill(200));
    streams.push(await openStream(host.port, cookie));
    await expect.poll(() => streams[0]?.ended()).toBe(true);
    expect(streams.slice(1).map((s) => s.ended())).toEqual(Array(MAX_EVENT_STREAMS_PER_SESSION).fill(false));
    for (const stream of streams) stream.close();
  });
});
