import { z } from 'zod';

/** How a Charter commitment stands. */
export const CharterStatus = z.enum(['met', 'not_met', 'not_measured']);
export type CharterStatus = z.infer<typeof CharterStatus>;

/** One commitment of the UNISON Ethical Care Charter (domain.md §4.2) with its status and the figure behind it. */
export const CharterItem = z.object({
  stage: z.number().int().min(1).max(3),
  number: z.number().int(),
  commitment: z.string(),
  status: CharterStatus,
  /**
   * `data`: computed from records; `declared`: the manager's answer on the workplace page; `none`: nothing to go on
   * yet.
   */
  basis: z.enum(['data', 'declared', 'none']),
  figure: z.string(),
});
export type CharterItem = z.infer<typeof CharterItem>;

/** The checklist. */
export const CharterChecklist = z.object({ today: z.string(), items: z.array(CharterItem) });
export type CharterChecklist = z.infer<typeof CharterChecklist>;

/** What the Charter rules read. */
export interface CharterFacts {
  workers: number;
  travelPaidFull: number;
  travelAnswer: number | null;
  zeroHours: number;
  withSickPay: number;
  belowLivingWage: number;
  livingWageLabel: string;
  livingWagePence: number | null;
  declared: { concernsProcedure: boolean | null; trainingInPaidTime: boolean | null; coworkerMeetings: boolean | null };
}

const need = (what: string) => `Needs ${what}, which this store does not hold yet`;
const declared = (answer: boolean | null): Pick<CharterItem, 'status' | 'basis' | 'figure'> =>
  answer === null
    ? { status: 'not_measured', basis: 'none', figure: 'Not answered on the workplace page' }
    : {
        status: answer ? 'met' : 'not_met',
        basis: 'declared',
        figure: answer ? 'Declared yes by the manager' : 'Declared no by the manager',
      };
const share = (n: number, of: number) => `${n} of ${of}`;

/** The Charter checklist from the branch's figures; pure for unit tests. */
export function charterItems(f: CharterFacts): CharterItem[] {
  const all = (n: number) => f.workers > 0 && n === f.workers;
  return [
    {
      stage: 1,
      number: 1,
      commitment: 'Visits are commissioned by client need, not minutes or tasks; workers have time to talk',
      status: 'not_measured',
      basis: 'none',
      figure: need('rotas and visit records'),
    },
    {
      stage: 1,
      number: 2,
      commitment: 'The time allocated matches need; 15-minute visits are not used',
      status: 'not_measured',
      basis: 'none',
      figure: need('visit lengths from rotas'),
    },
    {
      stage: 1,
      number: 3,
      commitment: 'Workers are paid for travel time, travel costs and necessary expenses',
      status:
        f.workers === 0
          ? 'not_measured'
          : all(f.travelPaidFull) && (f.travelAnswer === null || f.travelAnswer === 1)
            ? 'met'
            : 'not_met',
      basis: f.workers === 0 ? 'none' : 'data',
      figure: `${share(f.travelPaidFull, f.workers)} workers paid travel time at the full rate`,
    },
    {
      stage: 1,
      number: 4,
      commitment: 'Visits are scheduled so workers are not forced to rush or leave early',
      status: 'not_measured',
      basis: 'none',
      figure: need('rotas with travel between visits'),
    },
    {
      stage: 1,
      number: 5,
      commitment: 'Eligible workers are paid statutory sick pay',
      status: f.workers === 0 ? 'not_measured' : all(f.withSickPay) ? 'met' : 'not_measured',
      basis: all(f.withSickPay) ? 'data' : 'none',
      figure: all(f.withSickPay)
        ? 'Everyone has occupational sick pay, which includes SSP'
        : `${f.workers - f.withSickPay} rely on SSP; SSP payments are not recorded here`,
    },
    {
      stage: 2,
      number: 1,
      commitment: 'Clients are allocated the same worker(s) wherever possible',
      status: 'not_measured',
      basis: 'none',
      figure: need('rotas (continuity)'),
    },
    {
      stage: 2,
      number: 2,
      commitment: 'Zero-hours contracts are not used in place of permanent contracts',
      status: f.workers === 0 ? 'not_measured' : f.zeroHours === 0 ? 'met' : 'not_met',
      basis: f.workers === 0 ? 'none' : 'data',
      figure: `${share(f.zeroHours, f.workers)} workers on zero-hours contracts`,
    },
    {
      stage: 2,
      number: 3,
      commitment: 'A clear procedure for following up staff concerns about clients’ wellbeing',
      ...declared(f.declared.concernsProcedure),
    },
    {
      stage: 2,
      number: 4,
      commitment: 'Workers are regularly trained, at no cost to themselves and in work time',
      ...declared(f.declared.trainingInPaidTime),
    },
    {
      stage: 2,
      number: 5,
      commitment: 'Workers regularly meet co-workers to share practice and limit isolation',
      ...declared(f.declared.coworkerMeetings),
    },
    {
      stage: 3,
      number: 1,
      commitment: `Workers are paid at least the Living Wage (${f.livingWageLabel})`,
      status:
        f.workers === 0 || f.livingWagePence === null ? 'not_measured' : f.belowLivingWage === 0 ? 'met' : 'not_met',
      basis: f.workers === 0 || f.livingWagePence === null ? 'none' : 'data',
      figure:
        f.livingWagePence === null
          ? 'No living wage value in the pay policy'
          : `${share(f.belowLivingWage, f.workers)} workers below £${(f.livingWagePence / 100).toFixed(2)}/h`,
    },
    {
      stage: 3,
      number: 2,
      commitment: 'Workers are covered by an occupational sick pay scheme',
      status: f.workers === 0 ? 'not_measured' : all(f.withSickPay) ? 'met' : 'not_met',
      basis: f.workers === 0 ? 'none' : 'data',
      figure: `${share(f.withSickPay, f.workers)} workers covered`,
    },
  ];
}
