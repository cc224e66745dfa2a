/** ASC-WDS bulk-upload headers in the exact BUDI column order (domain.md §1.2, §1.3, §1.5). */
export const WORKPLACE_HEADER = [
  'LOCALESTID',
  'STATUS',
  'ESTNAME',
  'ADDRESS1',
  'ADDRESS2',
  'ADDRESS3',
  'POSTTOWN',
  'POSTCODE',
  'ESTTYPE',
  'OTHERTYPE',
  'PERMCQC',
  'PERMLA',
  'REGTYPE',
  'PROVNUM',
  'LOCATIONID',
  'MAINSERVICE',
  'ALLSERVICES',
  'CAPACITY',
  'UTILISATION',
  'SERVICEDESC',
  'SERVICEUSERS',
  'OTHERUSERDESC',
  'DHA',
  'DHAACTIVITIES',
  'TOTALPERMTEMP',
  'ALLJOBROLES',
  'STARTERS',
  'LEAVERS',
  'VACANCIES',
  'REASONS',
  'REASONNOS',
  'REPEATTRAINING',
  'CWPAWARE',
  'CWPUSE',
  'CWPUSEDESC',
  'SICKPAY',
  'PENSION',
  'ACTUALCONT',
  'OPTOUTPEN',
  'HOLIDAY',
  'SLEEPINS',
  'SLEEPINPAY',
  'TRAVELTIME',
  'TTDIFFRATE',
] as const;

/**
 * The worker header before the qualification pairs (no CHGUNIQUEWRKID / TRANSFERSTAFFRECORD: the app never renames or
 * moves).
 */
export const WORKER_HEADER_BASE = [
  'LOCALESTID',
  'UNIQUEWORKERID',
  'STATUS',
  'DISPLAYID',
  'NINUMBER',
  'POSTCODE',
  'DOB',
  'GENDER',
  'ETHNICITY',
  'NATIONALITY',
  'BRITISHCITIZENSHIP',
  'COUNTRYOFBIRTH',
  'YEAROFENTRY',
  'DISABLED',
  'CARECERT',
  'L2CARECERT',
  'RECSOURCE',
  'HANDCVISA',
  'INOUTUK',
  'STARTDATE',
  'STARTINSECT',
  'DHA',
  'APPRENTICE',
  'EMPLSTATUS',
  'ZEROHRCONT',
  'DAYSSICK',
  'SALARYINT',
  'SALARY',
  'HOURLYRATE',
  'MAINJOBROLE',
  'MAINJRDESC',
  'CONTHOURS',
  'AVGHOURS',
  'NMCREG',
  'AMHP',
  'SCQUAL',
  'NONSCQUAL',
  'CWPCATEGORY',
] as const;

/** The worker header with `pairs` QUALACHnn/QUALACHnnNOTES pairs (at least 3, at most 99). */
export function workerHeader(pairs = 3): string[] {
  const n = Math.min(99, Math.max(3, pairs));
  const quals: string[] = [];
  for (let i = 1; i <= n; i += 1) {
    const nn = String(i).padStart(2, '0');
    quals.push(`QUALACH${nn}`, `QUALACH${nn}NOTES`);
  }
  return [...WORKER_HEADER_BASE, ...quals];
}

/** The training header. */
export const TRAINING_HEADER = [
  'LOCALESTID',
  'UNIQUEWORKERID',
  'CATEGORY',
  'TRAININGNAME',
  'ACCREDITED',
  'WHODELIVERED',
  'PROVIDERNAME',
  'HOWDELIVERED',
  'VALIDITY',
  'DATECOMPLETED',
  'EXPIRYDATE',
  'NOTES',
] as const;

/** ISO `YYYY-MM-DD` → ASC-WDS `DD/MM/YYYY`; null → empty. */
export function budiDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
