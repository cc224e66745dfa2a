import { z } from 'zod';
import { addMonths } from '../time/calendar';
import { addDays } from '../time/iso-week';
import { IsoDate } from '../common';

/**
 * The period a summary covers: an ISO week (Monday to Sunday) for care delivery and the hub, a calendar month for
 * the workforce, pay, training, apprenticeships and the Charter. `end` is the last day, inclusive.
 */
export const Period = z
  .object({
    /** `week` (an ISO week, Monday first) or `month` (a calendar month). */
    kind: z.enum(['week', 'month']),
    /** The first day (a Monday for a week, the 1st for a month). */
    start: IsoDate,
    /** The last day, inclusive (the Sunday, or the month's last day). */
    end: IsoDate,
  })
  .superRefine((period, ctx) => {
    if (period.kind === 'week') {
      if (dayOfWeek(period.start) !== 1)
        ctx.addIssue({ code: 'custom', path: ['start'], message: 'A week starts on a Monday' });
      else if (period.end !== addDays(period.start, 6))
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'A week ends on the Sunday six days after its Monday' });
    } else if (!period.start.endsWith('-01')) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'A month starts on its 1st' });
    } else if (period.end !== addDays(addMonths(period.start, 1), -1)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'A month ends on its last day' });
    }
  });
export type Period = z.infer<typeof Period>;

// 1 = Monday ... 7 = Sunday, from the calendar date alone (UTC noon, so no clock change can move it).
function dayOfWeek(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d, 12)).getUTCDay() + 6) % 7) + 1;
}
