import type { Breach } from '@shared/domain/rota/breach';
import type { RotaInstance } from '@shared/domain/rota/instance';
import { validatePlan } from '@main/rota/validator/validate-plan';
import { subtractWindows } from '@main/services/rota-input/load-planner-input';
import { breachesNew } from '@main/services/rota/edit-check';
import type { StoredPlan } from '@main/services/rota/stored-plan';

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
 */
export function meetingBreaches(stored: StoredPlan, m: MeetingBlock): Breach[] {
  const after = validatePlan(withMeeting(stored.instance, m), stored.plan);
  const invited = new Set(m.staffIds);
  return breachesNew(after, validatePlan(stored.instance, stored.plan)).filter(
    (b) => b.workerId !== null && invited.has(b.workerId),
  );
}
