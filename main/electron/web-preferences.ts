import type { WebPreferences } from 'electron';
import { join } from 'node:path';

/**
 * The web preferences every window of the app starts from (the Electron security checklist): isolated, sandboxed,
 * no Node in any frame or worker, web security on, no webviews, and only our bundled preload.
 */
export function hardenedWebPreferences(preloadDir: string): WebPreferences {
  return {
    preload: join(preloadDir, 'preload.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
  };
}
