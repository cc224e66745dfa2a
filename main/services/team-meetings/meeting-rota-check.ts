import type { Breach } from '@shared/domain/rota/breach';
import type { RotaInstance } from '@shared/domain/rota/instance';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { subtractWindows } from '@main/services/rota-input/load-planner-input';
import { breachesNew } from '@main/services/rota/edit-check';
import type { StoredPlan } from '@main/services/rota/stored-plan';
import type { MeetingSlot } from '@shared/domain/team-meetings/meeting-times';

/** A planned week as the validator reads it. */
type PlannedWeek = Pick<StoredPlan, 'instance' | 'plan'>;

/** A meeting on one date, for some workers (local minutes, end exclusive). */
export interface MeetingBlock {
  staffIds: readonly string[];
  date: string;
  startMinute: number;
  endMinute: number;
}

/**
 * The week's instance with the meeting in each invited worker's week: paid commitment time (the pay view pays it
 * once; the working-time rules count it) that no visit may overlap.
 */
export function withMeeting(instance: RotaInstance, m: MeetingBlock): RotaInstance {
  const invited = new Set(m.staffIds);
  const block = { date: m.date, startMinute: m.startMinute, endMinute: m.endMinute };
  return {
    ...instance,
    workers: instance.workers.map((w) =>
      invited.has(w.id)
        ? {
            ...w,
            availability: subtractWindows(w.availability, [block]),
            commitments: [...w.commitments, { ...block, kind: 'meeting' as const }],
          }
        : w,
    ),
  };
}

/**
 * The hard rules the meeting would break in a planned week, for the invited workers only: the validator run over the
 * week as it is and with the meeting, keeping what is new (a visit it overlaps, a daily rest or weekly cap it breaks).
 * `before` is the week's own breaches, passed in when checking many times against the same week.
 */
export function meetingBreaches(
  stored: PlannedWeek,
  m: MeetingBlock,
  before: readonly Breach[] = validatePlan(stored.instance, stored.plan),
): Breach[] {
  const after = validatePlan(withMeeting(stored.instance, m), stored.plan);
  const invited = new Set(m.staffIds);
  return breachesNew(after, before).filter((b) => b.workerId !== null && invited.has(b.workerId));
}

/**
 * The offered times with anyone the meeting would put in breach of a working-time rule in the planned week (the same
 * check booking makes) moved to "cannot come", so the first time offered can be booked as offered. Times nobody can
 * then come to are dropped, and the rest ranked again by how many can come.
 */
export function withinWorkingTime(stored: PlannedWeek, slots: readonly MeetingSlot[]): MeetingSlot[] {
  const before = validatePlan(stored.instance, stored.plan);
  const checked = slots.map((slot) => {
    const { date, startMinute, endMinute } = slot;
    const block = { staffIds: slot.free.map((m) => m.staffId), date, startMinute, endMinute };
    const breaching = new Set(meetingBreaches(stored, block, before).map((b) => b.workerId));
    if (breaching.size === 0) return slot;
    return {
      ...slot,
      free: slot.free.filter((m) => !breaching.has(m.staffId)),
      notFree: [
        ...slot.notFree,
        ...slot.free.filter((m) => breaching.has(m.staffId)).map((m) => ({ ...m, reason: 'working_time' as const })),
      ],
    };
  });
  return checked
    .filter((slot) => slot.free.length > 0)
    .sort((a, b) => b.free.length - a.free.length || a.date.localeCompare(b.date) || a.startMinute - b.startMinute);
}
