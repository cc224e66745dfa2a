import type { IncomingMessage } from 'node:http';

/** The default request body limit; procedures carrying files or imports declare a larger one in the contract. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Only requests addressed to this loopback host and port are served (421 otherwise), against DNS rebinding. */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** A browser sends Origin on cross-site POSTs; only our own origin may call procedures. */
export function originAllowed(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}

/** A request the host cannot read (a malformed `%` escape in its path or cookie): answered 400, never 500. */
export class MalformedRequestError extends Error {}

/** Decode a percent-encoded part of a request, refusing a malformed escape. */
export function decodeRequestPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new MalformedRequestError('malformed percent escape');
  }
}

/** The session cookie's name. */
export const SESSION_COOKIE = 'nh_session';

/** Read the session token from the Cookie header. */
export function readSessionCookie(request: IncomingMessage): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeRequestPart(rest.join('='));
  }
  return null;
}

/** The Set-Cookie value that gives (or, with null, takes away) a session. */
export function sessionCookie(token: string | null): string {
  const base =
    `${SESSION_COOKIE}=${token === null ? '' : encodeURIComponent(token)}; ` + `Path=/; HttpOnly; SameSite=Strict`;
  return token === null ? `${base}; Max-Age=0` : base;
}

/** Too large: raised while reading a body past its limit. */
export class BodyTooLargeError extends Error {}

/** Read a request body up to a limit, refusing early by Content-Length and while streaming. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
