import type { Exclusion } from './findings';

// Every finding of `npm run security:electron` over main/electron and main/preload that was reviewed and is correct
// in this app, with the reason. A finding not listed here fails the step (fix it or add it with its reason); an
// entry that matches nothing fails it too (remove it). Most entries exist because electronegativity reads one file
// at a time and cannot follow a value built in another module: for those, the reason names the test that pins the
// real value.

const WINDOW_LINE = 'const window = new BrowserWindow({';
const KIOSK_WINDOW_LINE = 'const window = new BrowserWindow(kioskWindowOptions(preloadDir));';

const WEB_PREFERENCES_FROM_ONE_PLACE =
  'webPreferences come from hardenedWebPreferences() (main/electron/web-preferences.ts), spread into the options, ' +
  'which the scanner cannot follow';

const KIOSK_OPTIONS_FROM_ONE_PLACE =
  'The options come from kioskWindowOptions() (main/electron/kiosk-options.ts), built on hardenedWebPreferences()';

/** The reviewed findings, each with its reason. */
export const ELECTRONEGATIVITY_EXCLUSIONS: readonly Exclusion[] = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/electron/window.ts',
    sample: WINDOW_LINE,
    reason:
      `${WEB_PREFERENCES_FROM_ONE_PLACE}; contextIsolation is true there, pinned by test/integration/` +
      'electron-main.test.ts ("opens one locked-down window").',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'main/electron/window.ts',
    sample: WINDOW_LINE,
    reason:
      `${WEB_PREFERENCES_FROM_ONE_PLACE}; sandbox is true there, pinned by test/integration/electron-main.test.ts ` +
      '("opens one locked-down window").',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'main/electron/window.ts',
    sample: WINDOW_LINE,
    reason:
      'A middle click on a link can only ask for a new window, and every webContents denies every new window ' +
      '(setWindowOpenHandler answers deny in main/electron/security.ts; test/integration/electron-main.test.ts, ' +
      '"guards every new webContents").',
  },
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/electron/kiosk-window.ts',
    sample: KIOSK_WINDOW_LINE,
    reason:
      `${KIOSK_OPTIONS_FROM_ONE_PLACE}; ` +
      'contextIsolation is true there, pinned by test/unit/electron/kiosk-window.test.ts ("keeps the web hardening").',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'main/electron/kiosk-window.ts',
    sample: KIOSK_WINDOW_LINE,
    reason:
      `${KIOSK_OPTIONS_FROM_ONE_PLACE}; ` +
      'sandbox is true there, pinned by test/unit/electron/kiosk-window.test.ts ("keeps the web hardening").',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'main/electron/kiosk-window.ts',
    sample: KIOSK_WINDOW_LINE,
    reason:
      'As for the main window: every new window is denied by the app-wide guard (main/electron/security.ts), and the ' +
      'kiosk guard also cancels any navigation away from the kiosk route (test/unit/electron/kiosk-window.test.ts).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/electron/security.ts',
    sample: 'if (externalUrlAllowed(url)) void shell.openExternal(url);',
    reason:
      'openExternal runs only for a URL that passes externalUrlAllowed() (https, on the allow-listed hosts; ' +
      'test/unit/external-url.test.ts), the checked pattern security.md expects.',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    sample: '',
    reason:
      'The CSP is a response header on every app:// answer, built in main/server/security-headers.ts (shared with the ' +
      'browser host) and added by main/electron/app-request-handler.ts; the scanner finds only literal CSP strings. ' +
      'Pinned by test/unit/app-request-handler.test.ts and test/integration/electron-main.test.ts ("serves app:// ' +
      'with the CSP").',
  },
];
