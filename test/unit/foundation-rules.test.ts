import { describe, expect, it } from 'vitest';
import { throttleDelaySeconds } from '@main/services/auth/auth-policy';
import { isCommonPassword, generateTemporaryPassword } from '@main/services/auth/passwords';
import { hostAllowed, originAllowed, sessionCookie } from '@main/server/guards';
import { defaultStorePath } from '@main/platform/store-path';
import { IsoDate } from '@shared/domain/common';
import { StaffInput } from '@shared/domain/staff/staff';
import { AccountInput } from '@shared/domain/auth/accounts';
import { CqcId } from '@shared/domain/branch/branch';

describe('sign-in throttling', () => {
  it('lets five failures through at once, then doubles the wait, capped at 15 minutes', () => {
    expect([0, 4].map(throttleDelaySeconds)).toEqual([0, 0]);
    expect([5, 6, 7].map(throttleDelaySeconds)).toEqual([2, 4, 8]);
    expect(throttleDelaySeconds(40)).toBe(900);
  });
});

describe('passwords', () => {
  it('knows common passwords regardless of case', () => {
    expect(isCommonPassword('Password')).toBe(true);
    expect(isCommonPassword('copper kettle singing slowly')).toBe(false);
  });
  it('makes four-word temporary passwords that differ', () => {
    const a = generateTemporaryPassword();
    expect(a.split('-')).toHaveLength(4);
    expect(generateTemporaryPassword()).not.toBe(a);
  });
});

describe('browser host guards', () => {
  it('accepts only this loopback host and port, and our own origin', () => {
    expect(hostAllowed('127.0.0.1:4780', 4780)).toBe(true);
    expect(hostAllowed('localhost:4780', 4780)).toBe(true);
    expect(hostAllowed('127.0.0.1:4781', 4780)).toBe(false);
    expect(hostAllowed('attacker.example:4780', 4780)).toBe(false);
    expect(hostAllowed(undefined, 4780)).toBe(false);
    expect(originAllowed('http://127.0.0.1:4780', 4780)).toBe(true);
    expect(originAllowed('http://127.0.0.1.attacker.example', 4780)).toBe(false);
  });
  it('makes a session cookie the page script cannot read', () => {
    expect(sessionCookie('abc')).toMatch(/HttpOnly; SameSite=Strict/);
    expect(sessionCookie(null)).toMatch(/Max-Age=0/);
  });
});

describe('store path', () => {
  it('uses the platform app-data folder, as Electron does', () => {
    expect(defaultStorePath({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Neighbourhood Hub');
    expect(defaultStorePath({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe(
      '/home/a/.config/Neighbourhood Hub/neighbourhood-hub.db',
    );
  });
});

describe('schemas', () => {
  it('refuses dates that do not exist', () => {
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('29/02/2028').success).toBe(false);
  });
  it('names each bad staff field', () => {
    const result = StaffInput.safeParse({
      reference: 'has space',
      givenName: ' ',
      familyName: 'X',
      preferredName: '',
      jobRole: 3.5,
      email: 'a@b',
      phone: '12',
      startDate: '2025-13-01',
    });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['reference', 'givenName', 'jobRole', 'email', 'phone', 'startDate']));
  });
  it('turns an empty optional field into null', () => {
    const parsed = StaffInput.parse({
      reference: 'R1',
      givenName: 'A',
      familyName: 'B',
      preferredName: '  ',
      jobRole: 8,
      email: '',
      phone: null,
      startDate: '2025-01-01',
    });
    expect(parsed.preferredName).toBeNull();
    expect(parsed.email).toBeNull();
  });
  it('keeps visitors apart from staff roles', () => {
    expect(
      AccountInput.safeParse({ username: 'v1', displayName: 'V', roles: ['visitor', 'manager'], staffId: null })
        .success,
    ).toBe(false);
  });
  it('checks CQC ids as ASC-WDS does', () => {
    expect(CqcId.safeParse('1-123456789').success).toBe(true);
    expect(CqcId.safeParse('1-1234').success).toBe(false);
  });
});
