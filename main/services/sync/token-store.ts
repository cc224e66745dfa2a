import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Where the branch token (issued by the council) is kept: never in the store. In Electron it is encrypted with the
 * platform's secret store (safeStorage, in main/electron/); in the browser host it is a file only the user can read.
 */
export interface BranchTokenStore {
  /** The token, or null when none is set. */
  read(): Promise<string | null>;
  /** Replace the token. */
  write(token: string): Promise<void>;
  /** Forget the token. */
  clear(): Promise<void>;
  /** Where it is kept, in words for the settings page ("in a file only you can read: …"). */
  readonly description: string;
}

/** Raised when the token file is readable by others; the message says how to fix it. */
export class TokenFileError extends Error {
  override name = 'TokenFileError';
}

/** How the token is sealed in its file: by the platform's secret store in Electron (safeStorage). */
export interface TokenSeal {
  seal(token: string): Buffer;
  open(sealed: Buffer): string;
  /** Where it is kept, in words for the settings page. */
  description: string;
}

/**
 * The token in a file with mode 0600, written atomically (temp file, then rename): as plain text in the browser
 * host, sealed with the platform's secret store in Electron.
 */
export class FileTokenStore implements BranchTokenStore {
  readonly description: string;

  constructor(
    private readonly path: string,
    private readonly sealer: TokenSeal | null = null,
  ) {
    this.description = sealer?.description ?? `in a file only this computer account can read (${path})`;
  }

  async read(): Promise<string | null> {
    let mode: number;
    try {
      mode = (await stat(this.path)).mode;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    // Refuse a token others could have read: it may already be known, so say so rather than send it.
    if (process.platform !== 'win32' && (mode & 0o077) !== 0)
      throw new TokenFileError(
        `The council token file ${this.path} can be read by other users; ` +
          'ask the council for a new token and set it again',
      );
    const bytes = await readFile(this.path);
    const token = (this.sealer ? this.sealer.open(bytes) : bytes.toString('utf8')).trim();
    return token || null;
  }

  async write(token: string): Promise<void> {
    const clean = checkedToken(token);
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const temp = `${this.path}.${process.pid}.tmp`;
    await writeFile(temp, this.sealer ? this.sealer.seal(clean) : `${clean}\n`, { mode: 0o600 });
    await chmod(temp, 0o600);
    await rename(temp, this.path);
  }

  async clear(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

/** A token held in memory only, for a store held in memory (tests, benchmarks). */
export class MemoryTokenStore implements BranchTokenStore {
  readonly description = 'in this computer’s memory only, until the app closes';
  private token: string | null = null;

  read(): Promise<string | null> {
    return Promise.resolve(this.token);
  }

  write(token: string): Promise<void> {
    this.token = checkedToken(token);
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.token = null;
    return Promise.resolve();
  }
}

/** Where the branch token is kept for a store: a 0600 file beside it, or memory for a store in memory. */
export function defaultTokenStore(storePath: string, sealer: TokenSeal | null = null): BranchTokenStore {
  if (storePath === ':memory:') return new MemoryTokenStore();
  return new FileTokenStore(`${storePath}-keys/council-token`, sealer);
}

/** A token as the council issues it, trimmed; refused with a message otherwise. */
export function checkedToken(token: string): string {
  const clean = token.trim();
  if (!/^[A-Za-z0-9._~+/=-]{10,200}$/.test(clean))
    throw new RangeError('A council token is 10 to 200 letters, digits and . _ ~ + / = -');
  return clean;
}
