import { describe, expect, it } from 'vitest';
import { TRAINING_HEADER, WORKPLACE_HEADER, budiDate, workerHeader } from '@shared/domain/ascwds/headers';
import { parseBudiDate, trainingProblems, workerProblems, workplaceProblems } from '@shared/domain/ascwds/rules';
import { charterItems } from '@shared/domain/staff/charter';

const TODAY = '2026-11-23';
const worker: Record<string, string> = {
  LOCALESTID: 'LWP-CATFORD',
  UNIQUEWORKERID: 'NH00001',
  STATUS: 'NEW',
  DISPLAYID: 'Ada Lovelace',
  NINUMBER: 'AB123456C',
  POSTCODE: 'SE6 4RU',
  DOB: '01/02/1990',
  GENDER: '2',
  ETHNICITY: '31',
  NATIONALITY: '826',
  DISABLED: '0',
  RECSOURCE: '12',
  STARTDATE: '01/03/2020',
  STARTINSECT: '2018',
  EMPLSTATUS: '1',
  ZEROHRCONT: '2',
  SALARYINT: '3',
  HOURLYRATE: '13.10',
  MAINJOBROLE: '8',
  MAINJRDESC: '',
  CONTHOURS: '30',
  AVGHOURS: '',
  SCQUAL: '999',
  CWPCATEGORY: '2',
};
const ids = new Set(['LWP-CATFORD']);
const columns = (row: Record<string, string>) => workerProblems(row, TODAY, ids).map((p) => p.column);

describe('ASC-WDS headers', () => {
  it('are in the exact BUDI order', () => {
    expect(WORKPLACE_HEADER.join(',')).toBe(
      'LOCALESTID,STATUS,ESTNAME,ADDRESS1,ADDRESS2,ADDRESS3,POSTTOWN,POSTCODE,ESTTYPE,OTHERTYPE,PERMCQC,PERMLA,' +
        'REGTYPE,PROVNUM,LOCATIONID,MAINSERVICE,ALLSERVICES,CAPACITY,UTILISATION,SERVICEDESC,SERVICEUSERS,' +
        'OTHERUSERDESC,DHA,DHAACTIVITIES,TOTALPERMTEMP,ALLJOBROLES,STARTERS,LEAVERS,VACANCIES,REASONS,REASONNOS,' +
        'REPEATTRAINING,CWPAWARE,CWPUSE,CWPUSEDESC,SICKPAY,PENSION,ACTUALCONT,' +
        'OPTOUTPEN,HOLIDAY,SLEEPINS,SLEEPINPAY,TRAVELTIME,TTDIFFRATE',
    );
    expect(workerHeader(3).join(',')).toBe(
      'LOCALESTID,UNIQUEWORKERID,STATUS,DISPLAYID,NINUMBER,POSTCODE,' +
        'DOB,GENDER,ETHNICITY,NATIONALITY,BRITISHCITIZENSHIP,' +
        'COUNTRYOFBIRTH,YEAROFENTRY,DISABLED,CARECERT,L2CARECERT,RECSOURCE,HANDCVISA,INOUTUK,STARTDATE,STARTINSECT,' +
        'DHA,APPRENTICE,EMPLSTATUS,ZEROHRCONT,DAYSSICK,SALARYINT,SALARY,HOURLYRATE,MAINJOBROLE,MAINJRDESC,CONTHOURS,' +
        'AVGHOURS,NMCREG,AMHP,SCQUAL,NONSCQUAL,CWPCATEGORY,QUALACH01,' +
        'QUALACH01NOTES,QUALACH02,QUALACH02NOTES,QUALACH03,QUALACH03NOTES',
    );
    expect(workerHeader(5).slice(-2)).toEqual(['QUALACH05', 'QUALACH05NOTES']);
    expect(TRAINING_HEADER.join(',')).toBe(
      'LOCALESTID,UNIQUEWORKERID,CATEGORY,TRAININGNAME,ACCREDITED,WHODELIVERED,' +
        'PROVIDERNAME,HOWDELIVERED,VALIDITY,DATECOMPLETED,EXPIRYDATE,NOTES',
    );
  });
  it('write dates as DD/MM/YYYY and read only real ones', () => {
    expect(budiDate('2026-04-01')).toBe('01/04/2026');
    expect(parseBudiDate('31/02/2026')).toBeNull();
    expect(parseBudiDate('28/02/2026')).toBe('2026-02-28');
  });
});

describe('ASC-WDS worker rules', () => {
  it('accept a good row', () => expect(workerProblems(worker, TODAY, ids)).toEqual([]));
  it('accept the Care Certificate, Level 2 certificate and days-sick answers the app writes', () => {
    expect(
      workerProblems(
        {
          ...worker,
          CARECERT: '3',
          L2CARECERT: '1;2025',
          DAYSSICK: '1.5',
          STARTINSECT: '2015',
          DHA: '1',
          COUNTRYOFBIRTH: '826',
        },
        TODAY,
        ids,
      ),
    ).toEqual([]);
  });
  it.each([
    [{ NINUMBER: 'A1234' }, 'NINUMBER'],
    [{ POSTCODE: 'SE64RU' }, 'POSTCODE'],
    [{ DOB: '01/01/2015' }, 'DOB'],
    [{ GENDER: '7' }, 'GENDER'],
    [{ ETHNICITY: '30' }, 'ETHNICITY'],
    [{ EMPLSTATUS: '' }, 'EMPLSTATUS'],
    [{ EMPLSTATUS: '5' }, 'EMPLSTATUS'],
    [{ ZEROHRCONT: '1' }, 'CONTHOURS'],
    [{ CONTHOURS: '80' }, 'CONTHOURS'],
    [{ CONTHOURS: '30.25' }, 'CONTHOURS'],
    [{ MAINJOBROLE: '99' }, 'MAINJOBROLE'],
    [{ MAINJOBROLE: '23' }, 'MAINJRDESC'],
    [{ STARTDATE: '01/01/2030' }, 'STARTDATE'],
    [{ HOURLYRATE: '13.105' }, 'HOURLYRATE'],
    [{ CWPCATEGORY: '8' }, 'CWPCATEGORY'],
    [{ SCQUAL: '1' }, 'SCQUAL'],
    [{ QUALACH01: '302;2031' }, 'QUALACH01'],
    [{ LOCALESTID: 'OTHER' }, 'LOCALESTID'],
    [{ CARECERT: '4' }, 'CARECERT'],
    [{ STARTINSECT: '2031' }, 'STARTINSECT'],
    [{ STARTINSECT: '95' }, 'STARTINSECT'],
    [{ DHA: '3' }, 'DHA'],
    [{ COUNTRYOFBIRTH: 'UK' }, 'COUNTRYOFBIRTH'],
    [{ L2CARECERT: '1;2023' }, 'L2CARECERT'],
    [{ L2CARECERT: '1' }, 'L2CARECERT'],
    [{ DAYSSICK: '2.25' }, 'DAYSSICK'],
    [{ DAYSSICK: '400' }, 'DAYSSICK'],
  ])('refuse %j', (change, column) => {
    expect(columns({ ...worker, ...change })).toContain(column);
  });
});

describe('ASC-WDS workplace and training rules', () => {
  const workplace: Record<string, string> = {
    LOCALESTID: 'LWP-CATFORD',
    STATUS: 'NEW',
    ESTNAME: 'Catford',
    ADDRESS1: '12 Rushey Green',
    POSTCODE: 'SE6 4JD',
    ESTTYPE: '6',
    PERMCQC: '1',
    PERMLA: '1',
    REGTYPE: '2',
    PROVNUM: '1-101000001',
    LOCATIONID: '1-000000001',
    MAINSERVICE: '8',
    ALLSERVICES: '8;13',
    CAPACITY: ';',
    UTILISATION: '120;',
    SERVICEDESC: ';',
    TOTALPERMTEMP: '10',
    ALLJOBROLES: '8;45',
    STARTERS: '1;0',
    LEAVERS: '2;0',
    VACANCIES: '6;1',
    REASONS: '5;6',
    REASONNOS: '1;1',
    SICKPAY: '1',
    PENSION: '1',
    ACTUALCONT: '5',
    HOLIDAY: '28',
    TRAVELTIME: '1',
  };
  it('accept a good workplace and flag mismatched leavers, missing CQC ids and staff totals', () => {
    expect(workplaceProblems(workplace, 10)).toEqual([]);
    expect(workplaceProblems({ ...workplace, REASONNOS: '1;0' }, 10).map((p) => p.column)).toContain('REASONNOS');
    expect(workplaceProblems({ ...workplace, PROVNUM: '' }, 10).map((p) => p.column)).toContain('PROVNUM');
    expect(workplaceProblems(workplace, 12)).toEqual([
      expect.objectContaining({ column: 'TOTALPERMTEMP', severity: 'warning' }),
    ]);
    expect(workplaceProblems({ ...workplace, ALLSERVICES: '13' }, 10).map((p) => p.column)).toContain('ALLSERVICES');
  });
  it('check training rows against the staff file', () => {
    const row = {
      LOCALESTID: 'LWP-CATFORD',
      UNIQUEWORKERID: 'NH00001',
      CATEGORY: '10',
      TRAININGNAME: 'IPC',
      ACCREDITED: '1',
      WHODELIVERED: '1',
      PROVIDERNAME: '',
      HOWDELIVERED: '2',
      VALIDITY: '12',
      DATECOMPLETED: '01/01/2026',
      EXPIRYDATE: '31/12/2026',
      NOTES: '',
    };
    const workers = new Set(['NH00001']);
    expect(trainingProblems(row, TODAY, workers)).toEqual([]);
    expect(trainingProblems({ ...row, CATEGORY: '3' }, TODAY, workers).map((p) => p.column)).toEqual(['CATEGORY']);
    expect(trainingProblems({ ...row, EXPIRYDATE: '01/01/2025' }, TODAY, workers).map((p) => p.column)).toEqual([
      'EXPIRYDATE',
    ]);
    expect(trainingProblems({ ...row, UNIQUEWORKERID: 'NH99999' }, TODAY, workers).map((p) => p.column)).toEqual([
      'UNIQUEWORKERID',
    ]);
  });
});

describe('Charter checklist', () => {
  const facts = {
    workers: 10,
    travelPaidFull: 10,
    travelAnswer: 1,
    zeroHours: 0,
    withSickPay: 10,
    sickPayPaid: { from: '2025-11-24', sickDays: 0, ospDays: 0, ospPence: 0 },
    belowLivingWage: 0,
    livingWageLabel: 'London Living Wage',
    livingWagePence: 1480,
    rota: null,
    declared: { concernsProcedure: true, trainingInPaidTime: null, coworkerMeetings: false },
  };
  const status = (f: typeof facts, stage: number, n: number) =>
    charterItems(f).find((i) => i.stage === stage && i.number === n)?.status;
  it('derives statuses from the figures', () => {
    expect(status(facts, 3, 1)).toBe('met');
    expect(status({ ...facts, belowLivingWage: 3 }, 3, 1)).toBe('not_met');
    expect(status({ ...facts, zeroHours: 1 }, 2, 2)).toBe('not_met');
    expect(status({ ...facts, withSickPay: 9 }, 3, 2)).toBe('not_met');
    expect(status({ ...facts, travelPaidFull: 9 }, 1, 3)).toBe('not_met');
    expect(status(facts, 2, 1)).toBe('not_measured');
    expect(status(facts, 2, 3)).toBe('met');
    expect(status(facts, 2, 4)).toBe('not_measured');
    expect(status(facts, 2, 5)).toBe('not_met');
  });
});
