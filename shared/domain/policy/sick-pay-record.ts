import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { formatPence } from './pay-policy';
import { SickPayBand } from './sick-pay';

/** What one recorded sickness absence pays, as stored (the sum of its qualifying days). */
export const AbsenceSickPayFigures = z.object({
  /** Working days (the worker's usual days) inside the absence, up to `through`. */
  qualifyingDays: z.number().int(),
  sspDays: z.number().int(),
  sspPence: z.number().int(),
  ospFullDays: z.number().int(),
  ospHalfDays: z.number().int(),
  /** Occupational sick pay above SSP. */
  ospPence: z.number().int(),
  /** The last day the figures cover: the end of the absence, or the day they were worked out while it is open. */
  through: IsoDate,
});
/** What one recorded sickness absence pays. */
export type AbsenceSickPayFigures = z.infer<typeof AbsenceSickPayFigures>;

/** One sickness absence on a worker's record with what it pays. */
export const SickAbsenceRow = AbsenceSickPayFigures.extend({
  id: Id,
  startDate: IsoDate,
  /** Last day off, or null while the worker has not said when they will be back. */
  endDate: IsoDate.nullable(),
});
/** One sickness absence on a worker's record. */
export type SickAbsenceRow = z.infer<typeof SickAbsenceRow>;

/** A worker's sickness and sick pay: each absence, and the occupational sick pay still to use today. */
export const WorkerSickPay = z.object({
  staffId: Id,
  /** Whether the worker is in the branch's occupational sick pay scheme (else SSP only). */
  inScheme: z.boolean(),
  /** The scheme band for the worker's service today, or null when not in the scheme or no band applies. */
  band: SickPayBand.nullable(),
  serviceMonths: z.number().int(),
  fullPayDaysLeft: z.number().int(),
  halfPayDaysLeft: z.number().int(),
  fullPayDays: z.number().int(),
  halfPayDays: z.number().int(),
  /** The worker's usual working days a week (SSP and OSP are paid for these). */
  qualifyingDaysPerWeek: z.number().int(),
  /** Average weekly earnings the day rates come from, in pence. */
  averageWeeklyEarningsPence: z.number().int(),
  absences: z.array(SickAbsenceRow),
});
/** A worker's sickness and sick pay. */
export type WorkerSickPay = z.infer<typeof WorkerSickPay>;

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/** Sick pay in plain words: "3 working days: £73.95 statutory sick pay, £106.05 occupational sick pay on top". */
export function describeSickPay(f: Pick<AbsenceSickPayFigures, 'qualifyingDays' | 'sspPence' | 'ospPence'>): string {
  if (f.qualifyingDays === 0) return 'No working days off, so no sick pay';
  const osp = f.ospPence > 0 ? `, ${formatPence(f.ospPence)} occupational sick pay on top` : '';
  return `${days(f.qualifyingDays)}: ${formatPence(f.sspPence)} statutory sick pay${osp}`;
}
