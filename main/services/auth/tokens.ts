import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 256 random bits, base64url. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
