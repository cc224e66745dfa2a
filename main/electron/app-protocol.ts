import { protocol } from 'electron';
import { createAppRequestHandler } from './app-request-handler';
import { APP_SCHEME } from './app-url';

/**
 * Declare `app://` privileged. Must run before the app is ready. `standard` gives it a real origin (so 'self' in the
 * CSP and the IPC sender check mean something), `secure` makes it a secure context, `supportFetchAPI` lets the page
 * fetch its own assets. No bypassCSP, no corsEnabled, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serve the built renderer folder on `app://app/`, with the same CSP and headers as the browser host. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
