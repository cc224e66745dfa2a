import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The audit log's witness: a short note, outside the store and beside its keys, of the last entry this computer saw
// committed. A copy of the store edited elsewhere cannot change it, so cutting entries off the end shows.

/** Where the witness note is kept. */
export interface WitnessStore {
  /** The note as last written, or null when there is none. */
  read(): string | null;
  write(text: string): void;
}

/** A note in memory only, for in-memory stores (tests, benchmarks); `initial` carries one over from a store image. */
export function memoryWitness(initial: string | null = null): WitnessStore {
  let text = initial;
  return {
    read: () => text,
    write(next) {
      text = next;
    },
  };
}

/**
 * A note in a file readable by the user only (0600). Written to a temporary file and renamed over the old one, so a
 * kill mid-write leaves the old note or the new, never half of one.
 */
export function fileWitness(path: string): WitnessStore {
  return {
    read() {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write(text) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, text, { mode: 0o600 });
      renameSync(temporary, path);
    },
  };
}

/** The witness for a store: in memory for `:memory:`, else a file in the folder that holds the store's keys. */
export function defaultWitness(storePath: string): WitnessStore {
  return storePath === ':memory:' ? memoryWitness() : fileWitness(join(`${storePath}-keys`, 'audit-head.json'));
}
