import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, writeIcs } from '@main/services/rota/ics';
import { computePay } from '@main/services/rota/pay-view';
import { weekDays } from '@main/rota/week-days';
import { RotaInstance } from '@shared/domain/rota/instance';

describe('.ics writer (RFC 5545)', () => {
  it('ends every line with CRLF and escapes text', () => {
    const text = writeIcs(
      'Rota',
      [
        {
          uid: 'a@b',
          startUtcMs: Date.UTC(2026, 10, 23, 8, 30),
          endUtcMs: Date.UTC(2026, 10, 23, 9, 15),
          summary: 'Visit: Ada, Okafor; home',
          description: 'Line one\nLine two',
        },
      ],
      Date.UTC(2026, 10, 22),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(text).toContain('DTSTART:20261123T083000Z');
    expect(text).toContain('SUMMARY:Visit: Ada\\, Okafor\\; home');
    expect(text).toContain('DESCRIPTION:Line one\\nLine two');
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds back to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${s}`);
      }),
    );
  });
});

describe('shift-based pay', () => {
  const floor1480 = () => ({ pencePerHour: 1480, source: 'london_living_wage' as const });
  const days = weekDays('2026-W48', 'Europe/London');
  const instance = RotaInstance.parse({
    isoWeek: '2026-W48',
    days,
    workers: [
      {
        id: 'w1',
        name: 'A',
        guaranteedWeeklyMinutes: 0,
        maxWeeklyMinutes: 2880,
        availability: [],
        travelMode: 'walk',
        home: { lat: 51.45, lon: -0.01 },
        commitments: [{ date: '2026-11-24', startMinute: 600, endMinute: 660, kind: 'meeting' }],
        ratePencePerHour: 1500,
      },
      {
        id: 'w2',
        name: 'B',
        guaranteedWeeklyMinutes: 0,
        maxWeeklyMinutes: 2880,
        availability: [],
        travelMode: 'walk',
        home: { lat: 51.45, lon: -0.01 },
        ratePencePerHour: 1300,
      },
    ],
    clients: [
      { id: 'c1', location: { lat: 51.45, lon: -0.01 }, teamWorkerIds: ['w1', 'w2'] },
      { id: 'c2', location: { lat: 51.46, lon: -0.01 }, teamWorkerIds: ['w1', 'w2'] },
    ],
    visits: [
      { id: 'v1', clientId: 'c1', date: '2026-11-23', startMinute: 480, durationMinutes: 60 },
      { id: 'v2', clientId: 'c2', date: '2026-11-23', startMinute: 600, durationMinutes: 30 },
      { id: 'v3', clientId: 'c1', date: '2026-11-23', startMinute: 1000, durationMinutes: 30 },
    ],
    recordedTravel: [{ fromId: 'c1', toId: 'c2', mode: 'walk', minutes: 20 }],
  });
  const plan = {
    assignments: [
      { visitId: 'v1', workerIds: ['w1'], startMinute: 480 },
      { visitId: 'v2', workerIds: ['w1'], startMinute: 600 },
      { visitId: 'v3', workerIds: ['w1'], startMinute: 1000 },
      { visitId: 'v2b', workerIds: ['w2'], startMinute: 0 },
    ],
  };

  it('pays a whole stretch, splits on a long gap, pays the travel after it, adds meetings', () => {
    const [a] = computePay(instance, plan, floor1480);
    expect(a?.stretches).toHaveLength(3);
    // 08:00-10:30: 90 visit + 20 travel + 40 waiting.
    expect(a?.stretches[0]).toMatchObject({
      startMinute: 480,
      endMinute: 630,
      visitMinutes: 90,
      travelMinutes: 20,
      waitingMinutes: 40,
    });
    // 16:40 back at c1 after a break: the 20 minutes' walk from c2 is paid, outside the stretch.
    expect(a?.stretches[1]).toMatchObject({ startMinute: 1000, endMinute: 1030, breakTravelMinutes: 20 });
    expect(a?.splitShifts).toBe(1);
    expect(a?.commitmentMinutes).toBe(60);
    expect(a?.paidMinutes).toBe(150 + 20 + 30 + 60);
    expect(a?.grossPence).toBe(Math.round((260 / 60) * 1500));
    expect(a?.belowFloor).toBe(false);
  });

  it('flags a worker whose own rate is under the floor', () => {
    const withB = computePay(
      instance,
      { assignments: [{ visitId: 'v1', workerIds: ['w2'], startMinute: 480 }] },
      floor1480,
    );
    // £13.00 against £14.80 for the 08:00-09:00 visit: £1.80 short.
    expect(withB.find((w) => w.staffId === 'w2')).toMatchObject({ belowFloor: true, floorShortfallPence: 180 });
  });
});
