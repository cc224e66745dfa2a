import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_HEADER, WORKPLACE_HEADER, workerHeader } from '@shared/domain/ascwds/headers';
import {
  aCompleteStaffMember,
  aCourse,
  anAccount,
  aPartnerEmployer,
  aStaffMember,
  aTrainingRecord,
  aWorkplace,
  openBranch,
  write,
} from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;

/** A branch with a manager and a coordinator whose own records are complete, the manager's password confirmed. */
async function openBranchWithOffice(): Promise<void> {
  tb = await openBranch();
  await aWorkplace(tb);
  await anAccount(tb, 'manager', { complete: true });
  await anAccount(tb, 'coordinator', { complete: true });
  manager = await tb.signedIn('manager');
  await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
}
afterAll(async () => tb.close());

const HEADER =
  'staff_reference,first_name,last_name,job_role,start_date,home_postcode,contract_type,guaranteed_weekly_hours,' +
  'zero_hours,hourly_rate,ni_number,date_of_birth,dbs_issue_date,leaving_date,leave_reason,cwp_category';
function goodRow(i: number): string {
  return (
    `IMP${String(i).padStart(5, '0')},Ada${i},Import,8,01/03/2025,SE6 ` +
    `4RU,1,30,no,13.10,AB${String(i).padStart(6, '0')}C,1990-05-0${(i % 9) + 1},2025-02-01,,,2`
  );
}
const staffCount = async () =>
  Number(
    (
      await tb.backend.deps.db
        .selectFrom('staff')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('staff import', () => {
  beforeAll(async () => {
    await openBranchWithOffice();
    // A bare record beside the complete ones: the export must carry blanks through too.
    await aStaffMember(tb, { reference: 'BARE-1' });
  });
  afterAll(async () => tb.close());

  it('imports nothing when one row among 1,000 is bad, and names row, column and reason', async () => {
    const before = await staffCount();
    const rows = Array.from({ length: 1000 }, (_, i) => goodRow(i));
    rows[499] = rows[499]!.replace('SE6 4RU', 'NOWHERE');
    const result = await manager.ok('staff.import', { csv: [HEADER, ...rows].join('\n') });
    expect(result.imported).toBe(false);
    expect(result.problems).toEqual([
      { row: 501, column: 'home_postcode', reason: expect.stringMatching(/postcode/i) },
    ]);
    expect(await staffCount()).toBe(before);
  });

  it.each([
    ['unknown code', (r: string) => r.replace(/,2$/, ',12'), 'cwp_category'],
    ['leaving before starting', (r: string) => r.replace(',,,2', ',2024-01-01,5,2'), 'leaving_date'],
    ['DBS issued in the future', (r: string) => r.replace('2025-02-01', '2030-02-01'), 'dbs_issue_date'],
    ['age under 16', (r: string) => r.replace(/1990-05-0\d/, '2012-01-01'), 'date_of_birth'],
    ['rate below zero', (r: string) => r.replace('13.10', '-1.00'), 'hourly_rate'],
    ['malformed NI number', (r: string) => r.replace(/AB\d{6}C/, 'AB12C'), 'ni_number'],
    ['impossible date', (r: string) => r.replace('01/03/2025', '31/02/2025'), 'start_date'],
  ])('refuses %s with the column', async (_label, spoil, column) => {
    const result = await manager.ok('staff.import', { csv: [HEADER, spoil(goodRow(1))].join('\n') });
    expect(result.imported).toBe(false);
    expect(result.problems.map((p) => p.column)).toContain(column);
  });

  it('carries who may work in and out (right-to-work check and expiry, suspension), naming a bad expiry', async () => {
    const header =
      'staff_reference,first_name,last_name,job_role,start_date,rtw_checked_on,rtw_expiry,suspended_from,' +
      'suspended_until';
    const row = 'ELIG-1,Eli,Gible,8,01/03/2025,2025-02-20,2027-02-19,2026-12-01,2026-12-04';
    const bad = await manager.ok('staff.import', { csv: [header, row.replace('2027-02-19', '2025-01-01')].join('\n') });
    expect(bad.problems.map((p) => [p.row, p.column])).toEqual([[2, 'rtw_expiry']]);
    expect(await manager.ok('staff.import', { csv: [header, row].join('\n') })).toMatchObject({ imported: true });
    const exported = await manager.ok('staff.exportCsv', { includeArchived: false });
    const [head = '', ...lines] = exported.csv.split('\r\n');
    const columns = head.split(',');
    const line = (lines.find((l) => l.startsWith('ELIG-1,')) ?? '').split(',');
    const cell = (name: string) => line[columns.indexOf(name)];
    expect(['rtw_checked_on', 'rtw_expiry', 'suspended_from', 'suspended_until'].map(cell)).toEqual([
      '2025-02-20',
      '2027-02-19',
      '2026-12-01',
      '2026-12-04',
    ]);
  });

  it('imports a good file in one go and re-importing updates instead of duplicating', async () => {
    const before = await staffCount();
    const csv = [HEADER, ...Array.from({ length: 50 }, (_, i) => goodRow(i))].join('\n');
    const first = await manager.ok('staff.import', { csv });
    expect(first).toMatchObject({ imported: true, created: 50, updated: 0 });
    const second = await manager.ok('staff.import', { csv: csv.replace('Ada3,', 'Adaline3,') });
    expect(second).toMatchObject({ imported: true, created: 0, updated: 50 });
    expect(await staffCount()).toBe(before + 50);
    const list = await manager.ok('staff.list', { search: 'Adaline3' });
    expect(list.total).toBe(1);
    const profile = await manager.ok('staff.getProfile', { id: list.rows[0]!.id });
    expect(profile.currentPencePerHour).toBe(1310);
    expect(profile.payHistory).toHaveLength(1);
  });

  it('asks for the password again before writing sensitive fields, and audits each record by id', async () => {
    // A branch of its own: the records it imports would otherwise show up in the ASC-WDS checks below.
    const own = await openBranch();
    await anAccount(own, 'manager');
    const fresh = await own.signedIn('manager');
    const withSensitive = [HEADER, goodRow(7001), goodRow(7002)].join('\n');
    expect(await fresh.ok('staff.import', { csv: withSensitive, dryRun: true })).toMatchObject({ problems: [] });
    expect(await fresh.call('staff.import', { csv: withSensitive })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'reauth_required' },
    });
    // Without sensitive columns a file imports as before.
    const plain = 'staff_reference,first_name,last_name,job_role,start_date\nPLAIN-1,Pat,Plain,8,01/03/2025';
    expect(await fresh.ok('staff.import', { csv: plain })).toMatchObject({ imported: true, created: 1 });
    await fresh.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const result = await fresh.ok('staff.import', { csv: withSensitive });
    expect(result).toMatchObject({ imported: true, created: 2 });

    const ids = (await fresh.ok('staff.list', { search: 'IMP0700' })).rows.map((r) => r.id).sort();
    expect(ids).toHaveLength(2);
    const entries = await fresh.ok('audit.list', { action: 'staff.import', limit: 10 });
    expect(
      entries
        .filter((e) => e.entityId !== null)
        .map((e) => [e.entityId, e.detail])
        .slice(0, 2)
        .sort(),
    ).toEqual(ids.map((id) => [id, 'created']));
    expect(entries.find((e) => e.entityId === null && e.outcome === 'success')?.detail).toBe('2 created, 0 updated');
    // Ids only: no names, NI numbers or dates of birth in the entries.
    expect(JSON.stringify(entries)).not.toMatch(/Ada700|AB0070|1990-05/);
    await own.close();
  });

  it('is refused to a coordinator', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const result = await coordinator.call('staff.import', { csv: HEADER });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });

  it('exports the staff list after re-authentication, and the export re-imports without change', async () => {
    const fresh = await tb.signedIn('manager');
    const refused = await fresh.call('staff.exportCsv', {});
    expect(!refused.ok && refused.error.reason).toBe('reauth_required');
    const exported = await manager.ok('staff.exportCsv', {});
    expect(exported.rows).toBe(await staffCount());
    expect(exported.csv).toContain('BARE-1');
    expect(exported.csv).not.toMatch(/ni_number|date_of_birth/);
    const again = await manager.ok('staff.import', { csv: exported.csv, dryRun: true });
    expect(again.problems).toEqual([]);
    expect(again.created).toBe(0);
  });
});

describe('ASC-WDS export', () => {
  let qualifiedReference: string;
  beforeAll(async () => {
    await openBranchWithOffice();
    const course = await aCourse(tb, { name: 'Safeguarding adults' });
    const workers = [await aCompleteStaffMember(tb), await aCompleteStaffMember(tb), await aCompleteStaffMember(tb)];
    for (const worker of workers)
      await aTrainingRecord(tb, { staffId: worker.id, courseId: course.id, completedOn: '2026-03-02' });
    qualifiedReference = workers[0]!.reference;
    await write(tb, 'qualifications.record', {
      staffId: workers[0]!.id,
      qualificationCode: 130, // Diploma in care, higher level: RQF level 3
      yearAchieved: 2022,
      notes: null,
    });
    const partner = await aPartnerEmployer(tb);
    await aCompleteStaffMember(tb, { details: { employerId: partner } });
  });

  it('writes the three files with exact headers and raises no error when every record is complete', async () => {
    const preview = await manager.ok('ascwds.preview', {});
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const result = await manager.ok('ascwds.export', {});
    expect(result.files).not.toBeNull();
    const staff = Papa.parse<string[]>(result.files!.staff.trim()).data;
    // At least three QUALACH pairs, more when someone holds more qualifications (ASC-WDS allows up to 99).
    const pairs = ((staff[0]?.length ?? 0) - (workerHeader(3).length - 6)) / 2;
    expect(pairs).toBeGreaterThanOrEqual(3);
    expect(staff[0]).toEqual(workerHeader(pairs));
    expect(staff.slice(1).every((row) => row[2] === 'NEW')).toBe(true);
    expect(result.files!.workplace.split('\r\n')[0]).toBe(WORKPLACE_HEADER.join(','));
    expect(result.files!.training.split('\r\n')[0]).toBe(TRAINING_HEADER.join(','));
    // Qualifications come from the pathway's records: those who hold a social-care qualification get its level.
    const scqual = new Map(staff.slice(1).map((row) => [row[1], row[workerHeader(pairs).indexOf('SCQUAL')]]));
    expect(scqual.get(qualifiedReference)).toBe('1;3');
    expect([...scqual].filter(([reference]) => reference !== qualifiedReference).map(([, value]) => value)).toEqual(
      Array.from({ length: scqual.size - 1 }, () => '999'),
    );
    const training = Papa.parse<string[]>(result.files!.training.trim()).data;
    // The header and the three safeguarding records.
    expect(training.length).toBe(4);
    const second = await manager.ok('ascwds.export', {});
    const rows = Papa.parse<string[]>(second.files!.staff.trim()).data.slice(1);
    expect(rows.every((row) => row[2] === 'UPDATE')).toBe(true);
    expect(second.newWorkers).toBe(0);
  });

  it('covers only the lead provider’s staff; partner staff export separately', async () => {
    const employers = await manager.ok('workplace.employers', {});
    const partner = employers.find((e) => !e.lead)!;
    const lead = await manager.ok('ascwds.preview', {});
    const theirs = await manager.ok('ascwds.preview', { employerId: partner.id });
    expect(theirs.workers).toBe(1);
    const all = await tb.backend.deps.db
      .selectFrom('staff')
      .select('id')
      .where('status', '=', 'active')
      .where('leaving_date', 'is', null)
      .execute();
    expect(lead.workers + theirs.workers).toBe(all.length);
  });

  it(
    'reports the Care Certificate, the Level 2 certificate and ' +
      'days sick from the training, pathway and sickness records',
    async () => {
      const created = await manager.ok('staff.create', {
        reference: 'ASC-FACTS',
        givenName: 'Facts',
        familyName: 'Worker',
        preferredName: null,
        jobRole: 8,
        email: null,
        phone: null,
        startDate: '2025-01-06',
      });
      await manager.ok('staff.updateDetails', { id: created.id, details: { contractType: 1 } });
      const rowOf = async () => {
        const exported = await manager.ok('ascwds.export', {});
        const staff = Papa.parse<string[]>(exported.files!.staff.trim()).data;
        const header = staff[0] ?? [];
        const row = staff.find((r) => r[1] === 'ASC-FACTS') ?? [];
        return (column: string) => row[header.indexOf(column)];
      };
      const before = await rowOf();
      expect([before('CARECERT'), before('L2CARECERT'), before('DAYSSICK')]).toEqual(['2', '', '0']);

      for (const standard of [1, 2, 3])
        await manager.ok('training.signOffStandard', { staffId: created.id, standard, signedOffOn: '2025-02-03' });
      await manager.ok('qualifications.record', {
        staffId: created.id,
        qualificationCode: 158,
        yearAchieved: 2025,
        notes: null,
      });
      // Off from Tuesday afternoon to the end of Wednesday: a day and a half; and a day two years ago, outside the 12
      // months.
      await manager.ok('availability.recordSickness', {
        staffId: created.id,
        startDate: '2026-10-13',
        startMinute: 780,
        expectedEndDate: '2026-10-14',
        note: null,
      });
      await manager.ok('availability.recordSickness', {
        staffId: created.id,
        startDate: '2025-01-07',
        startMinute: 0,
        expectedEndDate: '2025-01-07',
        note: null,
      });
      const after = await rowOf();
      expect([after('CARECERT'), after('L2CARECERT'), after('DAYSSICK')]).toEqual(['3', '1;2025', '1.5']);

      for (let standard = 4; standard <= 16; standard += 1)
        await manager.ok('training.signOffStandard', { staffId: created.id, standard, signedOffOn: '2025-03-03' });
      expect((await rowOf())('CARECERT')).toBe('1');
    },
  );

  it('reports the year started in the sector, delegated healthcare and country of birth from the record', async () => {
    const created = await manager.ok('staff.create', {
      reference: 'ASC-ORIGIN',
      givenName: 'Origin',
      familyName: 'Worker',
      preferredName: null,
      jobRole: 8,
      email: null,
      phone: null,
      startDate: '2024-03-04',
    });
    await manager.ok('staff.updateDetails', {
      id: created.id,
      details: { contractType: 1, startedInSector: 2016, delegatedHealthcare: true },
    });
    await manager.ok('staff.updateSensitive', { id: created.id, sensitive: { countryOfBirth: 0 } });
    const exported = await manager.ok('ascwds.export', {});
    const staff = Papa.parse<string[]>(exported.files!.staff.trim()).data;
    const header = staff[0] ?? [];
    const row = staff.find((r) => r[1] === 'ASC-ORIGIN') ?? [];
    // "Prefer not to say" goes to ASC-WDS as 998, don't know.
    expect(['STARTINSECT', 'DHA', 'COUNTRYOFBIRTH'].map((c) => row[header.indexOf(c)])).toEqual(['2016', '1', '998']);
  });

  it('shows a record that would be rejected and writes nothing', async () => {
    const { id } = await tb.backend.deps.db
      .selectFrom('staff')
      .select('id')
      .where('employer_id', 'is', null)
      .where('job_role', '=', 8)
      .executeTakeFirstOrThrow();
    await tb.backend.deps.db.updateTable('staff').set({ contract_type: null }).where('id', '=', id).execute();
    const result = await manager.ok('ascwds.export', {});
    expect(result.files).toBeNull();
    expect(result.problems).toContainEqual(
      expect.objectContaining({ file: 'staff', column: 'EMPLSTATUS', severity: 'error', staffId: id }),
    );
    await manager.ok('staff.updateDetails', { id, details: { contractType: 1 } });
  });
});
