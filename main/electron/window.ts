import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-url';
import { hardenedWebPreferences } from './web-preferences';

/** Open the main window on the app:// page, locked down per the Electron security checklist. */
export function createMainWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Neighbourhood Hub',
    // Matches the app's background so the window does not flash white before the first paint.
    backgroundColor: '#f7f7f5',
    // Shown on ready-to-show, so the user never sees a half-drawn page.
    show: false,
    autoHideMenuBar: true,
    webPreferences: { ...hardenedWebPreferences(preloadDir), spellcheck: true },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
