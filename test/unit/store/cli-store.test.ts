import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliStore } from '@main/cli/cli-store';
import { storePathFromArgs } from '@main/electron/store-args';
import { keysSealedByDesktopApp } from '@main/platform/secret-keys';
import { defaultStorePath, storePathOrDefault } from '@main/platform/store-path';

// The command-line tools find a store as the desktop app does, and check it before opening anything.
describe('the store a command works on', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const store = (keyBytes: number) => {
    dir = mkdtempSync(join(tmpdir(), 'nh-cli-store-'));
    const path = join(dir, 'store.db');
    writeFileSync(path, '');
    mkdirSync(`${path}-keys`);
    writeFileSync(join(`${path}-keys`, 'audit-chain.key'), Buffer.alloc(keyBytes, 7));
    return path;
  };

  it('is the named one, else the desktop app’s own, by the one rule the app uses', () => {
    expect(storePathOrDefault(undefined, '/home/a/.config/Neighbourhood Hub/neighbourhood-hub.db')).toBe(
      '/home/a/.config/Neighbourhood Hub/neighbourhood-hub.db',
    );
    expect(storePathOrDefault('', '/default.db')).toBe('/default.db');
    expect(storePathOrDefault('/office/branch.db', '/default.db')).toBe('/office/branch.db');
    expect(storePathFromArgs(['--no-sandbox'])).toBe(storePathOrDefault(undefined));
    expect(storePathOrDefault(undefined)).toBe(defaultStorePath());
  });

  it('opens a store whose keys are plain 0600 files (the browser host’s, or the app’s without a secret store)', () => {
    const path = store(32);
    expect(keysSealedByDesktopApp(`${path}-keys`)).toBe(false);
    expect(cliStore(path, 'Use the app.')).toEqual({ ok: true, path });
  });

  it('refuses a store whose keys the desktop app sealed, saying what to do in the app', () => {
    const path = store(120);
    expect(keysSealedByDesktopApp(`${path}-keys`)).toBe(true);
    expect(cliStore(path, 'Use the app.')).toEqual({
      ok: false,
      message:
        `The store at ${path} is the desktop app's: its keys are sealed by this computer's secret store, which ` +
        'only the app can open, so this command cannot use it. Use the app.',
    });
  });

  it('names the missing store', () => {
    dir = mkdtempSync(join(tmpdir(), 'nh-cli-store-'));
    const path = join(dir, 'nowhere.db');
    expect(cliStore(path, 'Use the app.')).toEqual({ ok: false, message: `No store at ${path}. Pass --db <path>.` });
    expect(keysSealedByDesktopApp(`${path}-keys`)).toBe(false);
  });
});
