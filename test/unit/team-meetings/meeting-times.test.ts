import { describe, expect, it } from 'vitest';
import { bestMeetingTimes, whyNotFree, type MemberWeek } from '@shared/domain/team-meetings/meeting-times';
import { slotInWords } from '@shared/domain/team-meetings/meeting-words';

const TUE = '2026-12-15';
const WED = '2026-12-16';
const nineToFive = (date: string) => ({ date, startMinute: 9 * 60, endMinute: 17 * 60 });

const member = (name: string, busy: MemberWeek['busy'] = [], windows = [nineToFive(TUE), nineToFive(WED)]) => ({
  staffId: `00000000-0000-4000-8000-00000000000${name.length}`,
  name,
  windows,
  busy,
});

describe('meeting times for a team', () => {
  const ana = member('Ana', [{ date: TUE, startMinute: 9 * 60, endMinute: 13 * 60, reason: 'visit' }]);
  const bo = member('Bo', [{ date: TUE, startMinute: 14 * 60, endMinute: 15 * 60, reason: 'training' }]);
  const cyd = member('Cyd', [], [nineToFive(WED)]);

  it('says why a member cannot come: what they are doing, or that they do not work then', () => {
    expect(whyNotFree(ana, TUE, 12 * 60, 13 * 60)).toBe('visit');
    expect(whyNotFree(bo, TUE, 14 * 60 + 30, 15 * 60 + 30)).toBe('training');
    expect(whyNotFree(cyd, TUE, 14 * 60, 15 * 60)).toBe('not_working');
    expect(whyNotFree(ana, TUE, 16 * 60, 17 * 60)).toBeNull();
    expect(whyNotFree(ana, TUE, 16 * 60 + 30, 17 * 60 + 30)).toBe('not_working');
  });

  it('ranks times by how many can come, then earliest, from now on, with different times rather than steps', () => {
    const slots = bestMeetingTimes([ana, bo, cyd], [TUE, WED], 60, { date: TUE, minute: 10 * 60 });
    expect(slots[0]).toMatchObject({ date: WED, startMinute: 9 * 60, endMinute: 10 * 60 });
    expect(slots[0]?.free).toHaveLength(3);
    // Wednesday's whole day is free for all three: one time is offered for it, not every half hour of the day.
    expect(slots.filter((s) => s.date === WED)).toHaveLength(1);
    // Tuesday: Ana and Bo at 13:00 (Cyd does not work); Bo alone while Ana visits; Ana alone once Bo is at training.
    expect(slots.filter((s) => s.date === TUE).map((s) => [s.startMinute / 60, s.free.length])).toEqual([
      [13, 2],
      [10, 1],
      [13.5, 1],
    ]);
    expect(slots.every((s) => s.date === WED || s.startMinute >= 10 * 60)).toBe(true);
    const counts = slots.map((s) => s.free.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const tuesday = slots.find((s) => s.date === TUE && s.startMinute === 13 * 60);
    expect(tuesday && slotInWords(tuesday)).toBe(
      'Tue 15 Dec 2026, 13:00–14:00: 2 of 3 free; not free: Cyd (not working then)',
    );
  });

  it('offers nothing when nobody can come', () => {
    const away = member('Dee', [{ date: TUE, startMinute: 0, endMinute: 1440, reason: 'away' }], [nineToFive(TUE)]);
    expect(bestMeetingTimes([away], [TUE, WED], 60, { date: TUE, minute: 0 })).toEqual([]);
  });
});
