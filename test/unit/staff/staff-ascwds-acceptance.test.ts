import { describe, expect, it } from 'vitest';
import { workerProblems, workplaceProblems, type AscwdsProblem } from '@shared/domain/ascwds/rules';

// The rules ASC-WDS's bulk upload applies that the app's checks missed: each one named per record and per column.
const TODAY = '2026-11-23';
const worker: Record<string, string> = {
  LOCALESTID: 'TEST-HUB',
  UNIQUEWORKERID: 'S0001',
  STATUS: 'NEW',
  DISPLAYID: 'Ada Okafor',
  DOB: '01/05/1990',
  STARTDATE: '08/01/2024',
  STARTINSECT: '2012',
  DHA: '2',
  APPRENTICE: '2',
  EMPLSTATUS: '1',
  ZEROHRCONT: '2',
  MAINJOBROLE: '8',
  CONTHOURS: '30',
};
const workplace: Record<string, string> = {
  LOCALESTID: 'TEST-HUB',
  STATUS: 'NEW',
  ESTNAME: 'Test Neighbourhood Hub',
  ADDRESS1: '12 Rushey Green',
  POSTCODE: 'SE6 4JD',
  ESTTYPE: '6',
  REGTYPE: '0',
  MAINSERVICE: '8',
  ALLSERVICES: '8;10',
  CAPACITY: ';',
  UTILISATION: '40;',
  SERVICEDESC: ';',
  TOTALPERMTEMP: '3',
  ALLJOBROLES: '8',
  STARTERS: '0',
  LEAVERS: '0',
  VACANCIES: '0',
  TRAVELTIME: '1',
};
const ids = new Set(['TEST-HUB']);
const onWorker = (change: Record<string, string>) => workerProblems({ ...worker, ...change }, TODAY, ids);
const onWorkplace = (change: Record<string, string>) => workplaceProblems({ ...workplace, ...change }, 3);
const where = (problems: AscwdsProblem[]) => problems.map((p) => `${p.record} ${p.column}: ${p.message}`);

describe('ASC-WDS acceptance: the services lists', () => {
  it('accepts ALLSERVICES with CAPACITY, UTILISATION and SERVICEDESC of the same length, blank items included', () => {
    expect(onWorkplace({})).toEqual([]);
    expect(onWorkplace({ ALLSERVICES: '8', CAPACITY: '', UTILISATION: '', SERVICEDESC: '' })).toEqual([]);
  });

  it('refuses each list whose length differs from ALLSERVICES, naming the list and the lengths', () => {
    expect(where(onWorkplace({ CAPACITY: '' }))).toEqual([
      'TEST-HUB CAPACITY: Must have 2 items, one per service in ALLSERVICES; has 1',
    ]);
    expect(where(onWorkplace({ UTILISATION: '40' }))).toEqual([
      'TEST-HUB UTILISATION: Must have 2 items, one per service in ALLSERVICES; has 1',
    ]);
    expect(where(onWorkplace({ SERVICEDESC: '' }))).toEqual([
      'TEST-HUB SERVICEDESC: Must have 2 items, one per service in ALLSERVICES; has 1',
    ]);
  });

  it('needs a description for an “other” service and whole numbers for capacity', () => {
    expect(onWorkplace({ ALLSERVICES: '8;72' }).map((p) => p.column)).toEqual(['SERVICEDESC']);
    expect(onWorkplace({ ALLSERVICES: '8;72', SERVICEDESC: ';Head office services' })).toEqual([]);
    expect(onWorkplace({ CAPACITY: 'ten;' }).map((p) => p.column)).toEqual(['CAPACITY']);
  });
});

describe('ASC-WDS acceptance: TOTALPERMTEMP against the staff file', () => {
  it('warns when the total differs from the staff records, with the count', () => {
    expect(workplaceProblems(workplace, 4)).toEqual([
      expect.objectContaining({
        column: 'TOTALPERMTEMP',
        severity: 'warning',
        message: 'Differs from the 4 staff records in the staff file',
      }),
    ]);
  });
});

describe('ASC-WDS acceptance: delegated healthcare activities by job role', () => {
  it('refuses a DHA answer for a role that cannot carry them out, naming the role', () => {
    expect(where(onWorker({ MAINJOBROLE: '25', DHA: '1' }))).toEqual([
      'S0001 DHA: Leave blank: ASC-WDS does not ask about delegated healthcare activities ' +
        'for the role “Administrative”',
    ]);
    expect(onWorker({ MAINJOBROLE: '16', DHA: '2' }).map((p) => p.column)).toEqual(['DHA']);
  });

  it('accepts DHA for care roles and a blank DHA for any role', () => {
    expect(onWorker({ MAINJOBROLE: '8', DHA: '1' })).toEqual([]);
    expect(onWorker({ MAINJOBROLE: '25', DHA: '' })).toEqual([]);
  });
});

describe('ASC-WDS acceptance: the year started in care', () => {
  it('refuses a year before the worker’s 14th birthday', () => {
    expect(where(onWorker({ STARTINSECT: '2003' }))).toEqual([
      'S0001 STARTINSECT: Year started in the sector (2003) is before the worker’s 14th birthday',
    ]);
    expect(onWorker({ STARTINSECT: '2004' })).toEqual([]);
  });

  it('asks for 999 rather than a blank when the year is not known', () => {
    expect(onWorker({ STARTINSECT: '' }).map((p) => p.column)).toEqual(['STARTINSECT']);
    expect(onWorker({ STARTINSECT: '999' })).toEqual([]);
  });
});

describe('ASC-WDS acceptance: apprentice and contracted hours', () => {
  it('accepts APPRENTICE 1, 2 or 999 only', () => {
    expect(onWorker({ APPRENTICE: '1' })).toEqual([]);
    expect(onWorker({ APPRENTICE: 'yes' }).map((p) => p.column)).toEqual(['APPRENTICE']);
  });

  it('refuses 0 contracted hours on a contract that is not zero-hours', () => {
    expect(onWorker({ CONTHOURS: '0' }).map((p) => p.column)).toEqual(['CONTHOURS']);
  });
});
