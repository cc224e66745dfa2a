import { JOB_ROLE_CODES, canDoDelegatedHealthcare, jobRoleLabel } from '../staff/job-roles';
import { ageOn } from '@shared/domain/time/calendar';
import { SERVICES, ESTABLISHMENT_TYPES } from './workplace';

/** A row's problem as ASC-WDS would report it: errors block the upload, warnings do not. */
export interface AscwdsProblem {
  file: 'workplace' | 'staff' | 'training';
  /** The record's reference (LOCALESTID or UNIQUEWORKERID). */
  record: string;
  column: string;
  message: string;
  severity: 'error' | 'warning';
}

type Row = Record<string, string>;
const STATUS = ['NEW', 'UPDATE', 'DELETE', 'UNCHECKED', 'NOCHANGE'];
const NI = /^\s*[a-zA-Z]{2}(?:\s*\d\s*){6}[a-zA-Z]?\s*$/;
const WORKER_POSTCODE = /^[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]?\s{1}[0-9][A-Za-z]{2}$/;
const CQC_ID = /^[0-9]{1}-[0-9]{8,12}$/;
const BUDI_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ETHNICITY = [...Array.from({ length: 17 }, (_, i) => 31 + i), 98, 99];
const RECSOURCE = [1, 2, 5, 7, 8, 10, 12, 15, 16, 17, 18];
const EMPLSTATUS = [1, 2, 3, 4, 7];
const CWP = [1, 2, 3, 4, 5, 6, 7, 998, 999];
const TRAINING_CATEGORIES = [
  1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
  35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
];

/** `DD/MM/YYYY` → ISO, or null if not a real date. */
export function parseBudiDate(value: string): string | null {
  const m = BUDI_DATE.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

function isInt(value: string): boolean {
  return /^-?\d+$/.test(value);
}
function inList(value: string, list: readonly number[]): boolean {
  return isInt(value) && list.includes(Number(value));
}

/**
 * STARTINSECT: ASC-WDS warns and ignores a year that is missing, badly written, after the start with this employer or
 * before the worker's 14th birthday (the year of birth plus 14); the app treats each as an error, so a year the
 * manager entered is never silently dropped.
 */
function startInSectorProblems(
  value: string,
  known: { dob: string | null; start: string | null; currentYear: number },
  err: (column: string, message: string) => void,
): void {
  if (value === '') return err('STARTINSECT', 'Year started in the sector is required (999 when not known)');
  if (value === '999') return;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year > known.currentYear)
    err('STARTINSECT', 'Year started in the sector must be four digits and not in the future, or 999');
  else if (known.start && year > Number(known.start.slice(0, 4)))
    err('STARTINSECT', 'Year started in the sector cannot be after the start date');
  else if (known.dob && year < Number(known.dob.slice(0, 4)) + 14)
    err('STARTINSECT', `Year started in the sector (${year}) is before the worker’s 14th birthday`);
}

/** Rules of the worker file (domain.md §1.3) for the columns the app fills. */
export function workerProblems(row: Row, today: string, workplaceIds: ReadonlySet<string>): AscwdsProblem[] {
  const out: AscwdsProblem[] = [];
  const record = row.UNIQUEWORKERID ?? '';
  const err = (column: string, message: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ file: 'staff', record, column, message, severity });
  const v = (c: string) => row[c] ?? '';
  if (v('LOCALESTID') === '' || v('LOCALESTID').length >= 50) err('LOCALESTID', 'Required and under 50 characters');
  else if (!workplaceIds.has(v('LOCALESTID'))) err('LOCALESTID', 'Does not match the workplace file');
  if (record === '' || record.length >= 50) err('UNIQUEWORKERID', 'Required and under 50 characters');
  if (!STATUS.includes(v('STATUS').toUpperCase())) err('STATUS', 'Must be NEW, UPDATE, DELETE, UNCHECKED or NOCHANGE');
  if (v('DISPLAYID') === '' || v('DISPLAYID').length >= 50) err('DISPLAYID', 'Required and under 50 characters');
  if (v('NINUMBER') !== '' && !NI.test(v('NINUMBER')))
    err('NINUMBER', 'National Insurance number is not in the right format');
  if (v('POSTCODE') !== '' && !WORKER_POSTCODE.test(v('POSTCODE')))
    err('POSTCODE', 'Home postcode is not in the right format');
  let dob: string | null = null;
  if (v('DOB') !== '') {
    dob = parseBudiDate(v('DOB'));
    if (!dob) err('DOB', 'Date of birth must be a real date as DD/MM/YYYY');
    else if (ageOn(dob, today) < 14 || ageOn(dob, today) > 100) err('DOB', 'Age must be between 14 and 100');
  }
  if (v('GENDER') !== '' && !inList(v('GENDER'), [1, 2, 3, 4])) err('GENDER', 'Unknown gender code');
  if (v('ETHNICITY') !== '' && !inList(v('ETHNICITY'), ETHNICITY)) err('ETHNICITY', 'Unknown ethnicity code');
  if (v('NATIONALITY') !== '' && !isInt(v('NATIONALITY'))) err('NATIONALITY', 'Nationality must be a numeric code');
  if (v('DISABLED') !== '' && !inList(v('DISABLED'), [0, 1, 2, 3])) err('DISABLED', 'Unknown disability code');
  if (v('RECSOURCE') !== '' && !inList(v('RECSOURCE'), RECSOURCE)) err('RECSOURCE', 'Unknown recruitment source code');
  const start = parseBudiDate(v('STARTDATE'));
  if (v('STARTDATE') !== '') {
    if (!start) err('STARTDATE', 'Start date must be a real date as DD/MM/YYYY');
    else if (start > today) err('STARTDATE', 'Start date cannot be in the future');
    else if (dob && ageOn(dob, start) < 14) err('STARTDATE', 'Worker would have been under 14 at the start date');
  }
  if (!inList(v('EMPLSTATUS'), EMPLSTATUS))
    err('EMPLSTATUS', 'Contract type is missing or not an ASC-WDS code (1, 2, 3, 4, 7)');
  if (!inList(v('ZEROHRCONT'), [1, 2, 999])) err('ZEROHRCONT', 'Zero-hours answer must be 1, 2 or 999');
  if (v('ZEROHRCONT') === '1' && v('CONTHOURS') !== '')
    err('CONTHOURS', 'Contracted hours must be blank on a zero-hours contract');
  if (v('SALARYINT') !== '' && !inList(v('SALARYINT'), [1, 3, 999]))
    err('SALARYINT', 'Pay interval must be 1, 3 or 999');
  if (v('SALARYINT') === '3' && !/^\d+(\.\d{1,2})?$/.test(v('HOURLYRATE')))
    err('HOURLYRATE', 'Hourly rate must be a number with up to 2 decimal places');
  if (v('SALARYINT') !== '3' && v('HOURLYRATE') !== '')
    err('HOURLYRATE', 'Hourly rate given without pay interval 3 (hourly)');
  if (!inList(v('MAINJOBROLE'), JOB_ROLE_CODES)) err('MAINJOBROLE', 'Main job role is missing or not an ASC-WDS code');
  if ((v('MAINJOBROLE') === '23' || v('MAINJOBROLE') === '27') && v('MAINJRDESC') === '')
    err('MAINJRDESC', 'Describe the job role for “Other” roles');
  if (v('MAINJRDESC').length > 120) err('MAINJRDESC', 'Job role description must be 120 characters or fewer');
  for (const column of ['CONTHOURS', 'AVGHOURS']) {
    const value = v(column);
    if (value === '' || value === '999') continue;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || n > 75 || !Number.isInteger(n * 2))
      err(column, 'Weekly hours must be 0 to 75 in half-hour steps');
  }
  if (v('CONTHOURS') !== '' && v('CONTHOURS') !== '999' && !['1', '2'].includes(v('EMPLSTATUS')))
    err('CONTHOURS', 'Contracted hours apply only to permanent or temporary contracts');
  if (v('CWPCATEGORY') !== '' && !inList(v('CWPCATEGORY'), CWP))
    err('CWPCATEGORY', 'Unknown Care Workforce Pathway category');
  if (v('SCQUAL') !== '' && !/^(1;(\d|999)|2|999)$/.test(v('SCQUAL')))
    err('SCQUAL', 'Social care qualification must be 1;level, 2 or 999');
  const currentYear = Number(today.slice(0, 4));
  startInSectorProblems(v('STARTINSECT'), { dob, start, currentYear }, err);
  const role = Number(v('MAINJOBROLE'));
  if (v('DHA') !== '' && !inList(v('DHA'), [1, 2, 999]))
    err('DHA', 'Delegated healthcare activities must be 1, 2 or 999');
  else if (v('DHA') !== '' && isInt(v('MAINJOBROLE')) && !canDoDelegatedHealthcare(role))
    err(
      'DHA',
      `Leave blank: ASC-WDS does not ask about delegated healthcare activities for the role “${jobRoleLabel(role)}”`,
    );
  if (v('APPRENTICE') !== '' && !inList(v('APPRENTICE'), [1, 2, 999]))
    err('APPRENTICE', 'Apprentice must be 1 (yes), 2 (no) or 999');
  if (v('ZEROHRCONT') === '2' && v('CONTHOURS') !== '' && Number(v('CONTHOURS')) === 0)
    err('CONTHOURS', 'Contracted hours of 0 need the zero-hours answer 1 (yes)');
  if (v('COUNTRYOFBIRTH') !== '' && !isInt(v('COUNTRYOFBIRTH')))
    err('COUNTRYOFBIRTH', 'Country of birth must be a numeric code');
  if (v('CARECERT') !== '' && !inList(v('CARECERT'), [1, 2, 3]))
    err('CARECERT', 'Care Certificate must be 1 (completed), 2 (no) or 3 (in progress)');
  const l2 = /^1;(\d{4})$/.exec(v('L2CARECERT'));
  if (v('L2CARECERT') !== '' && !['2', '3'].includes(v('L2CARECERT')) && !l2)
    err('L2CARECERT', 'Level 2 certificate must be 1;year, 2 (started) or 3 (no)');
  else if (l2 && (Number(l2[1]) < 2024 || Number(l2[1]) > currentYear))
    err('L2CARECERT', 'The year achieved must be from 2024 and not in the future');
  if (v('DAYSSICK') !== '' && v('DAYSSICK') !== '999') {
    const days = Number(v('DAYSSICK'));
    if (!/^\d+(\.\d)?$/.test(v('DAYSSICK')) || days > 366 || !Number.isInteger(days * 2))
      err('DAYSSICK', 'Days sick must be 0 to 366 in half days, or 999');
  }
  for (const [column, value] of Object.entries(row)) {
    if (!/^QUALACH\d{2}$/.test(column) || value === '') continue;
    const m = /^(\d+);(\d{4})$/.exec(value);
    if (!m) err(column, 'Qualification must be code;year');
    else if (Number(m[2]) > currentYear || Number(m[2]) < currentYear - 100)
      err(column, 'Year achieved must be within the last 100 years and not in the future');
    if ((row[`${column}NOTES`] ?? '').length > 120) err(`${column}NOTES`, 'Notes must be 120 characters or fewer');
  }
  return out;
}

/** Services ASC-WDS counts as "other": each needs its description in SERVICEDESC (at most 120 characters). */
export const OTHER_SERVICES: readonly number[] = [5, 7, 12, 21, 52, 71, 72, 75];

/**
 * CAPACITY, UTILISATION and SERVICEDESC are lists parallel to ALLSERVICES: ASC-WDS splits each on `;` (a blank cell is
 * one empty item) and rejects the file unless every list has as many items as ALLSERVICES.
 */
function servicesListProblems(row: Row, all: readonly string[], err: (column: string, message: string) => void): void {
  const items = (c: string) => (row[c] ?? '').split(';');
  for (const c of ['CAPACITY', 'UTILISATION', 'SERVICEDESC']) {
    const n = items(c).length;
    if (n !== all.length)
      err(
        c,
        `Must have ${all.length} ${all.length === 1 ? 'item' : 'items'}, one per service in ALLSERVICES; has ${n}`,
      );
  }
  for (const c of ['CAPACITY', 'UTILISATION'])
    if (items(c).some((x) => x !== '' && !/^\d+$/.test(x))) err(c, 'Each item must be a whole number or blank');
  const descriptions = items('SERVICEDESC');
  all.forEach((service, i) => {
    const description = descriptions[i] ?? '';
    if (OTHER_SERVICES.includes(Number(service)) && (description === '' || description.length > 120))
      err('SERVICEDESC', `Service ${service} is an “other” service: describe it in at most 120 characters`);
  });
}

/**
 * Rules of the workplace file (domain.md §1.2) for the columns the app fills; `staffRecords` is the staff file's row
 * count.
 */
export function workplaceProblems(row: Row, staffRecords: number): AscwdsProblem[] {
  const out: AscwdsProblem[] = [];
  const record = row.LOCALESTID ?? '';
  const err = (column: string, message: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ file: 'workplace', record, column, message, severity });
  const v = (c: string) => row[c] ?? '';
  const list = (c: string) => (v(c) === '' ? [] : v(c).split(';'));
  if (record === '' || record.length >= 50) err('LOCALESTID', 'Required and under 50 characters');
  if (!STATUS.includes(v('STATUS').toUpperCase())) err('STATUS', 'Must be NEW, UPDATE, DELETE, UNCHECKED or NOCHANGE');
  if (v('ESTNAME') === '' || v('ESTNAME').length > 120) err('ESTNAME', 'Required, at most 120 characters');
  if (v('ADDRESS1') === '') err('ADDRESS1', 'Required');
  for (const c of ['ADDRESS1', 'ADDRESS2', 'ADDRESS3', 'POSTTOWN'])
    if (v(c).length > 40) err(c, 'At most 40 characters');
  if (v('POSTCODE') === '' || v('POSTCODE').length > 10 || !WORKER_POSTCODE.test(v('POSTCODE')))
    err('POSTCODE', 'A real postcode is required');
  if (
    !inList(
      v('ESTTYPE'),
      ESTABLISHMENT_TYPES.map((e) => e.code),
    )
  )
    err('ESTTYPE', 'Unknown establishment type');
  if (v('ESTTYPE') === '8' && (v('OTHERTYPE') === '' || v('OTHERTYPE').length > 240))
    err('OTHERTYPE', 'Describe the establishment type (at most 240 characters)');
  for (const c of ['PERMCQC', 'PERMLA']) if (!['', '0', '1'].includes(v(c))) err(c, 'Must be 0, 1 or blank');
  if (!['0', '2'].includes(v('REGTYPE'))) err('REGTYPE', 'Must be 2 (CQC regulated) or 0');
  if (v('REGTYPE') === '2') {
    if (!CQC_ID.test(v('PROVNUM')))
      err('PROVNUM', 'CQC provider id is required for a regulated workplace, like 1-123456789');
    if (!CQC_ID.test(v('LOCATIONID')))
      err('LOCATIONID', 'CQC location id is required for a regulated workplace, like 1-123456789');
  }
  const services = SERVICES.map((s) => s.code);
  if (!inList(v('MAINSERVICE'), services)) err('MAINSERVICE', 'Unknown main service code');
  const all = list('ALLSERVICES');
  if (!all.includes(v('MAINSERVICE'))) err('ALLSERVICES', 'Must include the main service');
  for (const s of all) if (!inList(s, services)) err('ALLSERVICES', `Unknown service code ${s}`);
  servicesListProblems(row, all, err);
  if (!isInt(v('TOTALPERMTEMP'))) err('TOTALPERMTEMP', 'Total permanent and temporary staff is required');
  else if (Number(v('TOTALPERMTEMP')) === 0 && v('MAINSERVICE') !== '72')
    err('TOTALPERMTEMP', 'Only a head office may have no staff');
  else if (Number(v('TOTALPERMTEMP')) !== staffRecords)
    err('TOTALPERMTEMP', `Differs from the ${staffRecords} staff records in the staff file`, 'warning');
  const roles = list('ALLJOBROLES');
  for (const r of roles) if (!inList(r, JOB_ROLE_CODES)) err('ALLJOBROLES', `Unknown job role code ${r}`);
  for (const c of ['STARTERS', 'LEAVERS', 'VACANCIES']) {
    const values = list(c);
    if (values.length === 1 && values[0] === '999') continue;
    if (values.length !== roles.length) err(c, 'Must have one count per job role in ALLJOBROLES (or 999)');
    for (const n of values) if (!/^\d+$/.test(n)) err(c, 'Counts must be whole numbers');
  }
  const reasons = list('REASONS');
  const reasonNos = list('REASONNOS');
  if (reasons.length !== reasonNos.length) err('REASONNOS', 'Must have one count per reason in REASONS');
  for (const r of reasons) if (!inList(r, [1, 2, 3, 4, 5, 6, 7, 8, 9])) err('REASONS', `Unknown leaving reason ${r}`);
  const leavers = list('LEAVERS');
  if (!(leavers.length === 1 && leavers[0] === '999')) {
    const total = leavers.reduce((sum, n) => sum + Number(n), 0);
    const totalReasons = reasonNos.reduce((sum, n) => sum + Number(n), 0);
    if (total !== totalReasons) err('REASONNOS', `Reasons add up to ${totalReasons} but LEAVERS total ${total}`);
  }
  for (const c of ['SICKPAY', 'PENSION'])
    if (!['', '0', '1', 'unknown'].includes(v(c))) err(c, 'Must be 1, 0 or unknown');
  if (v('ACTUALCONT') !== '') {
    if (v('PENSION') !== '1') err('ACTUALCONT', 'Give a contribution only when PENSION is 1');
    const n = Number(v('ACTUALCONT'));
    if (!(n > 3 && n <= 100)) err('ACTUALCONT', 'Contribution must be above 3 and at most 100');
  }
  if (v('HOLIDAY') !== '' && !/^\d+$/.test(v('HOLIDAY'))) err('HOLIDAY', 'Holiday must be whole days');
  if (v('TRAVELTIME') !== '' && !inList(v('TRAVELTIME'), [1, 2, 3, 4, 5, 6, 999]))
    err('TRAVELTIME', 'Unknown travel time answer');
  if (v('TRAVELTIME') === '3') {
    const n = Number(v('TTDIFFRATE'));
    if (!(n >= 2.5 && n <= 200)) err('TTDIFFRATE', 'Travel time rate must be £2.50 to £200');
  }
  return out;
}

/** Rules of the training file (domain.md §1.5). */
export function trainingProblems(row: Row, today: string, workerIds: ReadonlySet<string>): AscwdsProblem[] {
  const out: AscwdsProblem[] = [];
  const record = row.UNIQUEWORKERID ?? '';
  const err = (column: string, message: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ file: 'training', record, column, message, severity });
  const v = (c: string) => row[c] ?? '';
  if (v('LOCALESTID') === '' || v('LOCALESTID').length > 50) err('LOCALESTID', 'Required, at most 50 characters');
  if (record === '' || record.length > 50) err('UNIQUEWORKERID', 'Required, at most 50 characters');
  else if (!workerIds.has(record)) err('UNIQUEWORKERID', 'Does not match a worker in the staff file');
  if (!inList(v('CATEGORY'), TRAINING_CATEGORIES)) err('CATEGORY', 'Training category is missing or unknown');
  if (v('TRAININGNAME').length > 120) err('TRAININGNAME', 'At most 120 characters');
  if (v('ACCREDITED') !== '' && !inList(v('ACCREDITED'), [0, 1, 999])) err('ACCREDITED', 'Must be 1, 0 or 999');
  if (v('WHODELIVERED') !== '' && !inList(v('WHODELIVERED'), [1, 2])) err('WHODELIVERED', 'Must be 1 or 2');
  if (v('PROVIDERNAME') !== '' && (v('WHODELIVERED') !== '2' || !isInt(v('PROVIDERNAME'))))
    err('PROVIDERNAME', 'A provider code only when delivered externally (WHODELIVERED 2)');
  if (v('HOWDELIVERED') !== '' && !inList(v('HOWDELIVERED'), [1, 2])) err('HOWDELIVERED', 'Must be 1 or 2');
  if (
    v('VALIDITY') !== '' &&
    v('VALIDITY').toLowerCase() !== 'none' &&
    !(isInt(v('VALIDITY')) && Number(v('VALIDITY')) >= 1 && Number(v('VALIDITY')) <= 999)
  )
    err('VALIDITY', 'Months 1–999 or none');
  const completed = v('DATECOMPLETED') === '' ? null : parseBudiDate(v('DATECOMPLETED'));
  if (v('DATECOMPLETED') !== '' && !completed) err('DATECOMPLETED', 'Must be a real date as DD/MM/YYYY');
  if (completed && completed > today) err('DATECOMPLETED', 'Cannot be in the future');
  const expiry = v('EXPIRYDATE') === '' ? null : parseBudiDate(v('EXPIRYDATE'));
  if (v('EXPIRYDATE') !== '' && !expiry) err('EXPIRYDATE', 'Must be a real date as DD/MM/YYYY');
  if (completed && expiry && expiry <= completed) err('EXPIRYDATE', 'Must be after the completion date');
  if (v('NOTES').length > 1000) err('NOTES', 'At most 1000 characters');
  return out;
}
