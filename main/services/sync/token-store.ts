import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

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

/** The browser host's token store: a file with mode 0600, written atomically (temp file, then rename). */
export class FileTokenStore implements BranchTokenStore {
  readonly description: string;

  constructor(private readonly path: string) {
    this.description = `in a file only this computer account can read (${path})`;
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
    const token = (await readFile(this.path, 'utf8')).trim();
    return token || null;
  }

  async write(token: string): Promise<void> {
    const clean = token.trim();
    if (!/^[A-Za-z0-9._~+/=-]{10,200}$/.test(clean)) throw new RangeError('A council token is 10 to 200 characters');
    const temp = `${this.path}.${process.pid}.tmp`;
    await writeFile(temp, `${clean}\n`, { mode: 0o600 });
    await chmod(temp, 0o600);
    await rename(temp, this.path);
  }

  async clear(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
