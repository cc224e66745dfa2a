import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

// The council's own copy of the branch app's password rules (the service imports nothing from the branch app):
// Argon2id at OWASP's minimum (19 MiB, t = 2, p = 1), a length rule, a common-password list, no composition rules.

// @node-rs/argon2 exports Algorithm as an ambient const enum, which isolated modules cannot read; 2 is Argon2id.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let commonPasswords: Set<string> | null = null;

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

let decoy: Promise<string> | null = null;
/** A hash to check against when there is no such account, so "no such user" takes as long as "wrong password". */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${randomInt(1e9)}`);
  return decoy;
}

/** Why a new password cannot be used, or null when it can. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 10) return 'Use at least 10 characters; a few words together are easy to remember';
  if (password.length > 128) return 'Use 128 characters or fewer';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'Do not use your username in your password';
  commonPasswords ??= new Set((dictionary['passwords-common'] as string[]).map((w) => w.toLowerCase()));
  if (commonPasswords.has(password.toLowerCase())) return 'This password is too common; choose another';
  return null;
}

/** A one-time password of four random words, for a new account or a reset. */
export function temporaryPassword(): string {
  const words = dictionary['diceware-common'] as string[];
  return Array.from({ length: 4 }, () => words[randomInt(words.length)] as string).join('-');
}
