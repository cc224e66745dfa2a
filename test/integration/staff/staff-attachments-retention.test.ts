import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aCompleteStaffMember,
  anAccount,
  aStaffMember,
  JOB_ROLE,
  openBranch,
  signedInAs,
} from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

let tb: TestBackend;
let manager: TestClient;
let staffId: string;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

beforeAll(async () => {
  tb = await openBranch();
  await anAccount(tb, 'coordinator');
  manager = (await signedInAs(tb, 'manager')).client;
  staffId = (await aStaffMember(tb, { jobRole: JOB_ROLE.supportWorker })).id;
});
afterAll(async () => tb.close());

describe('attached documents', () => {
  it('stores a PNG by its magic bytes and opens it only after re-authentication, audited', async () => {
    const profile = await manager.ok('staff.uploadAttachment', {
      staffId,
      kind: 'dbs_certificate',
      fileName: 'dbs.png',
      contentBase64: PNG.toString('base64'),
    });
    const attachment = profile.attachments[0]!;
    expect(attachment).toMatchObject({ mediaType: 'image/png', sizeBytes: PNG.length });
    const fresh = await tb.signedIn('manager');
    const refused = await fresh.call('staff.downloadAttachment', { id: attachment.id });
    expect(!refused.ok && refused.error.reason).toBe('reauth_required');
    await fresh.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    const file = await fresh.ok('staff.downloadAttachment', { id: attachment.id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(PNG)).toBe(true);
    const audit = await tb.backend.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', attachment.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['staff.uploadAttachment', 'staff.viewAttachment']);
  });

  it('refuses a file that is not a PDF, PNG or JPEG whatever its name', async () => {
    const result = await manager.call('staff.uploadAttachment', {
      staffId,
      kind: 'right_to_work',
      fileName: 'passport.pdf',
      contentBase64: Buffer.from('MZ not a pdf').toString('base64'),
    });
    expect(!result.ok && result.error.issues?.[0]?.path).toEqual(['contentBase64']);
  });

  it('refuses an upload from a coordinator', async () => {
    const coordinator = await tb.signedIn('coordinator');
    const result = await coordinator.call('staff.uploadAttachment', {
      staffId,
      kind: 'other',
      fileName: 'x.png',
      contentBase64: PNG.toString('base64'),
    });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});

describe('retention of leavers’ records', () => {
  it('erases records kept past the period, with an audit entry, and keeps the rest', async () => {
    // Two complete records (NI number, references…), of people who started in 2015: one left in 2019, beyond the
    // six years kept, and one in 2024.
    const old = await aCompleteStaffMember(tb, { startDate: '2015-03-02' });
    const recent = await aCompleteStaffMember(tb, { startDate: '2015-03-02' });
    await manager.ok('staff.updateDetails', { id: old.id, details: { leavingDate: '2019-06-30', leaveReason: 6 } });
    await manager.ok('staff.updateDetails', { id: recent.id, details: { leavingDate: '2024-06-30', leaveReason: 5 } });
    const result = await manager.ok('staff.applyRetention', {});
    expect(result).toEqual({ erased: 1, cutoff: '2020-11-23' });
    const erased = await manager.ok('staff.get', { id: old.id });
    expect(erased).toMatchObject({ givenName: 'Erased', email: null, status: 'archived' });
    await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
    expect((await manager.ok('staff.getSensitive', { id: old.id })).niNumber).toBeNull();
    expect((await manager.ok('staff.getProfile', { id: old.id })).references).toEqual([]);
    expect((await manager.ok('staff.get', { id: recent.id })).givenName).toBe(recent.givenName);
    expect((await manager.ok('staff.getSensitive', { id: recent.id })).niNumber).toBe('AB123456C');
    expect((await manager.ok('staff.getProfile', { id: recent.id })).references).toHaveLength(2);
    const audit = await tb.backend.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', old.id)
      .where('action', '=', 'staff.erase')
      .execute();
    expect(audit).toHaveLength(1);
    const again = await manager.call('staff.updateDetails', { id: old.id, details: { pronouns: 'she/her' } });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });
});
