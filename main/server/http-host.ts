import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isProcedureName, procedures } from '@shared/contract/procedures';
import type { Backend } from '../backend';
import {
  BodyTooLargeError,
  decodeRequestPart,
  DEFAULT_BODY_LIMIT,
  hostAllowed,
  MalformedRequestError,
  originAllowed,
  readBody,
  readSessionCookie,
  sessionCookie,
} from './guards';
import { SECURITY_HEADERS } from './security-headers';
import { loadStatic } from './static-files';

/** Event streams one session may hold open (its tabs); opening another closes the oldest. */
export const MAX_EVENT_STREAMS_PER_SESSION = 4;

/** A running browser host. */
export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Options for the browser host. */
export interface HttpHostOptions {
  backend: Backend;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer; null serves procedures only (contract tests). */
  staticDir: string | null;
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

/**
 * The plain Node host: loopback only, Host-checked, the same procedures as IPC at POST /rpc/<name>, events at
 * GET /events, and the built renderer. It only moves bytes; every decision is the backend's dispatch.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const { backend } = options;
  let port = 0;
  const streams = new Set<ServerResponse>();

  const handleRpc = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    if (request.method !== 'POST')
      return send(response, 405, 'Use POST', 'text/plain; charset=utf-8', { Allow: 'POST' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, 'Send application/json', 'text/plain; charset=utf-8');
    }
    const limit = isProcedureName(name) ? (procedures[name].maxBodyBytes ?? DEFAULT_BODY_LIMIT) : DEFAULT_BODY_LIMIT;
    let input: unknown;
    try {
      const body = await readBody(request, limit);
      input = body === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        request.resume();
        return send(
          response,
          413,
          JSON.stringify({
            ok: false,
            error: { code: 'VALIDATION', message: `The request is larger than ${limit} bytes.` },
          }),
          'application/json',
          {
            Connection: 'close',
          },
        );
      }
      return send(
        response,
        200,
        JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } }),
        'application/json',
      );
    }
    let cookie: string | null | undefined;
    const envelope = await backend.call(
      { sessionToken: readSessionCookie(request), setSessionToken: (token) => (cookie = token), transport: 'http' },
      name,
      input,
    );
    const headers: Record<string, string> = cookie === undefined ? {} : { 'Set-Cookie': sessionCookie(cookie) };
    send(response, 200, JSON.stringify(envelope), 'application/json', headers);
  };

  // Streams by session token: each one is held open for as long as its tab lives, so only a signed-in session may
  // open one, and only a few.
  const streamsBySession = new Map<string, ServerResponse[]>();

  const handleEvents = async (request: IncomingMessage, response: ServerResponse) => {
    const token = readSessionCookie(request);
    if (token === null || !(await backend.sessionActive(token)))
      return send(response, 401, 'Sign in to receive events', 'text/plain; charset=utf-8');
    const held = streamsBySession.get(token) ?? [];
    while (held.length >= MAX_EVENT_STREAMS_PER_SESSION) held.shift()?.end();
    held.push(response);
    streamsBySession.set(token, held);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    let id = 0;
    const unsubscribe = backend.subscribe(
      () => token,
      (event) => {
        id += 1;
        response.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`);
      },
    );
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
    streams.add(response);
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
      const remaining = (streamsBySession.get(token) ?? []).filter((held) => held !== response);
      if (remaining.length > 0) streamsBySession.set(token, remaining);
      else streamsBySession.delete(token);
    });
  };

  const server = createServer((request, response) => {
    void (async () => {
      try {
        if (!hostAllowed(request.headers.host, port))
          return send(response, 421, 'Misdirected request', 'text/plain; charset=utf-8');
        if (!originAllowed(request.headers.origin, port))
          return send(response, 403, 'Cross-origin requests are refused', 'text/plain; charset=utf-8');
        const path = (request.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith('/rpc/')) return await handleRpc(request, response, decodeRequestPart(path.slice(5)));
        if (path === '/events' && request.method === 'GET') return await handleEvents(request, response);
        if (request.method !== 'GET' && request.method !== 'HEAD')
          return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
        const file = options.staticDir ? await loadStatic(options.staticDir, path) : null;
        if (!file) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
        send(
          response,
          200,
          file.body,
          file.type,
          file.immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {},
        );
      } catch (error) {
        if (error instanceof MalformedRequestError && !response.headersSent)
          return send(response, 400, 'Bad request: malformed escape', 'text/plain; charset=utf-8');
        console.error('[http] request failed:', error);
        if (!response.headersSent) send(response, 500, 'Internal error', 'text/plain; charset=utf-8');
        else response.end();
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
