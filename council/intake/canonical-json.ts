import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same summary always has the same text and hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** SHA-256 of a body's canonical JSON: the same summary sent twice, however it was spaced, has the same hash. */
export function bodyHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
