import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '@main/db/migrations';
import { alterStore, fileState, interruptMigration, storeAt } from '../fixtures/stores/store-files';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nh-web-cli-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWeb(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/server/cli.ts', '--static', dir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('npm run web', () => {
  it(
    'prints exactly the URL once listening with the demo ' + 'committed, serves it, and stops cleanly on SIGTERM',
    async () => {
      const db = join(dir, 'demo.db');
      const web = runWeb(['--port', '0', '--db', db, '--demo']);
      // Building the 150-worker demo branch on a file store takes tens of seconds on a busy two-core machine.
      await expect.poll(() => web.out(), { timeout: 150_000 }).toMatch(/\n$/);
      const lines = web.out().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const status = await fetch(`${lines[0]}rpc/setup.status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }).then((r) => r.json());
      expect(status).toMatchObject({ ok: true, value: { configured: true, branch: { isDemo: true } } });
      web.child.kill('SIGTERM');
      expect(await web.exited).toBe(0);
    },
    180_000,
  );

  it('refuses --demo on a store that already has data, naming the store', async () => {
    const db = join(dir, 'demo.db');
    const web = runWeb(['--port', '0', '--db', db, '--demo']);
    expect(await web.exited).toBe(2);
    expect(web.err()).toContain('already has data');
    expect(web.out()).toBe('');
  });

  it('refuses a bad port with the reason', async () => {
    const web = runWeb(['--port', 'eighty']);
    expect(await web.exited).toBe(2);
    expect(web.err()).toContain('--port must be a whole number');
  });

  it('refuses a store it must not open: its one sentence, exit 1, no stack trace, the store untouched', async () => {
    const newer = join(dir, 'newer.db');
    await storeAt(newer, Object.keys(migrations).at(-1)!);
    alterStore(
      newer,
      "INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-later', '2030-01-01T00:00:00.000Z')",
    );
    const halfUpgraded = join(dir, 'half-upgraded.db');
    await storeAt(halfUpgraded, '0004-pathway');
    await interruptMigration(halfUpgraded, '0005-people', 2);
    const cases = [
      { db: newer, sentence: /^The store at .+newer\.db was written by a newer version .+ update Neighbourhood Hub/ },
      { db: halfUpgraded, sentence: /^The store at .+half-upgraded\.db was left half-upgraded .+ restore your latest/ },
    ];
    await Promise.all(
      cases.map(async ({ db, sentence }) => {
        const before = fileState(db);
        const web = runWeb(['--port', '0', '--db', db]);
        expect(await web.exited).toBe(1);
        const lines = web.err().trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(sentence);
        expect(web.out()).toBe('');
        expect(fileState(db)).toEqual(before);
      }),
    );
  });
});
