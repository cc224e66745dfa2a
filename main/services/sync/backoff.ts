/** Retry timing for the sender: exponential backoff with full jitter (base 5 s, cap 1 hour). */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 60 * 60_000;
/** The longest Retry-After honoured; a council asking for longer is retried after a day. */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60_000;

/**
 * How long to wait before attempt `attempts + 1`: a random time up to min(cap, base × 2^(attempts − 1)) ("full
 * jitter", so many branches coming back online do not all retry at the same moment). `random` is in [0, 1).
 */
export function backoffMs(attempts: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

/** A Retry-After header (seconds or an HTTP date) as milliseconds from now, or null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null;
  const text = header.trim();
  const seconds = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now.getTime();
  if (!Number.isFinite(seconds)) return null;
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, seconds));
}
