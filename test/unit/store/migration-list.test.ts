import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingMigrations } from '@main/db/migration-history';
import { assertNamesSorted } from '@main/db/migration-runner';
import { migrations } from '@main/db/migrations';
import { StoreOpenError } from '@main/db/store-open-error';

const known = ['0001-a', '0002-b', '0003-c', '0004-d'];
const refusal = (history: string[]) => {
  try {
    pendingMigrations(history, known, '/stores/branch.db');
    return null;
  } catch (error) {
    return error instanceof StoreOpenError ? { refusal: error.refusal, message: error.message } : error;
  }
};

describe('reading a store’s upgrade history', () => {
  it('applies what follows a history made of the first known migrations in order', () => {
    expect(pendingMigrations([], known, 'x')).toEqual(known);
    expect(pendingMigrations(['0001-a', '0002-b'], known, 'x')).toEqual(['0003-c', '0004-d']);
    expect(pendingMigrations(known, known, 'x')).toEqual([]);
  });

  it('refuses a history from a newer version, saying to update the app', () => {
    expect(refusal([...known, '0005-e', '0006-f'])).toEqual({
      refusal: 'newer-version',
      message:
        'The store at /stores/branch.db was written by a newer version of Neighbourhood Hub (it records ' +
        '0005-e, 0006-f), so this version will not open it; update Neighbourhood Hub to open it.',
    });
  });

  it('refuses a gap, naming the missing step, and says to restore a backup', () => {
    expect(refusal(['0001-a', '0003-c'])).toEqual({
      refusal: 'out-of-order',
      message:
        'The store at /stores/branch.db has an upgrade history out of order (0002-b is missing before 0003-c), ' +
        'so this version will not change it; restore your latest backup.',
    });
  });

  it('refuses an unknown name among known ones, and a newer name after a gap', () => {
    expect(refusal(['0001-a', '0002-b', '0002x-elsewhere', '0003-c'])).toMatchObject({
      refusal: 'out-of-order',
      message: expect.stringContaining('it records 0002x-elsewhere, which this version does not know, where 0003-c'),
    });
    expect(refusal(['0001-a', '0002-b', '0009-later'])).toMatchObject({ refusal: 'out-of-order' });
  });
});

describe('the migration list', () => {
  it('is in name order, and the runner refuses a list that is not', () => {
    expect(() => assertNamesSorted(migrations)).not.toThrow();
    const up = () => Promise.resolve();
    expect(() => assertNamesSorted({ '0002-b': { up }, '0001-a': { up } })).toThrow(/name order: 0001-a comes after/);
  });

  it('holds frozen text: each migration imports only kysely and files beside it', () => {
    const folder = join(import.meta.dirname, '../../../main/db/migrations');
    for (const file of readdirSync(folder).filter((name) => /^\d{4}-.*\.ts$/.test(name))) {
      const source = readFileSync(join(folder, file), 'utf8');
      const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
      expect(
        imports.filter((specifier) => specifier !== 'kysely' && !specifier?.startsWith('./')),
        file,
      ).toEqual([]);
    }
  });
});
