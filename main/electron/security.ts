import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { externalUrlAllowed } from './external-url';

/** Open an allow-listed https link in the system browser; anything else is dropped. */
function openIfAllowed(url: string): void {
  if (externalUrlAllowed(url)) void shell.openExternal(url);
}

/** Guards for one webContents: it stays on app://, opens no windows, attaches no webviews. */
export function guardWebContents(contents: WebContents): void {
  // A link to another origin never replaces the app; allow-listed ones go to the system browser instead.
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openIfAllowed(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Apply the app-wide guards: every webContents (including any a bug might create) is guarded, and every permission
 * request (camera, notifications, geolocation, ...) is denied: the app needs none.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
