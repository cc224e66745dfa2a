import type { Kysely } from 'kysely';
import type { WorkforceFigures } from '@shared/domain/sync/build-summary';
import type { Period } from '@shared/domain/sync/period';
import {
  AgeBand,
  ContractType,
  DisabilityGroup,
  EthnicGroup,
  PathwayCategory,
  RoleGroup,
  SexGroup,
} from '@shared/domain/sync/summary-v1';
import {
  FULL_TIME_HOURS,
  ageBandOf,
  contractTypeOf,
  disabilityGroupOf,
  ethnicGroupOf,
  pathwayCategoryOf,
  roleGroupOf,
  sexGroupOf,
  zeroCounts,
} from '@shared/domain/sync/workforce-groups';
import { addMonths } from '@shared/domain/time/calendar';
import type { Database } from '@main/db/schema';
import type { BackendDeps } from '@main/rpc/context';
import { readWorkplace } from '../ascwds/workplace-service';

/** A worker as the monthly figures count them (read here and never sent: only the counts leave). */
export interface EmployedWorker {
  id: string;
  jobRole: number;
  contractType: number | null;
  guaranteedHours: number | null;
  zeroHours: boolean;
  livesInBorough: number | null;
  cwpCategory: number | null;
  ethnicity: number | null;
  sex: string | null;
  disability: string | null;
  dateOfBirth: string | null;
  occupationalSickPay: boolean;
  travelPaidFull: boolean;
}

/**
 * Everyone employed on a date, as ASC-WDS counts workers: started by then, not left by then, record not erased. A
 * record archived after its leaving date still counts for the months before it left.
 */
export async function employedOn(db: Kysely<Database>, date: string): Promise<EmployedWorker[]> {
  const rows = await db
    .selectFrom('staff')
    .select([
      'id',
      'job_role',
      'contract_type',
      'guaranteed_hours',
      'zero_hours',
      'lives_in_borough',
      'cwp_category',
      'ethnicity',
      'sex',
      'disability',
      'date_of_birth',
      'occupational_sick_pay',
      'travel_paid_full',
    ])
    .where('start_date', '<=', date)
    .where('erased_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'active'), eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>', date)])]),
        eb('leaving_date', '>', date),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    jobRole: r.job_role,
    contractType: r.contract_type,
    guaranteedHours: r.guaranteed_hours,
    zeroHours: r.zero_hours === 1,
    livesInBorough: r.lives_in_borough,
    cwpCategory: r.cwp_category,
    ethnicity: r.ethnicity,
    sex: r.sex,
    disability: r.disability,
    dateOfBirth: r.date_of_birth,
    occupationalSickPay: r.occupational_sick_pay === 1,
    travelPaidFull: r.travel_paid_full === 1,
  }));
}

/**
 * The workforce on the month's last day, with starters and leavers over the 12 calendar months ending with it and
 * the vacancies the workplace page records (the ASC-WDS workplace file's VACANCIES, the same number).
 */
export async function workforceFigures(
  deps: Pick<BackendDeps, 'db'>,
  period: Period,
  workers: readonly EmployedWorker[],
): Promise<WorkforceFigures> {
  const from = addMonths(period.start, -11);
  const [starters, leavers, workplace] = await Promise.all([
    countStaff(deps.db, 'start_date', from, period.end),
    countStaff(deps.db, 'leaving_date', from, period.end),
    readWorkplace(deps),
  ]);
  const byRoleGroup = zeroCounts(RoleGroup.options);
  const fteByRoleGroup = zeroCounts(RoleGroup.options);
  const byContractType = zeroCounts(ContractType.options);
  const byPathwayCategory = zeroCounts(PathwayCategory.options);
  const ethnicGroup = zeroCounts(EthnicGroup.options);
  const sex = zeroCounts(SexGroup.options);
  const disability = zeroCounts(DisabilityGroup.options);
  const ageBand = zeroCounts(AgeBand.options);
  let livingIn = 0;
  let addressed = 0;
  for (const w of workers) {
    const group = roleGroupOf(w.jobRole);
    byRoleGroup[group] += 1;
    // Contracted hours are the guaranteed hours; a zero-hours contract contracts none.
    fteByRoleGroup[group] += (w.guaranteedHours ?? 0) / FULL_TIME_HOURS;
    byContractType[contractTypeOf(w.contractType)] += 1;
    byPathwayCategory[pathwayCategoryOf(w.cwpCategory)] += 1;
    ethnicGroup[ethnicGroupOf(w.ethnicity)] += 1;
    sex[sexGroupOf(w.sex)] += 1;
    disability[disabilityGroupOf(w.disability)] += 1;
    ageBand[ageBandOf(w.dateOfBirth, period.end)] += 1;
    if (w.livesInBorough !== null) {
      addressed += 1;
      if (w.livesInBorough === 1) livingIn += 1;
    }
  }
  return {
    byRoleGroup,
    fteByRoleGroup,
    byContractType,
    zeroHours: workers.filter((w) => w.zeroHours).length,
    starters12Months: starters,
    leavers12Months: leavers,
    vacancies: workplace.vacancies.reduce((sum, v) => sum + v.count, 0),
    livingInBorough: { count: livingIn, of: addressed },
    byPathwayCategory,
    equality: { ethnicGroup, sex, disability, ageBand },
  };
}

async function countStaff(
  db: Kysely<Database>,
  column: 'start_date' | 'leaving_date',
  from: string,
  to: string,
): Promise<number> {
  const row = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '>=', from)
    .where(column, '<=', to)
    .where('erased_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
