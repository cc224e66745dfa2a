import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { decodeRequestPart } from './guards';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file to send: body and content type. */
export interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

// Source maps would hand anyone at the PC the app's source, comments and all; the build makes none, and any that
// turn up in the folder are never served.
const NEVER_SERVED = new Set(['.map']);

/**
 * Resolve a URL path inside the built renderer folder, refusing anything that escapes it and source maps; unknown
 * paths without an extension get index.html (the app routes on the client). A malformed escape throws
 * MalformedRequestError (the host answers 400).
 */
export async function loadStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const decoded = decodeRequestPart(urlPath.split('?')[0] ?? '/');
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (NEVER_SERVED.has(extname(relative).toLowerCase())) return null;
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const target = (await isFile(full)) ? full : extname(relative) === '' ? join(root, 'index.html') : null;
  if (!target) return null;
  return {
    body: await readFile(target),
    type: TYPES[extname(target)] ?? 'application/octet-stream',
    immutable: target.includes(`${sep}assets${sep}`),
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
