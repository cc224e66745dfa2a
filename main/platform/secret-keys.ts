import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

// Keys that sign things the app hands out (the hub's booking passes) or seal what it keeps (the audit chain) live
// outside the store (security.md), so a copy of the store alone cannot forge them. The browser host keeps each in a
// 0600 file beside the store; Electron wraps the same files with the platform's secret store
// (main/electron/safe-storage-keys.ts).

/**
 * The keys the backend uses, by name: the hub's booking passes, the audit chain's seal, and the keyed hash that
 * throttles sign-in attempts for a name matching no account (so the name itself, maybe a password, is never stored),
 * and the key backups are encrypted with (the manager holds it too, written out as the recovery phrase).
 */
export type KeyName = 'hub-pass' | 'audit-chain' | 'sign-in' | 'backup';

/** Where the backend gets its secret keys: 32 random bytes per name, made on first use and the same ever after. */
export interface SecretKeys {
  key(name: KeyName): Buffer;
}

const KEY_BYTES = 32;

/** Keys held in memory only, for in-memory stores (tests, benchmarks): a new set for each backend. */
export function memoryKeys(): SecretKeys {
  const keys = new Map<KeyName, Buffer>();
  return {
    key(name) {
      let key = keys.get(name);
      if (!key) {
        key = randomBytes(KEY_BYTES);
        keys.set(name, key);
      }
      return key;
    },
  };
}

/** How a key is kept on disk: plain bytes for the browser host, or sealed by the platform (Electron's safeStorage). */
export interface KeySeal {
  seal(key: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

const PLAIN: KeySeal = { seal: (key) => key, open: (sealed) => sealed };

/** Keys in files readable by the user only (0600), in a folder beside the store, optionally sealed. */
export function fileKeys(folder: string, seal: KeySeal = PLAIN): SecretKeys {
  const cache = new Map<KeyName, Buffer>();
  return {
    key(name) {
      const cached = cache.get(name);
      if (cached) return cached;
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const path = join(folder, `${name}.key`);
      let key: Buffer;
      try {
        key = seal.open(readFileSync(path));
        // A key others could read is no secret: tighten a file copied in with looser rights.
        if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        key = randomBytes(KEY_BYTES);
        // 'wx' fails if another process made the key meanwhile; then read theirs, so both agree.
        try {
          writeFileSync(path, seal.seal(key), { mode: 0o600, flag: 'wx' });
        } catch (raced) {
          if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
          key = seal.open(readFileSync(path));
        }
      }
      // Never advise removing it: a new key cannot check what the old one sealed (the audit log).
      if (key.length !== KEY_BYTES)
        throw new Error(
          `The key file ${path} cannot be read here: it is sealed by the desktop app's secret store, or damaged. ` +
            'Run this from the desktop app, or restore the file from a backup.',
        );
      cache.set(name, key);
      return key;
    },
  };
}

/** The keys for a store: in memory for `:memory:`, else plain 0600 files in a folder beside the store. */
export function defaultKeys(storePath: string): SecretKeys {
  return storePath === ':memory:' ? memoryKeys() : fileKeys(`${storePath}-keys`);
}

/**
 * Whether a store's key folder holds keys sealed by the desktop app's secret store (Electron's safeStorage: DPAPI,
 * Keychain, libsecret), which only the desktop app can open: a plain key file is exactly the key's 32 bytes. Lets a
 * command-line tool say so before it touches the store, instead of failing half-way.
 */
export function keysSealedByDesktopApp(folder: string): boolean {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  return names.some((name) => name.endsWith('.key') && statSync(join(folder, name)).size !== KEY_BYTES);
}
