import { describe, expect, it } from 'vitest';
import { externalUrlAllowed } from '@main/electron/external-url';
import { isAppUrl } from '@main/electron/app-url';

describe('externalUrlAllowed', () => {
  it('allows https links to allow-listed hosts', () => {
    expect(externalUrlAllowed('https://www.gov.uk/guidance/right-to-work-checks')).toBe(true);
    expect(externalUrlAllowed('https://WWW.CQC.ORG.UK/')).toBe(true);
    expect(externalUrlAllowed('https://www.nhs.uk:443/x')).toBe(true); // the default port normalises away
  });

  it.each([
    ['http, not https', 'http://www.gov.uk/'],
    ['a host not on the list', 'https://example.com/'],
    ['suffix trick', 'https://www.gov.uk.evil.example/'],
    ['prefix trick', 'https://evilwww.gov.uk/'],
    ['subdomain of a listed host', 'https://x.www.gov.uk/'],
    ['credentials', 'https://user:pass@www.gov.uk/'],
    ['a non-default port', 'https://www.gov.uk:8443/'],
    ['file URL', 'file:///etc/passwd'],
    ['javascript URL', 'javascript:alert(1)'],
    ['custom protocol', 'ms-msdt:/id PCWDiagnostic'],
    ['our own scheme', 'app://app/index.html'],
    ['not a URL', 'www.gov.uk'],
    ['empty', ''],
    ['very long', `https://www.gov.uk/${'a'.repeat(3000)}`],
  ])('refuses %s', (_why, url) => {
    expect(externalUrlAllowed(url)).toBe(false);
  });

  it('uses the list it is given', () => {
    expect(externalUrlAllowed('https://docs.example.org/a', ['docs.example.org'])).toBe(true);
    expect(externalUrlAllowed('https://www.gov.uk/', ['docs.example.org'])).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts only our own app:// origin', () => {
    expect(isAppUrl('app://app/index.html')).toBe(true);
    expect(isAppUrl('app://app/staff?x=1#y')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://app:99/')).toBe(false);
    expect(isAppUrl('app://u:p@app/')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
    expect(isAppUrl('file:///out/renderer/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
