import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '@main/electron/app-request-handler';
import { CONTENT_SECURITY_POLICY } from '@main/server/security-headers';

describe('app:// request handler', () => {
  let base: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'nh-app-protocol-'));
    const renderer = join(base, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hub</title>');
    writeFileSync(join(renderer, 'assets', 'app-abc.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
    handle = createAppRequestHandler(renderer);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string) => handle(new Request(url));

  it('serves files with the CSP and content type', async () => {
    const response = await get('app://app/assets/app-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await get('app://app/staff/123');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Hub</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://app/../secret.txt',
    'app://app/%2e%2e/secret.txt',
    'app://app/..%2Fsecret.txt',
    'app://app/assets/..%2F..%2Fsecret.txt',
    'app://app/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('answers 404 for missing files and other hosts, 405 for other methods', async () => {
    expect((await get('app://app/missing.js')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await handle(new Request('app://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
