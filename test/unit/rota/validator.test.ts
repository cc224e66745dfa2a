import { describe, expect, it } from 'vitest';
import { validatePlan } from '@main/rota/validator/validate-plan';
import type { Breach } from '@shared/domain/rota/breach';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const codes = (bs: Breach[]): string[] => bs.map((b) => b.code);
const find = (bs: Breach[], code: string): Breach | undefined => bs.find((b) => b.code === code);

describe('independent validator: one hand-built breach per hard rule', () => {
  it('accepts a clean plan', () => {
    const inst = tinyInstance([{ id: 'v1' }, { id: 'v2', startMinute: 660 }]);
    expect(
      validatePlan(
        inst,
        tinyPlan(inst, [
          ['v1', ['w1']],
          ['v2', ['w1']],
        ]),
      ),
    ).toEqual([]);
  });

  it('rule 1: only the person’s team', () => {
    const inst = tinyInstance([{ id: 'v1' }]);
    const b = find(validatePlan(inst, tinyPlan(inst, [['v1', ['w3']]])), 'not_in_team');
    expect(b).toMatchObject({ rule: 1, visitId: 'v1', workerId: 'w3' });
  });

  it('rule 2: available for the whole visit', () => {
    const inst = tinyInstance([{ id: 'v1', startMinute: 1290, durationMinutes: 60 }]);
    expect(find(validatePlan(inst, tinyPlan(inst, [['v1', ['w1']]])), 'unavailable')).toMatchObject({
      rule: 2,
      visitId: 'v1',
      workerId: 'w1',
    });
  });

  it('rule 3: no overlap once travel is counted', () => {
    // c2 is ~1 km away: walking takes about 18 minutes, so 10:00 → 10:05 is too tight.
    const inst = tinyInstance([{ id: 'v1' }, { id: 'v2', clientId: 'c2', startMinute: 605, durationMinutes: 30 }]);
    expect(
      find(
        validatePlan(
          inst,
          tinyPlan(inst, [
            ['v1', ['w1']],
            ['v2', ['w1']],
          ]),
        ),
        'overlap',
      ),
    ).toMatchObject({ rule: 3, visitId: 'v2', workerId: 'w1' });
    const later = tinyInstance([{ id: 'v1' }, { id: 'v2', clientId: 'c2', startMinute: 625, durationMinutes: 30 }]);
    expect(
      validatePlan(
        later,
        tinyPlan(later, [
          ['v1', ['w1']],
          ['v2', ['w1']],
        ]),
      ),
    ).toEqual([]);
  });

  it('rule 4: double-ups get two different workers', () => {
    const inst = tinyInstance([{ id: 'v1', workersNeeded: 2 }]);
    expect(find(validatePlan(inst, tinyPlan(inst, [['v1', ['w1']]])), 'double_up')).toMatchObject({
      rule: 4,
      visitId: 'v1',
    });
    expect(find(validatePlan(inst, tinyPlan(inst, [['v1', ['w1', 'w1']]])), 'double_up')).toMatchObject({
      rule: 4,
      visitId: 'v1',
    });
    expect(validatePlan(inst, tinyPlan(inst, [['v1', ['w1', 'w2']]]))).toEqual([]);
  });

  it('rule 5: required skills valid on the visit date', () => {
    const inst = tinyInstance([{ id: 'v1', requiredSkills: ['dementia'] }], {
      workers: {
        w1: { skills: [{ skill: 'dementia', validUntil: '2026-05-10' }] },
        w2: { skills: [{ skill: 'dementia' }] },
      },
    });
    expect(find(validatePlan(inst, tinyPlan(inst, [['v1', ['w1']]])), 'skill_missing')).toMatchObject({
      rule: 5,
      visitId: 'v1',
      workerId: 'w1',
    });
    expect(validatePlan(inst, tinyPlan(inst, [['v1', ['w2']]]))).toEqual([]);
  });

  it('rule 6: 11 hours daily rest', () => {
    const inst = tinyInstance([
      { id: 'v1', startMinute: 1230, durationMinutes: 30 },
      { id: 'v2', date: '2026-05-12', startMinute: 450 },
    ]);
    expect(
      find(
        validatePlan(
          inst,
          tinyPlan(inst, [
            ['v1', ['w1']],
            ['v2', ['w1']],
          ]),
        ),
        'wtr_daily_rest',
      ),
    ).toMatchObject({
      rule: 6,
      workerId: 'w1',
      date: '2026-05-12',
      // Said in words: the coordinator reads it when an edit is refused.
      message:
        'less than the minimum daily rest between working days (a rest of 10 hours 30 minutes, where the least is ' +
        '11 hours)',
    });
  });

  it('rule 6: daily rest across the autumn clock change is computed, not assumed', () => {
    // Sat 21:30 BST → Sun 08:15 GMT is 11 h 45 min of real time (10 h 45 min on the wall clock).
    const inst = tinyInstance(
      [
        { id: 'v1', date: '2026-10-24', startMinute: 1260, durationMinutes: 30 },
        { id: 'v2', date: '2026-10-25', startMinute: 495 },
      ],
      { isoWeek: '2026-W43' },
    );
    expect(
      codes(
        validatePlan(
          inst,
          tinyPlan(inst, [
            ['v1', ['w1']],
            ['v2', ['w1']],
          ]),
        ),
      ),
    ).not.toContain('wtr_daily_rest');
    const normal = tinyInstance([
      { id: 'v1', date: '2026-05-16', startMinute: 1260, durationMinutes: 30 },
      { id: 'v2', date: '2026-05-17', startMinute: 495 },
    ]);
    expect(
      codes(
        validatePlan(
          normal,
          tinyPlan(normal, [
            ['v1', ['w1']],
            ['v2', ['w1']],
          ]),
        ),
      ),
    ).toContain('wtr_daily_rest');
  });

  it('rule 6: weekly cap (max weekly hours)', () => {
    const inst = tinyInstance([{ id: 'v1' }, { id: 'v2', date: '2026-05-12' }], {
      workers: { w1: { maxWeeklyMinutes: 90 } },
    });
    expect(
      find(
        validatePlan(
          inst,
          tinyPlan(inst, [
            ['v1', ['w1']],
            ['v2', ['w1']],
          ]),
        ),
        'wtr_weekly_cap',
      ),
    ).toMatchObject({
      rule: 6,
      workerId: 'w1',
      message: 'weekly working time over the worker’s cap (2 hours worked, where the most is 1 hour 30 minutes)',
    });
  });

  it('rule 6: a break when a stretch passes 6 hours', () => {
    const visits = Array.from({ length: 7 }, (_, i) => ({ id: `v${i}`, startMinute: 420 + i * 60 }));
    const inst = tinyInstance(visits);
    const bs = validatePlan(
      inst,
      tinyPlan(
        inst,
        visits.map((v) => [v.id, ['w1']] as [string, string[]]),
      ),
    );
    expect(find(bs, 'wtr_break')).toMatchObject({ rule: 6, workerId: 'w1', visitId: 'v6' });
    // With a 30-minute gap after 4 hours the same day is fine.
    const ok = visits.map((v, i) => ({ ...v, startMinute: 420 + i * 60 + (i >= 4 ? 30 : 0) }));
    const inst2 = tinyInstance(ok);
    expect(
      codes(
        validatePlan(
          inst2,
          tinyPlan(
            inst2,
            ok.map((v) => [v.id, ['w1']] as [string, string[]]),
          ),
        ),
      ),
    ).not.toContain('wtr_break');
  });

  it('rule 6: under-18s work at most 8 hours a day', () => {
    const visits = Array.from({ length: 9 }, (_, i) => ({ id: `v${i}`, startMinute: 420 + i * 70 }));
    const inst = tinyInstance(visits, { workers: { w1: { under18: true } } });
    const bs = validatePlan(
      inst,
      tinyPlan(
        inst,
        visits.map((v) => [v.id, ['w1']] as [string, string[]]),
      ),
    );
    expect(find(bs, 'wtr_daily_cap_under18')).toMatchObject({ rule: 6, workerId: 'w1', date: '2026-05-11' });
  });

  it('rule 6: 24 hours off in every 7 days, counting last week', () => {
    const visits = Array.from({ length: 7 }, (_, d) => ({
      id: `v${d}`,
      date: `2026-05-${String(11 + d).padStart(2, '0')}`,
    }));
    const everyDay = Array.from({ length: 7 }, (_, d) => ({
      startElapsed: (d - 7) * 1440 + 480,
      endElapsed: (d - 7) * 1440 + 720,
    }));
    const inst = tinyInstance(visits, { workers: { w1: { priorWork: everyDay } } });
    const plan = tinyPlan(
      inst,
      visits.map((v) => [v.id, ['w1']] as [string, string[]]),
    );
    expect(find(validatePlan(inst, plan), 'wtr_weekly_rest')).toMatchObject({
      rule: 6,
      workerId: 'w1',
      // From last Tuesday to this Monday the longest time off is Sunday 12:00 to Monday 09:00, said in words.
      message:
        'no full 24-hour period off in some 7 consecutive days (counting the week before) ' +
        '(in the 7 days from 6 days before the week, the longest rest is 21 hours)',
    });
    // Same plan for a worker who had last Sunday off: Sunday → first window fails only from Monday on.
    const inst2 = tinyInstance(visits.slice(0, 6));
    expect(
      codes(
        validatePlan(
          inst2,
          tinyPlan(
            inst2,
            visits.slice(0, 6).map((v) => [v.id, ['w1']] as [string, string[]]),
          ),
        ),
      ),
    ).not.toContain('wtr_weekly_rest');
  });

  it('rule 7: visits under 30 minutes only when agreed', () => {
    const inst = tinyInstance([
      { id: 'v1', durationMinutes: 15 },
      { id: 'v2', durationMinutes: 15, startMinute: 720, agreedShortVisit: true },
    ]);
    const bs = validatePlan(
      inst,
      tinyPlan(inst, [
        ['v1', ['w1']],
        ['v2', ['w1']],
      ]),
    );
    expect(find(bs, 'short_visit')).toMatchObject({ rule: 7, visitId: 'v1' });
    expect(bs.filter((b) => b.code === 'short_visit')).toHaveLength(1);
  });

  it('rule 8: pinned assignments stay as they are', () => {
    const inst = tinyInstance([{ id: 'v1' }], { pins: [{ visitId: 'v1', workerIds: ['w1'], startMinute: 540 }] });
    expect(find(validatePlan(inst, tinyPlan(inst, [['v1', ['w2']]])), 'pin_moved')).toMatchObject({
      rule: 8,
      visitId: 'v1',
      workerId: 'w1',
    });
    expect(validatePlan(inst, tinyPlan(inst, [['v1', ['w1']]]))).toEqual([]);
  });
});
