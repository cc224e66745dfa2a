import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubCouncilBlock } from '@shared/domain/hub/council';
import { bookingRefusal, halvesOfSession, noShowMinute, periodWindow, seriesDates } from '@shared/domain/hub/rules';
import type { OpeningDay } from '@shared/domain/hub/setup';
import { fileKeys, memoryKeys } from '@main/platform/secret-keys';
import { londonInstant } from '@main/services/hub/london-time';
import { checkPass, signPass } from '@main/services/hub/pass-token';
import { sanitiseSvg, SvgRefused } from '@main/services/hub/svg-sanitiser';

const WEEK: OpeningDay[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  open: weekday <= 5,
  openMinute: 8 * 60 + 30,
  closeMinute: weekday === 5 ? 12 * 60 : 17 * 60 + 30,
}));

describe('hub calendar rules', () => {
  it('splits the day at 13:00 and fits each period into the opening hours', () => {
    const monday = WEEK[0]!;
    expect(periodWindow(monday, 'morning')).toEqual({ start: 510, end: 780 });
    expect(periodWindow(monday, 'afternoon')).toEqual({ start: 780, end: 1050 });
    expect(periodWindow(WEEK[4]!, 'afternoon')).toBeNull();
    expect(periodWindow(WEEK[4]!, 'day')).toBeNull();
    expect(periodWindow(WEEK[5]!, 'morning')).toBeNull();
  });

  it('says in words why a date or period cannot be booked', () => {
    expect(bookingRefusal(WEEK, [], '2026-11-28', 'morning')).toBe(
      'The hub is closed on Sat 28 Nov 2026 (closed on saturdays).',
    );
    expect(bookingRefusal(WEEK, [{ date: '2026-12-25', reason: 'Christmas Day' }], '2026-12-25', 'day')).toBe(
      'The hub is closed on Fri 25 Dec 2026 (christmas day).',
    );
    expect(bookingRefusal(WEEK, [], '2026-11-27', 'day')).toBe(
      'The hub is not open for the whole day on Fri 27 Nov 2026: it is open 08:30 to 12:00.',
    );
    expect(bookingRefusal(WEEK, [], '2026-11-27', 'morning')).toBeNull();
  });

  it('has a training session take the halves it overlaps', () => {
    expect(halvesOfSession(9 * 60, 180)).toEqual(['am']);
    expect(halvesOfSession(11 * 60, 180)).toEqual(['am', 'pm']);
    expect(halvesOfSession(13 * 60, 60)).toEqual(['pm']);
    expect(halvesOfSession(10 * 60, 180)).toEqual(['am']);
  });

  it('releases a desk a set time after its period starts, and lists a weekly series across the clock change', () => {
    expect(noShowMinute(WEEK[0]!, 'afternoon', 30)).toBe(810);
    expect(noShowMinute(WEEK[0]!, 'day', 15)).toBe(525);
    expect(seriesDates('2027-03-23', 3)).toEqual(['2027-03-23', '2027-03-30', '2027-04-06']);
  });

  it('turns London wall-clock minutes into instants in GMT and in BST', () => {
    expect(londonInstant('2026-11-23', 9 * 60).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(londonInstant('2027-06-01', 9 * 60).toISOString()).toBe('2027-06-01T08:00:00.000Z');
    // The day the clocks go forward (28 Mar 2027): 13:00 is already BST.
    expect(londonInstant('2027-03-28', 13 * 60).toISOString()).toBe('2027-03-28T12:00:00.000Z');
  });
});

describe('booking passes', () => {
  const keys = memoryKeys();
  const claims = { bookingId: '0190f2a0-0000-7000-8000-000000000001', date: '2026-11-23', validUntilMs: 2_000 };

  it('accepts its own pass on the day until it expires', () => {
    const token = signPass(keys, claims);
    expect(checkPass(keys, token, '2026-11-23', 1_000)).toEqual({ ok: true, claims });
    expect(checkPass(keys, token, '2026-11-23', 2_001)).toMatchObject({ ok: false, reason: 'expired' });
    expect(checkPass(keys, token, '2026-11-24', 1_000)).toMatchObject({ ok: false, reason: 'other_day' });
  });

  it('refuses a pass signed with another key, altered, or garbled', () => {
    const token = signPass(keys, claims);
    expect(checkPass(memoryKeys(), token, '2026-11-23', 1_000)).toEqual({ ok: false, reason: 'forged' });
    const parts = token.split('.');
    parts[3] = (99_999).toString(36);
    expect(checkPass(keys, parts.join('.'), '2026-11-23', 1_000)).toEqual({ ok: false, reason: 'forged' });
    expect(checkPass(keys, token.replace('2026-11-23', '2026-11-24'), '2026-11-24', 1_000)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(checkPass(keys, 'not a pass', '2026-11-23', 1_000)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a pass whose last character was changed, though it may decode to the same bytes', () => {
    const token = signPass(keys, claims);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const others = [...alphabet].filter((c) => c !== token.at(-1));
    for (const c of others)
      expect(checkPass(keys, token.slice(0, -1) + c, '2026-11-23', 1_000)).toEqual({ ok: false, reason: 'forged' });
    expect(checkPass(keys, `${token}=`, '2026-11-23', 1_000)).toEqual({ ok: false, reason: 'forged' });
  });

  it('keeps its key in a file readable by the user only, the same on every read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nh-keys-'));
    try {
      const first = fileKeys(dir).key('hub-pass');
      expect(statSync(join(dir, 'hub-pass.key')).mode & 0o777).toBe(0o600);
      expect(fileKeys(dir).key('hub-pass').equals(first)).toBe(true);
      writeFileSync(join(dir, 'hub-pass.key'), 'short', { mode: 0o644 });
      expect(() => fileKeys(dir).key('hub-pass')).toThrow(/damaged/);
      expect(readFileSync(join(dir, 'hub-pass.key'), 'utf8')).toBe('short');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SVG sanitiser', () => {
  it('keeps drawing elements and internal references, and drops the rest with their contents', () => {
    const out = sanitiseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs>' +
        '<style>@import url(https://x.example/a.css)</style><rect fill="url(#g)" width="2"/>' +
        '<set attributeName="href" to="javascript:alert(1)"/><use href="#g"/></svg>',
    );
    expect(out.svg).toContain('<rect fill="url(#g)" width="2"></rect><use href="#g"></use>');
    expect(out.svg).not.toMatch(/style|import|set|javascript/);
    expect(out.dropped).toBe(2);
  });

  it('refuses what is not an SVG document', () => {
    expect(() => sanitiseSvg('<html><body/></html>')).toThrow(SvgRefused);
    expect(() => sanitiseSvg('plain text')).toThrow(SvgRefused);
  });
});

describe('the hub block of the council summary', () => {
  it('counts kept bookings, no-shows and sign-ins by organisation type, and desk half-days used of those open', () => {
    const block = hubCouncilBlock({
      bookings: [
        { organisationKind: 'gp_practice', status: 'checked_in', spaceKind: 'desk', halfDays: 2 },
        { organisationKind: 'gp_practice', status: 'no_show', spaceKind: 'desk', halfDays: 1 },
        { organisationKind: 'mental_health', status: 'cancelled', spaceKind: 'desk', halfDays: 2 },
        { organisationKind: 'mental_health', status: 'booked', spaceKind: 'meeting_room', halfDays: 1 },
        { organisationKind: null, status: 'checked_in', spaceKind: 'desk', halfDays: 1 },
      ],
      visitorSignIns: ['gp_practice', 'gp_practice', 'voluntary_sector', null],
      deskOpenHalfDays: 40,
    });
    expect(block.bookingsByOrganisationType).toMatchObject({ gp_practice: 2, mental_health: 1, other: 0 });
    expect(block.noShowsByOrganisationType.gp_practice).toBe(1);
    expect(block.signInsByOrganisationType).toMatchObject({ gp_practice: 2, voluntary_sector: 1 });
    expect(block.deskHalfDays).toEqual({ used: 3, available: 40 });
  });
});
