import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '@main/tools/electron-runtime.mjs';
import { FirstRunPage } from '../pages/first-run-page';

// The Electron leg: launch the built app against a temp store and check launch, the IPC bridge and the security
// guards. Where no Electron binary can be had (as on the build machine) every test is skipped with the reason.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const mainEntry = join(root, 'out/electron/main.cjs');

let binary: string | null = null;
let skipReason = '';
let app: ElectronApplication | null = null;
let page: Page;
let storeDir = '';

test.beforeAll(async () => {
  const found = findElectronBinary();
  binary = found.path;
  if (!binary) skipReason = `Electron e2e skipped: ${found.reason} (run "npx install-electron" where downloads work).`;
  else if (!existsSync(mainEntry))
    skipReason = `Electron e2e skipped: ${mainEntry} is missing (run npm run build first).`;
  if (skipReason) {
    console.log(skipReason);
    return;
  }
  storeDir = mkdtempSync(join(tmpdir(), 'nh-electron-e2e-'));
  app = await electron.launch({
    executablePath: binary as string,
    args: [mainEntry, '--db', join(storeDir, 'store.db')],
    cwd: root,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

test.beforeEach(() => {
  test.skip(skipReason !== '', skipReason);
});

test('opens the first-run screen on an empty store, served from app://', async () => {
  expect(page.url()).toMatch(/^app:\/\/app\//);
  const status = await page.evaluate(() =>
    (window as unknown as { appBridge: { call(n: string, i: unknown): Promise<unknown> } }).appBridge.call(
      'setup.status',
      {},
    ),
  );
  expect(status).toMatchObject({ ok: true, value: { configured: false } });
  await expect(new FirstRunPage(page).heading.first()).toBeVisible();
});

test('exposes exactly call, onEvent and runtime, and no Node in the page', async () => {
  const shape = await page.evaluate(() => {
    const bridge = (window as unknown as { appBridge: Record<string, unknown> }).appBridge;
    const g = globalThis as Record<string, unknown>;
    return {
      keys: Object.keys(bridge).sort(),
      runtime: bridge.runtime,
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      ipcRenderer: typeof g.ipcRenderer,
    };
  });
  expect(shape.keys).toEqual(['call', 'onEvent', 'runtime']);
  expect(shape.runtime).toMatchObject({ host: 'electron' });
  expect(shape.require).toBe('undefined');
  expect(shape.process).toBe('undefined');
  expect(shape.module).toBe('undefined');
  expect(shape.ipcRenderer).toBe('undefined');
});

/** Where the main process keeps the next navigation attempt it sees, and whether the app's guard refused it. */
type NavigationProbe = { nextNavigation?: Promise<{ url: string; refused: boolean }> };

test('blocks navigation to another origin and window.open', async () => {
  const before = page.url();
  // Listen in the main process after the app's own guard, so the attempt is seen once the guard has decided.
  await app?.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    (globalThis as NavigationProbe).nextNavigation = new Promise((resolve) =>
      contents?.once('will-navigate', (event, url) => resolve({ url, refused: event.defaultPrevented })),
    );
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  const attempt = await app?.evaluate(() => (globalThis as NavigationProbe).nextNavigation);
  expect(attempt).toEqual({ url: 'https://example.com/', refused: true });
  expect(page.url()).toBe(before);
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app?.windows()).toHaveLength(1);
});

test('sends the strict CSP with the page', async () => {
  const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});
