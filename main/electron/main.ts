import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, safeStorage } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
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
import { recoverManagerLaunch, recoveryNotice } from './recover-launch';
import { AppError } from '@shared/contract/errors';
import { recoverManager } from '../services/accounts/recover-manager';

// The Electron host: lifecycle only. Everything the app does is the backend's; this file wires it to a window.

// Both must happen before `ready`: privileged schemes cannot be registered later, and guards must cover every
// webContents from the first.
registerAppScheme();
hardenApp();

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
// `--recover-manager`: recover the last manager on this store and quit, with no window (recover-launch.ts).
const recovery = recoverManagerLaunch(process.argv.slice(1));

async function start(): Promise<void> {
  // out/electron/main.cjs sits beside preload.cjs, and out/renderer is its sibling folder.
  const outDir = join(__dirname, '..');
  const dbPath = storePathFromArgs(process.argv.slice(1));
  if (recovery && !existsSync(dbPath)) {
    // Recovering makes no store: an empty new one has no manager to recover.
    dialog.showErrorBox('Neighbourhood Hub could not recover a manager', `No store at ${dbPath}. Pass --db <path>.`);
    app.exit(1);
    return;
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  await app.whenReady();
  // Keys that sign the hub's passes are sealed by the platform's secret store, outside the store (security.md).
  backend = await createBackend({
    dbPath,
    keys: safeStorageKeys(`${dbPath}-keys`, safeStorage),
    // The council's branch token is sealed the same way (council-sync.md).
    councilToken: defaultTokenStore(dbPath, safeStorageTokenSeal(safeStorage)),
  });
  if (recovery) {
    await recoverAndQuit(backend, recovery.username);
    return;
  }
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

/** Recover the manager, show the one-time password (printed too, for a terminal), and quit (which closes the store). */
async function recoverAndQuit(opened: Backend, username: string | null): Promise<void> {
  try {
    const notice = recoveryNotice(await recoverManager(opened.deps, username));
    console.log(`${notice.message}\n${notice.detail}`);
    await dialog.showMessageBox({ type: 'info', title: notice.title, message: notice.message, detail: notice.detail });
    app.quit();
  } catch (error) {
    // A store with no manager, or a name that is not one: the message says what to do. Anything else is logged.
    if (!(error instanceof AppError)) console.error('[electron] recovery failed:', error);
    console.error((error as Error).message);
    dialog.showErrorBox('Neighbourhood Hub could not recover a manager', (error as Error).message);
    backend = null;
    await opened.close();
    app.exit(1);
  }
}

// One process owns the store: a second launch focuses the first window instead of opening the store twice.
if (!app.requestSingleInstanceLock()) {
  // A recovery must not run beside the open app (two processes on one store): say so instead of vanishing.
  if (recovery)
    dialog.showErrorBox('Neighbourhood Hub is open', 'Close Neighbourhood Hub, then run the recovery again.');
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
