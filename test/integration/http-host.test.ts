import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '@main/server/http-host';
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

describe('browser host guards', () => {
  let tb: TestBackend;
  let host: HttpHost;
  let staticDir: string;
  beforeAll(async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    await anAccount(tb, 'worker');
    staticDir = mkdtempSync(join(tmpdir(), 'nh-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
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
});
