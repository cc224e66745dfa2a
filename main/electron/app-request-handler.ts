import { SECURITY_HEADERS } from '../server/security-headers';
import { loadStatic } from '../server/static-files';
import { APP_HOST } from './app-url';

/**
 * Answer an `app://` request from the built renderer folder. Kept free of electron (it only uses the Fetch API's
 * Request/Response) so the path guard is unit-tested; the same static-file resolver as the browser host refuses
 * paths that escape the folder and falls back to index.html for client-side routes.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let file;
    try {
      file = await loadStatic(rendererDir, url.pathname);
    } catch {
      // A malformed escape (decodeURIComponent throws) is a bad path, not a crash.
      return plain(404, 'Not found');
    }
    if (!file) return plain(404, 'Not found');
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
  };
}
