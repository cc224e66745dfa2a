import { isIP } from 'node:net';

/** A council address as checked: usable, or why not (in words for the manager). */
export type CouncilUrlCheck = { ok: true; url: URL } | { ok: false; message: string };

/**
 * The council's address must be https://, except a loopback address (127.0.0.0/8, ::1, localhost) for tests and
 * the local demo: summaries and the branch token must never cross a network in clear text.
 */
export function checkCouncilUrl(text: string): CouncilUrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: 'Enter the council’s address, like https://council.example.gov.uk' };
  }
  if (url.username || url.password) return { ok: false, message: 'The address must not contain a name or password' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return { ok: true, url };
    return {
      ok: false,
      message: 'The council’s address must start with https:// (plain http:// is only allowed to this computer)',
    };
  }
  return { ok: false, message: 'The council’s address must start with https://' };
}

/** Whether a URL host names this computer. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/** The intake endpoint under a council address (its path kept, so a council can serve under a prefix). */
export function intakeUrl(base: URL): URL {
  return endpoint(base, 'v1/summaries');
}

/** Where the council lists every head of this branch's audit log it keeps, one per summary. */
export function auditHeadsUrl(base: URL): URL {
  return endpoint(base, 'v1/audit-heads');
}

function endpoint(base: URL, path: string): URL {
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return new URL(`${prefix}${path}`, base);
}
