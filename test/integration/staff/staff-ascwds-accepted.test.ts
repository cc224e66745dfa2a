import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingProblems, workerProblems, workplaceProblems } from '@shared/domain/ascwds/rules';
import type { AscwdsExportResult } from '@shared/domain/ascwds/export';
import {
  JOB_ROLE,
  TODAY,
  aCompleteStaffMember,
  anApprenticeship,
  aWorkplace,
  openBranch,
  write,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('the ASC-WDS export of a builder-made branch passes the bulk-upload rules', () => {
  let t: TestBackend;
  let result: AscwdsExportResult;
  let staff: Record<string, string>[];
  let workplace: Record<string, string>;
  const ref: Record<string, string> = {};

  beforeAll(async () => {
    t = await openBranch();
    // Domiciliary care with two more services, one of them an "other" service ASC-WDS wants described.
    await aWorkplace(t, { otherServices: [10, 72], peopleSupported: 40 });
    const carer = await aCompleteStaffMember(t, { details: { delegatedHealthcare: true } });
    const admin = await aCompleteStaffMember(t, {
      jobRole: JOB_ROLE.administrative,
      details: { delegatedHealthcare: true },
    });
    const bank = await aCompleteStaffMember(t, {
      details: { contractType: 3, guaranteedWeeklyHours: null, startedInSector: null },
    });
    const apprentice = await aCompleteStaffMember(t, { startDate: '2025-08-01' });
    await anApprenticeship(t, apprentice.id);
    await write(t, 'qualifications.record', {
      staffId: carer.id,
      qualificationCode: 158,
      yearAchieved: 2025,
      notes: null,
    });
    Object.assign(ref, {
      carer: carer.reference,
      admin: admin.reference,
      bank: bank.reference,
      apprentice: apprentice.reference,
    });
    result = await write(t, 'ascwds.export', { employerId: null });
    staff = rows(result.files?.staff ?? '');
    workplace = rows(result.files?.workplace ?? '')[0] ?? {};
  }, 60_000);
  afterAll(async () => t.close());

  const worker = (who: string) => staff.find((r) => r.UNIQUEWORKERID === ref[who]) ?? {};

  it('writes the files with no error and no warning', () => {
    expect(result.problems).toEqual([]);
    expect({ errors: result.errors, warnings: result.warnings, workers: result.workers }).toEqual({
      errors: 0,
      warnings: 0,
      workers: 4,
    });
  });

  it('the written files, read back, pass every rule again', () => {
    const workers = new Set(staff.map((r) => r.UNIQUEWORKERID ?? ''));
    const training = rows(result.files?.training ?? '');
    expect([
      ...workplaceProblems(workplace, staff.length),
      ...staff.flatMap((r) => workerProblems(r, TODAY, new Set([workplace.LOCALESTID ?? '']))),
      ...training.flatMap((r) => trainingProblems(r, TODAY, workers)),
    ]).toEqual([]);
  });

  it('gives CAPACITY, UTILISATION and SERVICEDESC one item per service, and describes the “other” service', () => {
    expect(workplace).toMatchObject({
      ALLSERVICES: '8;10;72',
      CAPACITY: ';;',
      UTILISATION: '40;;',
      SERVICEDESC: ';;Head office services',
    });
  });

  it('counts every staff record in TOTALPERMTEMP, the bank worker included', () => {
    expect(workplace.TOTALPERMTEMP).toBe('4');
  });

  it('leaves DHA blank for a role that cannot carry out delegated healthcare, and keeps it for care roles', () => {
    expect(worker('admin').DHA).toBe('');
    expect(worker('carer').DHA).toBe('1');
  });

  it('fills APPRENTICE from the active apprenticeship and L2CARECERT from the certificate held', () => {
    expect(worker('apprentice').APPRENTICE).toBe('1');
    expect(worker('carer').APPRENTICE).toBe('2');
    expect(worker('carer').L2CARECERT).toBe('1;2025');
  });

  it('writes 999 for a year started in care that is not known, never a blank', () => {
    expect(worker('bank').STARTINSECT).toBe('999');
  });
});

describe('the app’s own checks stop a file ASC-WDS would reject', () => {
  it('refuses the export, naming worker and column, when the year in care is before the 14th birthday', async () => {
    const t = await openBranch();
    await aWorkplace(t);
    const young = await aCompleteStaffMember(t, {
      details: { startedInSector: 2000 },
      sensitive: { dateOfBirth: '1995-03-01' },
    });
    const result = await write(t, 'ascwds.export', { employerId: null });
    expect(result.files).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'staff',
        record: young.reference,
        staffId: young.id,
        column: 'STARTINSECT',
        severity: 'error',
        message: 'Year started in the sector (2000) is before the worker’s 14th birthday',
      }),
    ]);
    await t.close();
  });
});
