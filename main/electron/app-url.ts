// Pure URL facts about our own origin; no electron import, so tests and the IPC adapter can use them.

/** The privileged custom scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
/** The one host under that scheme; with a standard scheme the page's origin is `app://app`. */
export const APP_HOST = 'app';
/** Where the window starts. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when a URL belongs to our own origin. Parsed by hand-checked parts rather than `URL.origin`, because Node
 * reports the origin of a non-special scheme as "null" while Chromium, which registered it as standard, does not.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}
