// Pure check for links the app may hand to the system browser; no electron import, so it is unit-tested.

/** Sites the app links to (guidance and regulators); anything else is neither opened nor navigated to. */
export const EXTERNAL_HOSTS: readonly string[] = [
  'www.gov.uk',
  'www.nhs.uk',
  'www.cqc.org.uk',
  'www.dsptoolkit.nhs.uk',
  'www.skillsforcare.org.uk',
];

/**
 * True when `url` may be opened with `shell.openExternal`: https only (never file:, javascript:, custom
 * protocols that launch programs), no credentials, default port, and a host exactly on the allow-list
 * (no suffix matching, so `www.gov.uk.evil.example` fails).
 */
export function externalUrlAllowed(url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  return allowedHosts.includes(parsed.hostname.toLowerCase());
}
