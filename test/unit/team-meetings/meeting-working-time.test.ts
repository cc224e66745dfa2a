import { describe, expect, it } from 'vitest';
import type { MeetingSlot } from '@shared/domain/team-meetings/meeting-times';
import { weekDays } from '@main/rota/week-days';
import { withinWorkingTime } from '@main/services/team-meetings/meeting-rota-check';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const WEEK = '2026-W20';
const [, TUE, WED] = weekDays(WEEK, 'Europe/London').map((d) => d.date) as [string, string, string];

/** A time offered for a meeting of w1 and w2, both free by their availability and visits. */
const offered = (date: string, startMinute: number): MeetingSlot => ({
  date,
  startMinute,
  endMinute: startMinute + 60,
  free: [
    { staffId: 'w1', name: 'Ann' },
    { staffId: 'w2', name: 'Bo' },
  ],
  notFree: [{ staffId: 'w3', name: 'Cy', reason: 'away' }],
});

describe('meeting times offered in a planned week', () => {
  // w1 finishes a visit at 22:00 on Tuesday: a meeting at 07:00 on Wednesday would leave 9 hours' rest, not 11.
  const instance = tinyInstance([{ id: 'late', date: TUE, startMinute: 21 * 60, durationMinutes: 60 }]);
  const week = { instance, plan: tinyPlan(instance, [['late', ['w1']]]) };

  it('moves a worker the meeting would keep from their rest to "cannot come", and ranks the times again', () => {
    const slots = withinWorkingTime(week, [offered(WED, 7 * 60), offered(WED, 14 * 60)]);
    expect(slots.map((s) => [s.startMinute, s.free.map((m) => m.name)])).toEqual([
      [14 * 60, ['Ann', 'Bo']],
      [7 * 60, ['Bo']],
    ]);
    expect(slots[1]?.notFree).toEqual([
      { staffId: 'w3', name: 'Cy', reason: 'away' },
      { staffId: 'w1', name: 'Ann', reason: 'working_time' },
    ]);
  });

  it('drops a time nobody could then come to, and leaves a week without such a clash as offered', () => {
    const onlyAnn = { ...offered(WED, 7 * 60), free: [{ staffId: 'w1', name: 'Ann' }] };
    expect(withinWorkingTime(week, [onlyAnn])).toEqual([]);
    const quiet = { instance, plan: tinyPlan(instance, []) };
    expect(withinWorkingTime(quiet, [offered(WED, 7 * 60)])).toEqual([offered(WED, 7 * 60)]);
  });
});
