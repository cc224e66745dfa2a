import { describe, expect, it } from 'vitest';
import { buildWeeklySummary } from '@shared/domain/sync/build-summary';
import { hubFiguresOf } from '@shared/domain/sync/hub-figures';
import { periodLabel, readSummary } from '@shared/domain/sync/summary-words';
import { seededRandom } from '@main/platform/random';
import { envelopeFor, randomWeekFigures } from '@test/fixtures/sync/random-figures';

const WEEK = { kind: 'week', start: '2026-11-30', end: '2026-12-06' } as const;

function weekly(people: number) {
  return buildWeeklySummary(
    envelopeFor({ summaryId: '019ae3c0-0000-7000-8000-000000000001', period: WEEK }),
    randomWeekFigures(seededRandom(people), people),
  );
}

describe('a summary in the manager’s words', () => {
  it('names a week by its Monday and a month by its name', () => {
    expect(periodLabel(WEEK)).toBe('Week of 30 Nov 2026');
    expect(periodLabel({ kind: 'month', start: '2026-12-01' })).toBe('December 2026');
  });

  it('lists every held-back figure of summaries from random branches, each with its path and a reason', () => {
    for (const people of [0, 1, 3, 6, 40, 250]) {
      const reading = readSummary(weekly(people));
      const markers = reading.json.match(/"(<5|withheld)"/g) ?? [];
      expect(reading.suppressed).toHaveLength(markers.length);
      for (const cell of reading.suppressed) {
        const json: unknown = JSON.parse(reading.json);
        const value = cell.path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], json);
        expect(value).toBe(cell.sent);
        expect(cell.why).not.toBe('');
      }
    }
  });

  it('says small counts in words, never as 1 to 4', () => {
    const reading = readSummary(weekly(3));
    const care = reading.lines.find((s) => s.heading.startsWith('Care delivered'));
    expect(care?.lines[0]).toMatch(/^Fewer than 5 people supported, with /);
    expect(reading.lines.flatMap((s) => s.lines).join(' ')).not.toMatch(/\b[1-4] (people|visits|workers)\b/);
  });
});

describe('the hub’s figures for a summary', () => {
  it('groups the hub’s kinds of visiting organisation into the council’s types, losing none', () => {
    const figures = hubFiguresOf({
      bookingsByOrganisationType: {
        nhs_community_nursing: 3,
        gp_practice: 2,
        council_social_work: 1,
        occupational_therapy: 4,
        mental_health: 5,
        voluntary_sector: 6,
        other: 7,
      },
      noShowsByOrganisationType: {
        nhs_community_nursing: 0,
        gp_practice: 0,
        council_social_work: 0,
        occupational_therapy: 0,
        mental_health: 0,
        voluntary_sector: 0,
        other: 0,
      },
      signInsByOrganisationType: {
        nhs_community_nursing: 0,
        gp_practice: 1,
        council_social_work: 0,
        occupational_therapy: 0,
        mental_health: 0,
        voluntary_sector: 0,
        other: 0,
      },
      deskHalfDays: { used: 3, available: 12 },
    });
    expect(figures.bookingsByOrgType).toEqual({
      nhs_community: 12,
      nhs_primary_care: 2,
      council: 1,
      voluntary: 6,
      other: 7,
    });
    expect(figures.signInsByOrgType.nhs_primary_care).toBe(1);
    expect(figures.deskMinutesBooked / figures.deskMinutesOpen).toBe(0.25);
  });
});
