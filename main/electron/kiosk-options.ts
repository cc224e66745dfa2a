import type { BrowserWindowConstructorOptions } from 'electron';
import { parseArgs } from 'node:util';
import { APP_START_URL, isAppUrl } from './app-url';
import { hardenedWebPreferences } from './web-preferences';

// The front-desk kiosk as its own locked-down window: started with `--kiosk`, it fills the screen with no frame,
// menu or developer tools and stays on the kiosk route. Pure facts (no electron runtime), so tests check them as units.

/** The command-line switch that opens the kiosk window instead of the app's main window. */
export const KIOSK_SWITCH = 'kiosk';

/** The renderer's kiosk route, where the kiosk window starts and which it may never leave. */
export const KIOSK_URL = `${APP_START_URL}#/kiosk`;

/** Whether the app was started as the front-desk kiosk (`--kiosk`); lenient about Chromium's own switches. */
export function isKioskLaunch(argv: readonly string[]): boolean {
  const { values } = parseArgs({
    args: [...argv],
    options: { [KIOSK_SWITCH]: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  });
  return values[KIOSK_SWITCH] === true;
}

/** The kiosk window: full screen in the OS's kiosk mode, no frame or menu, no devtools, the usual web hardening. */
export function kioskWindowOptions(preloadDir: string): BrowserWindowConstructorOptions {
  return {
    title: 'Neighbourhood Hub kiosk',
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: true,
    alwaysOnTop: true,
    backgroundColor: '#f7f7f5',
    show: false,
    webPreferences: {
      ...hardenedWebPreferences(preloadDir),
      // Nobody at the front desk may open the developer tools (they would reach the backend's bridge).
      devTools: false,
      spellcheck: false,
    },
  };
}

/** True only for the kiosk route on our own origin: anything else (another page of the app included) is refused. */
export function kioskUrlAllowed(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const parsed = new URL(url);
  return parsed.pathname === '/index.html' && parsed.search === '' && parsed.hash === '#/kiosk';
}

/** The part of a webContents the kiosk guard uses (electron's own type in the app, a fake in the unit tests). */
export interface KioskContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): void;
  on(event: 'did-navigate-in-page', listener: (event: unknown, url: string) => void): void;
  on(
    event: 'before-input-event',
    listener: (
      event: { preventDefault(): void },
      input: { type: string; key: string; control: boolean; meta: boolean; alt: boolean; shift: boolean },
    ) => void,
  ): void;
  loadURL(url: string): Promise<void>;
}

// Keys that would leave the kiosk page or open something else: reload drops nothing but is refused to keep the
// kiosk still; print, find, zoom, devtools and history keys have no use at the front desk.
const BLOCKED_WITH_CONTROL = new Set(['r', 'p', 'f', 'o', 'n', 't', 'w', 'i', 'j', 'u', '+', '-', '=', '0']);
const BLOCKED_ALONE = new Set(['F5', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh']);

/** Whether a key press is one the kiosk swallows. */
export function kioskKeyBlocked(input: { key: string; control: boolean; meta: boolean; alt: boolean }): boolean {
  if (BLOCKED_ALONE.has(input.key)) return true;
  if (input.alt && (input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home')) return true;
  return (input.control || input.meta) && BLOCKED_WITH_CONTROL.has(input.key.toLowerCase());
}

/**
 * Keep a kiosk window on the kiosk route: full navigations elsewhere are cancelled, an in-page move to another route
 * (a hash change, which Electron does not offer to cancel) is sent straight back, and the keys that would leave or
 * inspect the page are swallowed. The app-wide guards (new windows, webviews, permissions) apply as well.
 */
export function guardKioskContents(contents: KioskContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!kioskUrlAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!kioskUrlAllowed(url)) event.preventDefault();
  });
  contents.on('did-navigate-in-page', (_event, url) => {
    if (!kioskUrlAllowed(url)) void contents.loadURL(KIOSK_URL);
  });
  contents.on('before-input-event', (event, input) => {
    if (input.type === 'keyDown' && kioskKeyBlocked(input)) event.preventDefault();
  });
}
