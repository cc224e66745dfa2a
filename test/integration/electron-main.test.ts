import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrations } from '@main/db/migrations';
import type { FakeIpcMain } from '../fixtures/fake-ipc';
import { FakeWebContents } from '../fixtures/fake-ipc';
import { alterStore, fileState, storeAt } from '../fixtures/stores/store-files';

// Drive main/electron/main.ts with a stand-in `electron` module (the real one cannot load here): checks the wiring
// of lifecycle, protocol, window options, guards and IPC against a real backend on a temp store.

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const windows: { options: Record<string, unknown>; url: string | null; webContents: { id: number } }[] = [];
  const state = {
    appListeners,
    windows,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    opened: [] as string[],
    quitCalls: 0,
    exitCodes: [] as number[],
    errorBoxes: [] as { title: string; content: string }[],
    ipcMain: null as unknown,
  };
  return state;
});

vi.mock('electron', async () => {
  const { FakeIpcMain: Ipc } = await import('../fixtures/fake-ipc');
  fake.ipcMain = new Ipc();
  const on = (name: string, listener: Listener) => {
    fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]);
  };
  class BrowserWindow {
    readonly webContents = { id: 1 };
    readonly record: { options: Record<string, unknown>; url: string | null; webContents: { id: number } };
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null, webContents: this.webContents };
      fake.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      on,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      quit: () => {
        fake.quitCalls += 1;
      },
      exit: (code: number) => {
        fake.exitCodes.push(code);
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    ipcMain: fake.ipcMain,
    // The platform's secret store, as on a machine without one: the backend keeps its keys in 0600 files.
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: () => {
        throw new Error('no secret store');
      },
      decryptString: () => {
        throw new Error('no secret store');
      },
    },
    BrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
      },
    },
    shell: { openExternal: async (url: string) => void fake.opened.push(url) },
  };
});

describe('Electron main process wiring (stand-in electron module)', () => {
  let dir: string;
  const argv = process.argv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nh-electron-main-'));
    process.argv = [argv[0] ?? 'node', 'main.cjs', '--db', join(dir, 'nested', 'store.db')];
    await import('@main/electron/main');
    // start() is async after whenReady; wait for the window.
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
  });
  afterAll(async () => {
    process.argv = argv;
    // Quitting closes the store: run the will-quit handler as Electron would.
    let prevented = false;
    for (const listener of fake.appListeners.get('will-quit') ?? [])
      listener({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(fake.quitCalls).toBeGreaterThan(0));
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts without an error dialog or an exit', () => {
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.exitCodes).toEqual([]);
  });

  it('registers app:// as a privileged standard, secure, fetch-capable scheme, and nothing more', () => {
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one locked-down window on app://app/ with the sibling preload', () => {
    const [window] = fake.windows;
    expect(window?.url).toBe('app://app/index.html');
    const prefs = window?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(window?.options.show).toBe(false);
  });

  it('answers IPC from the window on a real store at --db, and refuses other webContents', async () => {
    const ipcMain = fake.ipcMain as FakeIpcMain;
    const status = await ipcMain.invoke(new FakeWebContents(1), 'app://app/index.html', 'rpc', 'setup.status', {});
    expect(status).toMatchObject({ ok: true, value: { configured: false } });
    const stranger = await ipcMain.invoke(new FakeWebContents(2), 'app://app/index.html', 'rpc', 'setup.status', {});
    expect(stranger).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('denies every permission request and check', () => {
    let granted: boolean | null = null;
    fake.permissionRequest?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it('guards every new webContents: navigation away, new windows and webviews', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);

    const navigate = (url: string) => {
      let prevented = false;
      listeners.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://app/staff')).toBe(false);
    // An allow-listed link goes to the system browser instead of replacing the app.
    expect(navigate('https://www.gov.uk/guidance')).toBe(true);
    expect(fake.opened).toEqual(['https://www.gov.uk/guidance']);

    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://www.nhs.uk/' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.gov.uk/guidance', 'https://www.nhs.uk/']);

    let webviewPrevented = false;
    listeners.get('will-attach-webview')?.({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
  });

  it('serves app:// with the CSP (404 for a file the renderer folder does not have)', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://app/no-such-file.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('Electron start-up on a store this version must not open (stand-in electron module)', () => {
  const argv = process.argv;
  let dir: string;
  afterAll(() => {
    process.argv = argv;
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the refusal’s one sentence in a dialog, exits 1, opens no window, leaves the store as it was', async () => {
    dir = mkdtempSync(join(tmpdir(), 'nh-electron-refusal-'));
    const path = join(dir, 'store.db');
    await storeAt(path, Object.keys(migrations).at(-1)!);
    alterStore(
      path,
      "INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-later', '2030-01-01T00:00:00.000Z')",
    );
    const before = fileState(path);
    const windowsBefore = fake.windows.length;
    fake.errorBoxes.length = 0;
    fake.exitCodes.length = 0;

    process.argv = [argv[0] ?? 'node', 'main.cjs', '--db', path];
    vi.resetModules();
    await import('@main/electron/main');
    await vi.waitFor(() => expect(fake.exitCodes).toEqual([1]), { timeout: 10_000 });

    expect(fake.errorBoxes).toEqual([
      {
        title: 'Neighbourhood Hub cannot open its store',
        content: expect.stringMatching(/^The store at .+ was written by a newer version.*update Neighbourhood Hub/),
      },
    ]);
    expect(fake.windows).toHaveLength(windowsBefore);
    expect(fileState(path)).toEqual(before);
  });
});
