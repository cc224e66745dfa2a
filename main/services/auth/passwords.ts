import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

// @node-rs/argon2 exports Algorithm as an ambient const enum, which isolated modules cannot read; 2 is Argon2id.
const ARGON2ID = 2;

// OWASP's Argon2id minimum (19 MiB, t=2, p=1): ~60 ms here, asynchronous so sign-in never stalls the backend.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Built on first use rather than at start-up: the list is large and only password changes read it.
let commonPasswords: Set<string> | null = null;
const diceware = dictionary['diceware-common'] as string[];

/** Hash a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Check a password against a stored hash; never throws on a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password: verifying against it when the account does not exist keeps
// the time of "no such user" and "wrong password" the same, so usernames cannot be probed by timing.
let decoyHash: Promise<string> | null = null;
/** A hash to verify against when there is no account, to equalise timing. */
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${randomInt(1e9)}`);
  return decoyHash;
}

/** Whether a password is on the list of commonly used (and so easily guessed) passwords. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** A one-time password of four random words (about 51 bits), easy to read out over the phone. */
export function generateTemporaryPassword(): string {
  const words: string[] = [];
  for (let i = 0; i < 4; i += 1) words.push(diceware[randomInt(diceware.length)] as string);
  return words.join('-');
}
