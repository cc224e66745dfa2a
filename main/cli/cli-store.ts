import { existsSync } from 'node:fs';
import { keysSealedByDesktopApp } from '../platform/secret-keys';
import { storePathOrDefault } from '../platform/store-path';

/** The store a command-line tool may open, or why not (in words, for the terminal). */
export type CliStore = { ok: true; path: string } | { ok: false; message: string };

/**
 * The store a command-line tool works on: the one named with `--db`, else the desktop app's own (the same path logic
 * as the app), checked before anything is opened: it must exist, and its keys must be ones a tool outside the app can
 * open. The desktop app seals its keys with this computer's secret store, which only the app itself can open; then
 * `inTheApp` says how to do the same from the app, and the store is left untouched.
 */
export function cliStore(named: string | undefined, inTheApp: string): CliStore {
  const path = storePathOrDefault(named);
  if (!existsSync(path)) return { ok: false, message: `No store at ${path}. Pass --db <path>.` };
  if (keysSealedByDesktopApp(`${path}-keys`))
    return {
      ok: false,
      message:
        `The store at ${path} is the desktop app's: its keys are sealed by this computer's secret store, which only ` +
        `the app can open, so this command cannot use it. ${inTheApp}`,
    };
  return { ok: true, path };
}
