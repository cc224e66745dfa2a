import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SecretKeys } from '@main/platform/secret-keys';

// A booking's pass is a signed token, short enough for a small QR code and for a hand scanner that types it:
// `HUB1.<booking id>.<date>.<valid until, base 36 ms>.<MAC>`. The MAC is HMAC-SHA-256 under a key kept outside the
// store, cut to 128 bits; the kiosk checks the MAC before it believes anything else the token says.

const VERSION = 'HUB1';
const MAC_BYTES = 16;

/** What a pass says. */
export interface PassClaims {
  bookingId: string;
  date: string;
  validUntilMs: number;
}

/** Why a token was refused, or what it proved. */
export type PassCheck =
  | { ok: true; claims: PassClaims }
  | { ok: false; reason: 'forged' }
  | { ok: false; reason: 'other_day' | 'expired'; claims: PassClaims };

function mac(keys: SecretKeys, body: string): Buffer {
  return createHmac('sha256', keys.key('hub-pass')).update(body).digest().subarray(0, MAC_BYTES);
}

/** Sign a pass. */
export function signPass(keys: SecretKeys, claims: PassClaims): string {
  const body = `${VERSION}.${claims.bookingId}.${claims.date}.${claims.validUntilMs.toString(36)}`;
  return `${body}.${mac(keys, body).toString('base64url')}`;
}

/** Check a pass: forged (or garbled), for another day than `today`, expired at `nowMs`, or good. */
export function checkPass(keys: SecretKeys, token: string, today: string, nowMs: number): PassCheck {
  const parts = token.trim().split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) return { ok: false, reason: 'forged' };
  const [, bookingId, date, until, given] = parts as [string, string, string, string, string];
  const expected = mac(keys, parts.slice(0, 4).join('.'));
  const actual = Buffer.from(given, 'base64url');
  // Decoding ignores a final character's spare bits and any stray characters, so a code altered there would still
  // decode to the right MAC: only the one canonical spelling of it is accepted.
  if (actual.toString('base64url') !== given) return { ok: false, reason: 'forged' };
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'forged' };
  const claims = { bookingId, date, validUntilMs: parseInt(until, 36) };
  if (date !== today) return { ok: false, reason: 'other_day', claims };
  if (!(nowMs <= claims.validUntilMs)) return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}
