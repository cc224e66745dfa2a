import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '@main/backend';
import { fileKeys } from '@main/platform/secret-keys';
import { recoverManagerLaunch } from '@main/electron/recover-launch';
import { inProcessClient } from '@test/fixtures/in-process-client';

// The last manager's recovery on a desktop store, whose keys only the app can open (sealed with this computer's
// secret store): the app started with `--recover-manager` recovers on the same store, with no window, shows the
// one-time password and quits. Drives main/electron/main.ts with a stand-in `electron` module whose secret store
// works (the real module cannot load here).

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({
  appListeners: new Map<string, Listener[]>(),
  windows: 0,
  messageBoxes: [] as { title: string; message: string; detail: string }[],
  errorBoxes: [] as { title: string; content: string }[],
  quitCalls: 0,
  exitCodes: [] as number[],
}));

// The stand-in secret store: what it seals cannot be read as a plain 32-byte key file.
const seal = vi.hoisted(() => ({
  encrypt: (text: string) => Buffer.from(`sealed by the secret store:${text}`),
  decrypt: (sealed: Buffer) => sealed.toString().slice('sealed by the secret store:'.length),
}));

vi.mock('electron', () => ({
  app: {
    on: (name: string, listener: Listener) =>
      fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => {
      fake.quitCalls += 1;
      let prevented = false;
      for (const listener of fake.appListeners.get('will-quit') ?? [])
        listener({ preventDefault: () => (prevented = true) });
      return prevented;
    },
    exit: (code: number) => fake.exitCodes.push(code),
  },
  dialog: {
    showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }),
    showMessageBox: async (options: { title: string; message: string; detail: string }) => {
      fake.messageBoxes.push({ title: options.title, message: options.message, detail: options.detail });
      return { response: 0 };
    },
  },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
  ipcMain: { handle: () => undefined, on: () => undefined },
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => seal.encrypt(text),
    decryptString: (sealed: Buffer) => seal.decrypt(sealed),
  },
  BrowserWindow: class {
    constructor() {
      fake.windows += 1;
    }
  },
  session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => {} } },
  shell: { openExternal: async () => undefined },
}));

/** The same keys as the desktop app reads them (main/electron/safe-storage-keys.ts), for checking afterwards. */
const desktopKeys = (path: string) =>
  fileKeys(`${path}-keys`, {
    seal: (key) => seal.encrypt(key.toString('base64')),
    open: (sealed) => Buffer.from(seal.decrypt(sealed), 'base64'),
  });

describe('recovering the last manager from the desktop app (stand-in electron module)', () => {
  const argv = process.argv;
  const dir = mkdtempSync(join(tmpdir(), 'nh-electron-recover-'));
  afterAll(() => {
    process.argv = argv;
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads --recover-manager and the manager’s name among Chromium’s own switches', () => {
    expect(recoverManagerLaunch(['--no-sandbox', '--recover-manager', '--username', 'asha'])).toEqual({
      username: 'asha',
    });
    expect(recoverManagerLaunch(['--recover-manager'])).toEqual({ username: null });
    expect(recoverManagerLaunch(['--db', '/x.db', '--kiosk'])).toBeNull();
  });

  it('gives a one-time password on the app’s sealed store, with no window, and quits', async () => {
    const path = join(dir, 'store.db');
    // A desktop store with a manager: its keys sealed by the (stand-in) secret store, as the app makes them.
    const made = await createBackend({ dbPath: path, keys: desktopKeys(path) });
    const setup = inProcessClient(made);
    await setup.ok('setup.createBranch', {
      providerName: 'Riverside Care',
      providerId: null,
      branchName: 'Riverside North',
      neighbourhood: 'Catford',
      cqcLocationId: null,
      manager: { givenName: 'Asha', familyName: 'Patel', username: 'asha', password: 'a long enough passphrase 1' },
    });
    await made.close();

    process.argv = [argv[0] ?? 'node', 'main.cjs', '--db', path, '--recover-manager'];
    vi.resetModules();
    await import('@main/electron/main');
    await vi.waitFor(() => expect(fake.messageBoxes).toHaveLength(1), { timeout: 20_000 });
    await vi.waitFor(() => expect(fake.quitCalls).toBeGreaterThan(1), { timeout: 20_000 });

    const [box] = fake.messageBoxes;
    expect(box).toMatchObject({
      title: 'Neighbourhood Hub: manager recovered',
      message: expect.stringMatching(/^Manager "asha" can now sign in once with: \w+-\w+-\w+-\w+$/),
    });
    expect({ windows: fake.windows, errorBoxes: fake.errorBoxes, exitCodes: fake.exitCodes }).toEqual({
      windows: 0,
      errorBoxes: [],
      exitCodes: [],
    });

    const password = box!.message.split(': ')[1]!;
    const reopened = await createBackend({ dbPath: path, keys: desktopKeys(path) });
    try {
      const manager = inProcessClient(reopened);
      expect(await manager.ok('auth.signIn', { username: 'asha', password })).toMatchObject({
        mustChangePassword: true,
      });
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
