import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { jobRoleLabel } from '../staff/job-roles';
import { formatPence } from './pay-policy';

/** What the parity rule reads of each current worker with an hourly rate. */
export interface PayParityFacts {
  staffId: string;
  name: string;
  reference: string;
  jobRole: number;
  /** The pathway step the worker holds today; null when not placed on the pathway. */
  stepId: string | null;
  stepName: string | null;
  /** The partner employer; null when the lead provider employs the worker. */
  employerId: string | null;
  employerName: string;
  pencePerHour: number;
  guaranteedWeeklyHours: number | null;
}

/** One worker paid less than another employer pays for the same job role and pathway step. */
export const PayParityGap = z.object({
  staffId: Id,
  name: z.string(),
  reference: z.string(),
  jobRole: z.string(),
  /** The pathway step in words ("not on the pathway" when none). */
  step: z.string(),
  employerName: z.string(),
  pencePerHour: z.number().int(),
  /** The least the better-paying employer pays anyone in the same role and step. */
  parityPencePerHour: z.number().int(),
  parityEmployerName: z.string(),
  gapPencePerHour: z.number().int(),
  /** The gap over the worker's guaranteed hours in a week; null when they have none. */
  gapPencePerWeek: z.number().int().nullable(),
  /** The gap in words, with the money behind it. */
  detail: z.string(),
});
export type PayParityGap = z.infer<typeof PayParityGap>;

/** The pay parity check for the branch today. */
export const PayParityReport = z.object({
  today: IsoDate,
  /** Job role and step pairs held by workers of more than one employer (the only ones parity can compare). */
  groupsCompared: z.number().int(),
  employers: z.number().int(),
  gaps: z.array(PayParityGap),
});
export type PayParityReport = z.infer<typeof PayParityReport>;

const LEAD = 'lead';

/**
 * Pay parity: the same job role and pathway step pays the same whoever employs the worker. For each role and step
 * held by workers of two or more employers, each employer's rate is the least it pays anyone there (its rate for the
 * role, before any individual extra); the parity rate is the highest of those. Every worker paid below it is listed
 * with the gap. Differences within one employer (long-service rises) are not parity gaps, so they are left alone.
 */
export function payParityGaps(facts: readonly PayParityFacts[]): { groupsCompared: number; gaps: PayParityGap[] } {
  const groups = new Map<string, PayParityFacts[]>();
  for (const f of facts) {
    const key = `${f.jobRole}|${f.stepId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  let groupsCompared = 0;
  const gaps: PayParityGap[] = [];
  for (const members of groups.values()) {
    const leastByEmployer = new Map<string, { pence: number; name: string }>();
    for (const m of members) {
      const key = m.employerId ?? LEAD;
      const least = leastByEmployer.get(key);
      if (least === undefined || m.pencePerHour < least.pence)
        leastByEmployer.set(key, { pence: m.pencePerHour, name: m.employerName });
    }
    if (leastByEmployer.size < 2) continue;
    groupsCompared += 1;
    // The lead provider comes first, so it is named when it ties for the parity rate.
    const [parityKey, parity] = [...leastByEmployer.entries()]
      .sort(([a], [b]) => Number(b === LEAD) - Number(a === LEAD))
      .reduce((best, entry) => (entry[1].pence > best[1].pence ? entry : best));
    for (const m of members) {
      if ((m.employerId ?? LEAD) === parityKey || m.pencePerHour >= parity.pence) continue;
      gaps.push(gapOf(m, parity));
    }
  }
  gaps.sort((a, b) => b.gapPencePerHour - a.gapPencePerHour || a.name.localeCompare(b.name));
  return { groupsCompared, gaps };
}

function gapOf(m: PayParityFacts, parity: { pence: number; name: string }): PayParityGap {
  const gapPencePerHour = parity.pence - m.pencePerHour;
  const hours = m.guaranteedWeeklyHours;
  const gapPencePerWeek = hours === null || hours <= 0 ? null : Math.round(gapPencePerHour * hours);
  const step = m.stepName ?? 'not on the pathway';
  const where = m.stepName === null ? 'not on the pathway' : `at the step ${m.stepName}`;
  const perWeek =
    gapPencePerWeek === null ? '' : `, ${formatPence(gapPencePerWeek)} a week over ${hours} guaranteed hours`;
  return {
    staffId: m.staffId,
    name: m.name,
    reference: m.reference,
    jobRole: jobRoleLabel(m.jobRole),
    step,
    employerName: m.employerName,
    pencePerHour: m.pencePerHour,
    parityPencePerHour: parity.pence,
    parityEmployerName: parity.name,
    gapPencePerHour,
    gapPencePerWeek,
    detail:
      `${m.employerName} pays ${formatPence(m.pencePerHour)} an hour; ${parity.name} pays at least ` +
      `${formatPence(parity.pence)} for a ${jobRoleLabel(m.jobRole)} ${where}: ` +
      `${formatPence(gapPencePerHour)} an hour less${perWeek}.`,
  };
}
