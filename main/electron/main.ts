import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, safeStorage } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createBackend, type Backend } from '../backend';
import { StoreOpenError } from '../db/open-database';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc-adapter';
import { safeStorageKeys, safeStorageTokenSeal } from './safe-storage-keys';
import { defaultTokenStore } from '../services/sync/token-store';
import { hardenApp } from './security';
import { storePathFromArgs } from './store-args';
import { createMainWindow } from './window';
import { isKioskLaunch } from './kiosk-options';
import { createKioskWindow } from './kiosk-window';

// The Electron host: lifecycle only. Everything the app does is the backend's; this file wires it to a window.

// Both must happen before `ready`: privileged schemes cannot be registered later, and guards must cover every
// webContents from the first.
registerAppScheme();
hardenApp();

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

async function start(): Promise<void> {
  // out/electron/main.cjs sits beside preload.cjs, and out/renderer is its sibling folder.
  const outDir = join(__dirname, '..');
  const dbPath = storePathFromArgs(process.argv.slice(1));
  mkdirSync(dirname(dbPath), { recursive: true });
  await app.whenReady();
  // Keys that sign the hub's passes are sealed by the platform's secret store, outside the store (security.md).
  backend = await createBackend({
    dbPath,
    keys: safeStorageKeys(`${dbPath}-keys`, safeStorage),
    // The council's branch token is sealed the same way (council-sync.md).
    councilToken: defaultTokenStore(dbPath, safeStorageTokenSeal(safeStorage)),
  });
  serveRenderer(join(outDir, 'renderer'));
  registerIpc(ipcMain, backend, {
    // Only our own window may call; the adapter also checks that the calling frame is on app://.
    isTrustedSender: (sender) =>
      mainWindow !== null && !mainWindow.isDestroyed() && sender.id === mainWindow.webContents.id,
  });
  // `--kiosk` opens the front desk's locked-down kiosk window instead of the app's own (one window either way).
  mainWindow = isKioskLaunch(process.argv.slice(1)) ? createKioskWindow(__dirname) : createMainWindow(__dirname);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// One process owns the store: a second launch focuses the first window instead of opening the store twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window, one store: closing it ends the app on every platform, so the store is closed cleanly.
  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !backend) return;
    // Hold the quit until the store is closed (WAL checkpoint), then quit for real.
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing
      .close()
      .catch((error: unknown) => console.error('[electron] closing the store failed:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  start().catch((error: unknown) => {
    // A refused store is the user's to act on: its one sentence in a dialog. Anything else is ours: logged in full.
    if (error instanceof StoreOpenError) {
      dialog.showErrorBox('Neighbourhood Hub cannot open its store', error.message);
    } else {
      console.error('[electron] start-up failed:', error);
      dialog.showErrorBox('Neighbourhood Hub could not start', (error as Error).message);
    }
    app.exit(1);
  });
}
