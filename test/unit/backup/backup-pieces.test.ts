import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/contract/errors';
import { generationsToKeep } from '@shared/domain/backup/retention';
import { APP_VERSION } from '@main/platform/app-version';
import { networkShareKind } from '@main/platform/network-share';
import { BackupFileError, openBackup, readBackupHeader, sealBackup } from '@main/services/backup/backup-format';
import { keyFromPhrase, phraseFromKey } from '@main/services/backup/recovery-phrase';

const FIELDS = {
  createdAt: '2026-11-23T09:00:00.000Z',
  kind: 'manual' as const,
  appVersion: APP_VERSION,
  schema: '0012-auth-audit-seal',
  branchId: null,
  auditHead: null,
};

describe('the recovery phrase', () => {
  it('gives back the key it was written from, however it is typed', () => {
    const key = randomBytes(32);
    const phrase = phraseFromKey(key);
    expect(phrase).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    expect(keyFromPhrase(phrase)).toEqual(key);
    expect(keyFromPhrase(` ${phrase.toLowerCase().replace(/-/g, ' ')} `)).toEqual(key);
  });

  it('names the field when the phrase is the wrong length or has other characters', () => {
    for (const typed of ['ABCD', `${phraseFromKey(randomBytes(32))}X`, 'ÄBCD'.repeat(13)]) {
      const error = (() => {
        try {
          keyFromPhrase(typed);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).issues?.[0]?.path).toEqual(['phrase']);
    }
  });
});

describe('the backup file format', () => {
  it('opens only with its key and only unchanged, header included', () => {
    const key = randomBytes(32);
    const store = randomBytes(5000);
    const file = sealBackup(store, FIELDS, key);
    expect(openBackup(file, key).store).toEqual(store);
    expect(readBackupHeader(file).header).toMatchObject(FIELDS);
    expect(() => openBackup(file, randomBytes(32))).toThrow(expect.objectContaining({ problem: 'wrong-key' }));
    // Change the header's date (same length): the store still decrypts only if the header is not authenticated.
    const text = file.toString('latin1').replace('2026-11-23T09', '2026-11-24T09');
    expect(() => openBackup(Buffer.from(text, 'latin1'), key)).toThrow(BackupFileError);
  });

  it('says a file from a newer format was made by a newer version', () => {
    const file = sealBackup(Buffer.alloc(10), FIELDS, randomBytes(32));
    const newer = Buffer.from(file.toString('latin1').replace('"format":1', '"format":9'), 'latin1');
    expect(() => readBackupHeader(newer)).toThrow(/newer version/);
    expect(() => readBackupHeader(Buffer.from('hello'))).toThrow(/not a Neighbourhood Hub backup/);
  });
});

describe('network shares', () => {
  it('tells shares from local disks by file system type on Linux and by UNC path on Windows', () => {
    expect(networkShareKind({ platform: 'linux', path: '/mnt/office', fsType: 0x6969 })).toBe('NFS');
    expect(networkShareKind({ platform: 'linux', path: '/mnt/office', fsType: 0xfe534d42 })).toBe('SMB 2/3');
    expect(networkShareKind({ platform: 'linux', path: '/home/a', fsType: 0xef53 })).toBeNull();
    const fuse = { platform: 'linux' as const, path: '/mnt/x', fsType: 0x65735546 };
    expect(networkShareKind({ ...fuse, mountType: 'fuse.sshfs' })).toBe('sshfs');
    expect(networkShareKind({ ...fuse, mountType: 'fuse.gvfsd-fuse' })).toBeNull();
    expect(networkShareKind({ platform: 'win32', path: '\\\\server\\share\\hub' })).toBe('a network share');
    expect(networkShareKind({ platform: 'win32', path: 'C:\\Users\\hub' })).toBeNull();
  });
});

describe('which automatic backups are kept', () => {
  it('keeps the newest days, then the newest of each older week, up to the counts', () => {
    const dates = ['2026-11-30', '2026-11-29', '2026-11-28', '2026-11-25', '2026-11-20', '2026-11-12', '2026-11-05'];
    const all = dates.map((date) => ({ id: date, date, createdAt: `${date}T12:00:00.000Z` }));
    // Days: 30, 29, 28 Nov. Weeks: 25 Nov (week of 23 Nov; 28 and 29 are in it but already kept as days), 20 Nov.
    expect([...generationsToKeep(all, 3, 2)].sort()).toEqual([
      '2026-11-20',
      '2026-11-25',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
    expect([...generationsToKeep(all, 1, 0)]).toEqual(['2026-11-30']);
  });
});

describe('the app version written into backups', () => {
  it('is package.json’s version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
