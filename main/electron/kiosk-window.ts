import { BrowserWindow } from 'electron';
import { guardKioskContents, KIOSK_URL, kioskWindowOptions } from './kiosk-options';

/** Open the front-desk kiosk window: full screen, no menu, no devtools, held on the kiosk route. */
export function createKioskWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions(preloadDir));
  // No application menu either (its accelerators would reach reload and the devtools).
  window.removeMenu();
  guardKioskContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(KIOSK_URL);
  return window;
}
