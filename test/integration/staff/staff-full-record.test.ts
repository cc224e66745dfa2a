import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompleteStaffMember, anAccount, openBranch, signedInAs } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;
let staffId: string;

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'coordinator');
  await anAccount(tb, 'worker');
  manager = (await signedInAs(tb, 'manager')).client;
  // A care worker who started in January 2024, with every part of the record filled in (see aCompleteStaffMember).
  staffId = (await aCompleteStaffMember(tb, { startDate: '2024-01-08', details: { startedInSector: 2019 } })).id;
});
afterAll(async () => tb.close());

function issuePaths(result: { ok: boolean; error?: { issues?: { path: (string | number)[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('full staff record', () => {
  it('returns the worker with details, pay history and references', async () => {
    const profile = await manager.ok('staff.getProfile', { id: staffId });
    expect(profile.details.homePostcode).toBe('SE6 4RU');
    expect(profile.payHistory.map((r) => [r.effectiveFrom, r.pencePerHour])).toEqual([['2024-01-08', 1400]]);
    expect(profile.currentPencePerHour).toBe(1400);
    expect(profile.references.map((r) => r.refereeName)).toEqual(['Ruth Okoro', 'Tom Reid']);
  });

  it('updates one tab and keeps the rest', async () => {
    const before = await manager.ok('staff.getProfile', { id: staffId });
    const after = await manager.ok('staff.updateDetails', {
      id: staffId,
      details: { pronouns: 'they/them', homePostcode: 'se6 4ru' },
    });
    expect(after.details.pronouns).toBe('they/them');
    expect(after.details.homePostcode).toBe('SE6 4RU');
    expect(after.details.emergencyName).toBe(before.details.emergencyName);
    expect(after.details.emergencyName).toBe('Sam Evans');
  });

  it.each([
    [{ cwpCategory: 12 }, 'details.cwpCategory'],
    [{ contractType: 5 }, 'details.contractType'],
    [{ leaveReason: 42 }, 'details.leaveReason'],
    [{ homePostcode: 'NOT A CODE' }, 'details.homePostcode'],
    [{ guaranteedWeeklyHours: -1 }, 'details.guaranteedWeeklyHours'],
    [{ rtwExpiry: '2026-02-30' }, 'details.rtwExpiry'],
  ])('refuses bad field %j naming the field', async (details, path) => {
    const result = await manager.raw('staff.updateDetails', { id: staffId, details });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    expect(issuePaths(result as never)).toContain(path);
  });

  it('refuses a leaving date before the start date', async () => {
    const result = await manager.call('staff.updateDetails', {
      id: staffId,
      details: { leavingDate: '1990-01-01', leaveReason: 5 },
    });
    expect(issuePaths(result as never)).toEqual(['details.leavingDate']);
  });

  it('refuses a right-to-work expiry before its check and a suspension ending before it starts', async () => {
    const before = await manager.ok('staff.getProfile', { id: staffId });
    const expiry = await manager.call('staff.updateDetails', {
      id: staffId,
      details: { rtwDocumentType: 'share_code', rtwCheckedOn: '2026-11-20', rtwExpiry: '2026-11-19' },
    });
    expect(expiry.ok).toBe(false);
    if (!expiry.ok) {
      expect(expiry.error.code).toBe('VALIDATION');
      expect(expiry.error.issues).toEqual([
        {
          path: ['details', 'rtwExpiry'],
          message: 'The right-to-work expiry cannot be before the date it was checked',
        },
      ]);
    }
    const suspension = await manager.call('staff.updateDetails', {
      id: staffId,
      details: { suspendedFrom: '2026-12-08', suspendedUntil: '2026-12-07' },
    });
    expect(issuePaths(suspension as never)).toEqual(['details.suspendedUntil']);
    expect((await manager.ok('staff.getProfile', { id: staffId })).details).toEqual(before.details);
  });

  it('refuses a start date moved after the leaving date, naming the field, and keeps the record', async () => {
    const record = await manager.ok('staff.get', { id: staffId });
    await manager.ok('staff.updateDetails', { id: staffId, details: { leavingDate: '2026-12-01', leaveReason: 5 } });
    const { id: _id, status: _s, createdAt: _c, updatedAt: _u, ...input } = record;
    const moved = await manager.call('staff.update', { id: staffId, staff: { ...input, startDate: '2026-12-02' } });
    expect(moved.ok).toBe(false);
    if (!moved.ok) {
      expect(moved.error.code).toBe('VALIDATION');
      expect(moved.error.issues?.[0]).toEqual({
        path: ['staff', 'startDate'],
        message: 'The start date cannot be after the leaving date (Tue 1 Dec 2026)',
      });
    }
    expect((await manager.ok('staff.get', { id: staffId })).startDate).toBe(record.startDate);
    await manager.ok('staff.updateDetails', { id: staffId, details: { leavingDate: null, leaveReason: null } });
  });

  it('refuses a year in the sector after they joined, and a year that is not a number, naming the field', async () => {
    const profile = await manager.ok('staff.getProfile', { id: staffId });
    expect(profile.details.startedInSector).toBe(2019);
    const afterJoining = 2025; // they joined this branch in 2024
    const late = await manager.call('staff.updateDetails', { id: staffId, details: { startedInSector: afterJoining } });
    expect(issuePaths(late as never)).toEqual(['details.startedInSector']);
    const text = await manager.raw('staff.updateDetails', { id: staffId, details: { startedInSector: 'twenty' } });
    expect(issuePaths(text as never)).toEqual(['details.startedInSector']);
    expect((await manager.ok('staff.getProfile', { id: staffId })).details.startedInSector).toBe(
      profile.details.startedInSector,
    );
  });

  it('refuses guaranteed hours on a zero-hours contract', async () => {
    const result = await manager.call('staff.updateDetails', {
      id: staffId,
      details: { zeroHours: true, guaranteedWeeklyHours: 20 },
    });
    expect(issuePaths(result as never)).toEqual(['details.guaranteedWeeklyHours']);
  });

  it('refuses a rate below zero', async () => {
    const result = await manager.call('staff.addPayRate', {
      id: staffId,
      rate: { effectiveFrom: '2026-10-01', pencePerHour: -5, note: null },
    });
    expect(issuePaths(result as never)).toEqual(['rate.pencePerHour']);
  });

  it('keeps pay history and uses the latest effective rate', async () => {
    const profile = await manager.ok('staff.addPayRate', {
      id: staffId,
      rate: { effectiveFrom: '2026-11-01', pencePerHour: 1500, note: 'Annual review' },
    });
    expect(profile.currentPencePerHour).toBe(1500);
    const future = await manager.ok('staff.addPayRate', {
      id: staffId,
      rate: { effectiveFrom: '2027-04-01', pencePerHour: 1600, note: null },
    });
    expect(future.currentPencePerHour).toBe(1500);
    expect(future.payHistory[0]!.pencePerHour).toBe(1600);
  });
});

describe('sensitive fields', () => {
  it('needs re-authentication, then shows and audits each view', async () => {
    const fresh = await tb.signedIn('manager');
    const refused = await fresh.call('staff.getSensitive', { id: staffId });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('FORBIDDEN');
      expect(refused.error.reason).toBe('reauth_required');
    }
    await fresh.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const sensitive = await fresh.ok('staff.getSensitive', { id: staffId });
    expect(sensitive.niNumber).toBe('AB123456C');
    await fresh.ok('staff.getSensitive', { id: staffId });
    const audit = await tb.backend.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'staff.viewSensitive')
      .where('entity_id', '=', staffId)
      .execute();
    expect(audit.length).toBe(2);
  });

  it('are not in the profile a coordinator reads, and a coordinator cannot ask for them', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const profile = await coordinator.ok('staff.getProfile', { id: staffId });
    expect(JSON.stringify(profile)).not.toMatch(/niNumber|dateOfBirth|ethnicity/);
    const refused = await coordinator.call('staff.getSensitive', { id: staffId });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });

  it('a worker reads only their own full record', async () => {
    const worker = await tb.signedIn('worker');
    const session = await worker.ok('auth.session', {});
    const own = session.state === 'active' ? session.session.staffId : null;
    expect(own).not.toBeNull();
    await worker.ok('staff.getProfile', { id: own! });
    const other = await worker.call('staff.getProfile', { id: staffId });
    expect(!other.ok && other.error.code).toBe('FORBIDDEN');
  });

  it.each([
    [{ niNumber: 'QQ12345' }, 'sensitive.niNumber'],
    [{ niNumber: 'BG123456A' }, 'sensitive.niNumber'],
    [{ dateOfBirth: '2015-01-01' }, 'sensitive.dateOfBirth'],
    [{ dbsIssueDate: '2030-01-01' }, 'sensitive.dbsIssueDate'],
    [{ ethnicity: 77 }, 'sensitive.ethnicity'],
    [{ sex: 'x' }, 'sensitive.sex'],
    [{ countryOfBirth: 4 }, 'sensitive.countryOfBirth'],
  ])('refuses bad sensitive input %j', async (sensitive, path) => {
    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const result = await manager.raw('staff.updateSensitive', { id: staffId, sensitive });
    expect(result.ok).toBe(false);
    expect(issuePaths(result as never)).toContain(path);
  });
});
