import { AppError } from '@shared/contract/errors';

// The backup key is 32 random bytes kept with the other secret keys, so the schedule can back up with nobody there.
// The manager holds the same key written out as a recovery phrase (shown once): a restore asks for it, so a backup on a
// lost USB stick, or a copy of this computer's key folder without the manager, opens nothing. The phrase is the key
// itself in base32 (no password stretching needed: it has the key's full 256 bits), in groups of four for reading out.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const KEY_BYTES = 32;
const PHRASE_CHARS = Math.ceil((KEY_BYTES * 8) / 5);

/** The key written out as the phrase a manager keeps: 52 letters and digits in groups of four. */
export function phraseFromKey(key: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/**
 * The key from a phrase as typed: case, spaces and dashes do not matter, and the digits 0 and 1 (not used) are read as
 * the letters O and I. Anything else is a VALIDATION error on `phrase`.
 */
export function keyFromPhrase(phrase: string): Buffer {
  const letters = phrase.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I');
  if (letters.length !== PHRASE_CHARS || [...letters].some((c) => !ALPHABET.includes(c)))
    throw AppError.field(
      ['phrase'],
      `The recovery phrase is ${PHRASE_CHARS} letters and digits 2 to 7, in groups of four`,
    );
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of letters) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Buffer.from(bytes.slice(0, KEY_BYTES));
}
