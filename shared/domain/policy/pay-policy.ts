import { z } from 'zod';
import { Id, IsoDate, optionalText } from '../common';

/** The pay benchmarks the branch keeps as effective-dated data (domain.md §4.3). */
export const PayBenchmark = z.enum([
  'band3_equivalent',
  'london_living_wage',
  'real_living_wage',
  'national_living_wage',
  'national_minimum_wage_18_20',
  'national_minimum_wage_under_18',
]);
export type PayBenchmark = z.infer<typeof PayBenchmark>;

/** Labels for the benchmarks. */
export const PAY_BENCHMARK_LABELS: Record<PayBenchmark, string> = {
  band3_equivalent: 'NHS Band 3 equivalent',
  london_living_wage: 'London Living Wage',
  real_living_wage: 'Real Living Wage',
  national_living_wage: 'National Living Wage (21+)',
  national_minimum_wage_18_20: 'National Minimum Wage (18 to 20)',
  national_minimum_wage_under_18: 'National Minimum Wage (under 18)',
};

/** One benchmark value from a date. Money in pence per hour. */
export const PayPolicyValue = z.object({
  id: Id,
  benchmark: PayBenchmark,
  effectiveFrom: IsoDate,
  pencePerHour: z.number().int(),
  note: z.string().nullable(),
});
export type PayPolicyValue = z.infer<typeof PayPolicyValue>;

/** A new benchmark value. */
export const PayPolicyValueInput = z.object({
  benchmark: PayBenchmark,
  effectiveFrom: IsoDate,
  pencePerHour: z
    .number({ message: 'Enter the rate' })
    .int('Enter the rate in whole pence')
    .min(1, 'The rate must be above zero')
    .max(100_000, 'The rate must be under £1,000 an hour'),
  note: optionalText('note', 200),
});
export type PayPolicyValueInput = z.infer<typeof PayPolicyValueInput>;

/** Branch pay, compliance and record-keeping settings. */
export const PaySettings = z.object({
  /** The contractual floor the branch commits to; the floor in force is the higher of it and the NLW. */
  contractualFloor: PayBenchmark,
  /** London branches compare against the London Living Wage for Charter stage 3, others the Real Living Wage. */
  inLondon: z.boolean(),
  /** The branch commits to the Living Wage Foundation rate (London's in London) as a floor, from its implementation. */
  livingWageCommitted: z.boolean().default(false),
  /** Years a leaver's record is kept after the leaving date before it is erased. */
  leaverRetentionYears: z
    .number()
    .int()
    .min(1, 'Keep leavers’ records at least 1 year')
    .max(100, 'Keep leavers’ records at most 100 years'),
  /** Days ahead that a right-to-work expiry shows on the dashboard. */
  rtwWarningDays: z.number().int().min(1, 'Enter at least 1 day').max(365, 'Enter at most 365 days'),
  /** Days ahead that a DBS recheck shows on the dashboard. */
  dbsWarningDays: z.number().int().min(1, 'Enter at least 1 day').max(365, 'Enter at most 365 days'),
  /** References a worker needs on file. */
  referencesRequired: z.number().int().min(0, 'Enter 0 or more').max(5, 'Enter 5 or fewer'),
});
export type PaySettings = z.infer<typeof PaySettings>;

/** Defaults: Band 3 equivalent floor, a London branch, six years (limitation period for contract claims). */
export const DEFAULT_PAY_SETTINGS: PaySettings = {
  contractualFloor: 'band3_equivalent',
  inLondon: true,
  livingWageCommitted: false,
  leaverRetentionYears: 6,
  rtwWarningDays: 60,
  dbsWarningDays: 30,
  referencesRequired: 2,
};

/** The value of a benchmark on a date: the latest value effective on or before it, or null. */
export function benchmarkOn(
  values: readonly Pick<PayPolicyValue, 'benchmark' | 'effectiveFrom' | 'pencePerHour'>[],
  benchmark: PayBenchmark,
  date: string,
): number | null {
  let best: { effectiveFrom: string; pencePerHour: number } | null = null;
  for (const value of values) {
    if (value.benchmark !== benchmark || value.effectiveFrom > date) continue;
    if (best === null || value.effectiveFrom > best.effectiveFrom) best = value;
  }
  return best?.pencePerHour ?? null;
}

/** The statutory minimum at an age: the National Living Wage at 21 and over (or when the age is unknown). */
export function statutoryBenchmark(ageYears: number | null): PayBenchmark {
  if (ageYears === null || ageYears >= 21) return 'national_living_wage';
  return ageYears >= 18 ? 'national_minimum_wage_18_20' : 'national_minimum_wage_under_18';
}

/**
 * THE pay floor in force on a date: the highest of the branch's contractual floor (Band 3 equivalent by default), the
 * statutory minimum for the worker's age, and the Living Wage where the branch commits to it. Each value counts from
 * its effective date, which for the Living Wage is the implementation date, not the announcement.
 */
export function floorOn(
  values: readonly Pick<PayPolicyValue, 'benchmark' | 'effectiveFrom' | 'pencePerHour'>[],
  settings: Pick<PaySettings, 'contractualFloor'> & Partial<Pick<PaySettings, 'inLondon' | 'livingWageCommitted'>>,
  date: string,
  ageYears: number | null = null,
): PayFloor {
  const contractual = benchmarkOn(values, settings.contractualFloor, date);
  const statutory = statutoryBenchmark(ageYears);
  const statutoryPence = benchmarkOn(values, statutory, date);
  const living = settings.livingWageCommitted ? charterBenchmark({ inLondon: settings.inLondon ?? true }) : null;
  const livingPence = living === null ? null : benchmarkOn(values, living, date);
  let source: PayBenchmark = settings.contractualFloor;
  let pence = contractual ?? 0;
  for (const [benchmark, value] of [
    [statutory, statutoryPence],
    [living, livingPence],
  ] as const)
    if (benchmark !== null && (value ?? 0) > pence) [source, pence] = [benchmark, value ?? 0];
  return {
    pencePerHour: pence === 0 ? null : pence,
    source,
    contractualPence: contractual,
    nationalLivingWagePence: statutoryPence,
    livingWagePence: livingPence,
  };
}

/** The floor in force and where it comes from. */
export const PayFloor = z.object({
  pencePerHour: z.number().int().nullable(),
  source: PayBenchmark,
  contractualPence: z.number().int().nullable(),
  /** The statutory minimum for the age asked about (the National Living Wage for adults). */
  nationalLivingWagePence: z.number().int().nullable(),
  /** The Living Wage in force when the branch commits to it, else null. */
  livingWagePence: z.number().int().nullable(),
});
export type PayFloor = z.infer<typeof PayFloor>;

/** The living-wage benchmark Charter stage 3 compares with. */
export function charterBenchmark(settings: Pick<PaySettings, 'inLondon'>): PayBenchmark {
  return settings.inLondon ? 'london_living_wage' : 'real_living_wage';
}

/** Pence as pounds for people: 1275 → "£12.75". */
export function formatPence(pence: number | null): string {
  if (pence === null) return '—';
  return `£${(pence / 100).toFixed(2)}`;
}

/** Everything the pay policy page shows. */
export const PayPolicyView = z.object({
  values: z.array(PayPolicyValue),
  settings: PaySettings,
  floorToday: PayFloor,
  charterBenchmark: PayBenchmark,
  charterPenceToday: z.number().int().nullable(),
});
export type PayPolicyView = z.infer<typeof PayPolicyView>;
