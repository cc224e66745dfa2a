import { writeCsv } from '../csv/csv-writer';
import { AppError } from '@shared/contract/errors';
import { TRAINING_HEADER, WORKPLACE_HEADER, budiDate, workerHeader } from '@shared/domain/ascwds/headers';
import { trainingProblems, workerProblems, workplaceProblems, type AscwdsProblem } from '@shared/domain/ascwds/rules';
import { SERVICES } from '@shared/domain/ascwds/workplace';
import type { AscwdsExportResult } from '@shared/domain/ascwds/export';
import { addDays } from '@shared/domain/time/iso-week';
import { canDoDelegatedHealthcare, jobRoleLabel } from '@shared/domain/staff/job-roles';
import { OTHER_SERVICES } from '@shared/domain/ascwds/rules';
import { currentRates } from '@main/services/staff/pay-rates';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { assertExportAllowed } from '../staff/staff-export-csv';
import { employerName } from './employers';
import { readQualificationRows, type QualificationExportRow } from './qualification-rows';
import { readTrainingRows, type TrainingExportRow } from './training-rows';
import { readWorkerFacts } from './worker-facts';
import { readWorkplace } from './workplace-service';

const GENDER: Record<string, string> = { male: '1', female: '2', prefer_not_to_say: '3', other: '4' };
const DISABLED: Record<string, string> = { no: '0', yes: '1', prefer_not_to_say: '2', unknown: '3' };
const YES_NO_UNKNOWN: Record<string, string> = { yes: '1', no: '0', unknown: 'unknown' };

/** The staff on an apprenticeship that has started and is still active on the date. */
async function activeApprentices(db: HandlerContext['deps']['db'], today: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('apprenticeship')
    .select('staff_id')
    .where('status', '=', 'active')
    .where('start_date', '<=', today)
    .execute();
  return new Set(rows.map((r) => r.staff_id));
}

/** SERVICEDESC item for a service: "other" services must be described, and their own name is the description. */
function serviceDescription(code: number): string {
  return OTHER_SERVICES.includes(code) ? (SERVICES.find((s) => s.code === code)?.label ?? '').slice(0, 120) : '';
}

/** Where the training and qualification rows come from (the bench passes generated rows). */
export interface ExportSources {
  training(staffIds: readonly string[]): Promise<TrainingExportRow[]>;
  qualifications(staffIds: readonly string[]): Promise<QualificationExportRow[]>;
}

const join = (values: (string | number)[]) => values.join(';');
const pounds = (pence: number) => (pence / 100).toFixed(2);

/**
 * Build the three ASC-WDS bulk-upload files for one employer's staff, validate them against the rules of domain.md §1,
 * and only when nothing would be rejected return them (and, unless a preview, remember what went out: NEW becomes
 * UPDATE).
 */
export async function buildAscwdsExport(
  ctx: HandlerContext,
  employerId: string | null,
  options: { preview: boolean; sources?: ExportSources },
): Promise<AscwdsExportResult> {
  if (!options.preview) assertExportAllowed(ctx);
  const db = ctx.deps.db;
  const today = londonDate(ctx.deps.clock.now());
  const yearAgo = addDays(today, -365);
  const sources: ExportSources = options.sources ?? {
    training: (ids) => readTrainingRows(db, ids),
    qualifications: (ids) => readQualificationRows(db, ids),
  };
  const [workplace, employer] = await Promise.all([readWorkplace(ctx.deps), employerName(db, employerId)]);
  if (employer === null)
    throw AppError.field(['employerId'], 'Choose an employer from the branch’s family of providers');

  const employed = (qb: ReturnType<typeof db.selectFrom<'staff'>>) =>
    employerId ? qb.where('employer_id', '=', employerId) : qb.where('employer_id', 'is', null);
  const staff = await employed(db.selectFrom('staff'))
    .selectAll()
    .where('status', '=', 'active')
    .where('erased_at', 'is', null)
    .where((eb) => eb.or([eb('leaving_date', 'is', null), eb('leaving_date', '>', today)]))
    .orderBy('reference')
    .execute();
  const leavers = await employed(db.selectFrom('staff'))
    .select(['job_role', 'leave_reason'])
    .where('leaving_date', '>', yearAgo)
    .where('leaving_date', '<=', today)
    .execute();
  const ids = staff.map((s) => s.id);
  const [rates, training, quals, memory, apprentices] = await Promise.all([
    currentRates(db, today),
    sources.training(ids),
    sources.qualifications(ids),
    db.selectFrom('ascwds_export_memory').select(['kind', 'record_key']).execute(),
    activeApprentices(db, today),
  ]);
  const facts = await readWorkerFacts(db, ids, quals, { from: addDays(yearAgo, 1), to: today });
  const exported = new Set(memory.map((m) => `${m.kind}:${m.record_key}`));
  const workplaceKey = `${employerId ?? 'lead'}:${workplace.localEstId}`;

  // Staff file
  const qualsBy = new Map<string, QualificationExportRow[]>();
  for (const q of quals) qualsBy.set(q.staffId, [...(qualsBy.get(q.staffId) ?? []), q]);
  const pairs = Math.max(3, ...[...qualsBy.values()].map((list) => list.length));
  const header = workerHeader(pairs);
  let newWorkers = 0;
  const workerRows = staff.map((s) => {
    const isNew = !exported.has(`worker:${s.id}`);
    if (isNew) newWorkers += 1;
    const pence = rates.get(s.id);
    const zero = s.zero_hours === 1;
    const permOrTemp = s.contract_type === 1 || s.contract_type === 2;
    const staffQuals = (qualsBy.get(s.id) ?? []).sort((a, b) => a.yearAchieved - b.yearAchieved);
    const scLevels = staffQuals.map((q) => q.socialCareLevel).filter((l): l is number => l !== null);
    const row: Record<string, string> = {
      LOCALESTID: workplace.localEstId,
      UNIQUEWORKERID: s.reference,
      STATUS: isNew ? 'NEW' : 'UPDATE',
      DISPLAYID: `${s.preferred_name ?? s.given_name} ${s.family_name}`.slice(0, 49),
      NINUMBER: s.ni_number ?? '',
      POSTCODE: s.home_postcode ?? '',
      DOB: budiDate(s.date_of_birth),
      GENDER: s.sex ? (GENDER[s.sex] ?? '') : '',
      ETHNICITY: s.ethnicity === null ? '' : s.ethnicity === 0 ? '99' : String(s.ethnicity),
      NATIONALITY: s.nationality === null ? '' : s.nationality === 0 ? '998' : String(s.nationality),
      BRITISHCITIZENSHIP: s.nationality !== null && s.nationality !== 826 ? '999' : '',
      COUNTRYOFBIRTH: s.country_of_birth === null ? '' : s.country_of_birth === 0 ? '998' : String(s.country_of_birth),
      YEAROFENTRY: '',
      DISABLED: s.disability ? (DISABLED[s.disability] ?? '') : '',
      CARECERT: facts.careCert.get(s.id) ?? '',
      L2CARECERT: facts.l2CareCert.get(s.id) ?? '',
      RECSOURCE: s.recruitment_source === null ? '' : String(s.recruitment_source),
      HANDCVISA: '',
      INOUTUK: '',
      STARTDATE: budiDate(s.start_date),
      // 999 is ASC-WDS's "not known"; a blank is warned about as missing.
      STARTINSECT: s.started_in_sector === null ? '999' : String(s.started_in_sector),
      // Asked only of roles that can carry out delegated healthcare activities; ASC-WDS ignores it for the others.
      DHA:
        s.delegated_healthcare === null || !canDoDelegatedHealthcare(s.job_role)
          ? ''
          : s.delegated_healthcare === 1
            ? '1'
            : '2',
      // The store holds every apprenticeship, so a worker without an active one is not an apprentice.
      APPRENTICE: apprentices.has(s.id) ? '1' : '2',
      EMPLSTATUS: s.contract_type === null ? '' : String(s.contract_type),
      ZEROHRCONT: zero ? '1' : '2',
      DAYSSICK: facts.daysSick.get(s.id) ?? '',
      SALARYINT: pence === undefined ? '' : '3',
      SALARY: '',
      HOURLYRATE: pence === undefined ? '' : pounds(pence),
      MAINJOBROLE: String(s.job_role),
      MAINJRDESC: s.job_role === 23 || s.job_role === 27 ? jobRoleLabel(s.job_role) : '',
      CONTHOURS: permOrTemp && !zero && s.guaranteed_hours !== null ? String(s.guaranteed_hours) : '',
      AVGHOURS: (zero || !permOrTemp) && s.guaranteed_hours !== null ? String(s.guaranteed_hours) : '',
      NMCREG: '',
      AMHP: '',
      SCQUAL: scLevels.length > 0 ? `1;${Math.max(...scLevels)}` : '999',
      NONSCQUAL: '',
      CWPCATEGORY: s.cwp_category === null ? '' : String(s.cwp_category),
    };
    staffQuals.forEach((q, i) => {
      const nn = String(i + 1).padStart(2, '0');
      row[`QUALACH${nn}`] = `${q.budiCode};${q.yearAchieved}`;
      row[`QUALACH${nn}NOTES`] = q.notes ?? '';
    });
    return row;
  });

  // Workplace file
  const roleCounts = new Map<number, { starters: number; leavers: number; vacancies: number }>();
  const bump = (role: number, key: 'starters' | 'leavers' | 'vacancies', n = 1) => {
    const entry = roleCounts.get(role) ?? { starters: 0, leavers: 0, vacancies: 0 };
    entry[key] += n;
    roleCounts.set(role, entry);
  };
  for (const s of staff) {
    if (!roleCounts.has(s.job_role)) roleCounts.set(s.job_role, { starters: 0, leavers: 0, vacancies: 0 });
    if (s.start_date > yearAgo) bump(s.job_role, 'starters');
  }
  for (const l of leavers) bump(l.job_role, 'leavers');
  for (const v of workplace.vacancies) bump(v.jobRole, 'vacancies', v.count);
  const roles = [...roleCounts.keys()].sort((a, b) => a - b);
  const reasons = new Map<number, number>();
  for (const l of leavers) reasons.set(l.leave_reason ?? 9, (reasons.get(l.leave_reason ?? 9) ?? 0) + 1);
  const reasonCodes = [...reasons.keys()].sort((a, b) => a - b);
  const services = [workplace.mainService, ...workplace.otherServices.filter((s) => s !== workplace.mainService)];
  const workplaceRow: Record<string, string> = {
    LOCALESTID: workplace.localEstId,
    STATUS: exported.has(`workplace:${workplaceKey}`) ? 'UPDATE' : 'NEW',
    ESTNAME: workplace.name,
    ADDRESS1: workplace.address1,
    ADDRESS2: workplace.address2,
    ADDRESS3: workplace.address3,
    POSTTOWN: workplace.postTown,
    POSTCODE: workplace.postcode,
    ESTTYPE: String(workplace.establishmentType),
    OTHERTYPE: workplace.establishmentType === 8 ? workplace.otherType : '',
    PERMCQC: workplace.shareWithCqc ? '1' : '0',
    PERMLA: workplace.shareWithLocalAuthority ? '1' : '0',
    REGTYPE: workplace.cqcRegulated ? '2' : '0',
    PROVNUM: workplace.cqcRegulated ? workplace.cqcProviderId : '',
    LOCATIONID: workplace.cqcRegulated ? workplace.cqcLocationId : '',
    MAINSERVICE: String(workplace.mainService),
    ALLSERVICES: join(services),
    // CAPACITY, UTILISATION and SERVICEDESC carry one item per service (blank items allowed): ASC-WDS rejects a list
    // of any other length.
    CAPACITY: join(services.map(() => '')),
    UTILISATION:
      workplace.peopleSupported === null
        ? ''
        : join(services.map((s, i) => (i === 0 ? String(workplace.peopleSupported) : ''))),
    SERVICEDESC: join(services.map(serviceDescription)),
    SERVICEUSERS: '',
    OTHERUSERDESC: '',
    DHA: '',
    DHAACTIVITIES: '',
    // ASC-WDS checks this against the staff file's records (a warning when they differ): the file holds every current
    // worker of this employer, so the two are the same count.
    TOTALPERMTEMP: String(workerRows.length),
    ALLJOBROLES: join(roles),
    STARTERS: join(roles.map((r) => roleCounts.get(r)?.starters ?? 0)),
    LEAVERS: join(roles.map((r) => roleCounts.get(r)?.leavers ?? 0)),
    VACANCIES: join(roles.map((r) => roleCounts.get(r)?.vacancies ?? 0)),
    REASONS: join(reasonCodes),
    REASONNOS: join(reasonCodes.map((r) => reasons.get(r) ?? 0)),
    REPEATTRAINING: '',
    CWPAWARE: '',
    CWPUSE: '',
    CWPUSEDESC: '',
    SICKPAY: YES_NO_UNKNOWN[workplace.sickPay] ?? '',
    PENSION: YES_NO_UNKNOWN[workplace.pension] ?? '',
    ACTUALCONT:
      workplace.pension === 'yes' && workplace.pensionContributionPercent !== null
        ? String(workplace.pensionContributionPercent)
        : '',
    OPTOUTPEN: '',
    HOLIDAY: workplace.holidayDays === null ? '' : String(workplace.holidayDays),
    SLEEPINS: '',
    SLEEPINPAY: '',
    TRAVELTIME: String(workplace.travelTime),
    TTDIFFRATE:
      workplace.travelTime === 3 && workplace.travelTimeRatePence !== null ? pounds(workplace.travelTimeRatePence) : '',
  };

  // Training file
  const referenceOf = new Map(staff.map((s) => [s.id, s.reference]));
  const trainingRows = training
    .filter((t) => referenceOf.has(t.staffId))
    .map((t) => ({
      LOCALESTID: workplace.localEstId,
      UNIQUEWORKERID: referenceOf.get(t.staffId) ?? '',
      CATEGORY: String(t.category),
      TRAININGNAME: t.name.slice(0, 120),
      ACCREDITED: t.accredited === null ? '' : String(t.accredited),
      WHODELIVERED: t.whoDelivered === null ? '' : String(t.whoDelivered),
      PROVIDERNAME: t.whoDelivered === 2 && t.providerCode !== null ? String(t.providerCode) : '',
      HOWDELIVERED: t.howDelivered === null ? '' : String(t.howDelivered),
      VALIDITY: t.validityMonths === null ? 'none' : String(t.validityMonths),
      DATECOMPLETED: budiDate(t.completedOn),
      EXPIRYDATE: budiDate(t.expiresOn),
      NOTES: t.notes ?? '',
    }));

  // Validate everything before anything is written.
  const workerIds = new Set(staff.map((s) => s.reference));
  const workplaceIds = new Set([workplace.localEstId]);
  const problems: AscwdsProblem[] = [
    ...workplaceProblems(workplaceRow, workerRows.length),
    ...workerRows.flatMap((row) => workerProblems(row, today, workplaceIds)),
    ...trainingRows.flatMap((row) => trainingProblems(row, today, workerIds)),
  ];
  const idByReference = new Map(staff.map((s) => [s.reference, s.id]));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const result: AscwdsExportResult = {
    employerName: employer,
    workers: workerRows.length,
    newWorkers,
    trainingRecords: trainingRows.length,
    errors,
    warnings: problems.length - errors,
    problems: problems
      .slice(0, 1000)
      .map((p) => ({ ...p, staffId: p.file === 'workplace' ? null : (idByReference.get(p.record) ?? null) })),
    files: null,
  };
  if (errors > 0 || options.preview) return result;

  const unparse = (fields: readonly string[], rows: Record<string, string>[]) =>
    writeCsv(
      fields,
      rows.map((r) => fields.map((f) => r[f] ?? '')),
    );
  const files = {
    workplace: unparse(WORKPLACE_HEADER, [workplaceRow]),
    staff: unparse(header, workerRows),
    training: unparse(TRAINING_HEADER, trainingRows),
  };
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const keys: {
      kind: 'workplace' | 'worker';
      record_key: string;
      first_exported_at: string;
      last_exported_at: string;
    }[] = [
      { kind: 'workplace', record_key: workplaceKey, first_exported_at: now, last_exported_at: now },
      ...staff.map((s) => ({
        kind: 'worker' as const,
        record_key: s.id,
        first_exported_at: now,
        last_exported_at: now,
      })),
    ];
    for (let i = 0; i < keys.length; i += 1000) {
      await trx
        .insertInto('ascwds_export_memory')
        .values(keys.slice(i, i + 1000))
        .onConflict((oc) => oc.columns(['kind', 'record_key']).doUpdateSet({ last_exported_at: now }))
        .execute();
    }
    await ctx.audit(trx, {
      action: 'ascwds.export',
      entity: 'employer',
      entityId: employerId,
      outcome: 'success',
      detail: `${workerRows.length} workers (${newWorkers} new), ${trainingRows.length} training records`,
    });
  });
  return { ...result, files };
}
