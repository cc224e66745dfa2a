import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The app's folder name in the platform's app-data location (matches Electron's userData for productName). */
export const APP_FOLDER = 'Neighbourhood Hub';
/** The store's file name. */
export const STORE_FILE = 'neighbourhood-hub.db';

/**
 * The one default store path for both hosts, so `npm start` in Electron and its browser fallback open the same
 * store: %APPDATA% on Windows, Application Support on macOS, XDG config on Linux (as Electron's userData).
 */
export function defaultStorePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, APP_FOLDER, STORE_FILE);
}

/**
 * The store a command works on: the one named (`--db <path>`), else the desktop app's own. The Electron host and the
 * command-line tools both call this, so a command run with no `--db` finds the store the app uses.
 */
export function storePathOrDefault(named: string | undefined, defaultPath: string = defaultStorePath()): string {
  return resolve(named !== undefined && named !== '' ? named : defaultPath);
}
