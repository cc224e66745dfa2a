import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScheduledBackupIfDue } from '@main/services/backup/backup-schedule';
import { backupStatus } from '@main/services/backup/backup-status';
import { openBranch, signedInAs } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

// The daily backup runs once a day from the set hour (London time) while the app runs, and the schedule keeps the
// newest days and weeks it says, pruning older automatic backups; a manager's own backups are never pruned. The clock
// moves past the session's idle lock, so the page's view is read from the service, as the manager would see it later.

const dirs: string[] = [];
const open: TestBackend[] = [];
afterEach(async () => {
  for (const tb of open.splice(0)) await tb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function branchWithSchedule(keepDays: number, keepWeeks: number) {
  const dir = mkdtempSync(join(tmpdir(), 'nh-schedule-'));
  dirs.push(dir);
  const tb = await openBranch({ dbPath: join(dir, 'store.db') });
  open.push(tb);
  const { client: manager } = await signedInAs(tb, 'manager');
  const folder = join(dir, 'automatic');
  await manager.ok('backup.saveSchedule', { enabled: true, hour: 13, keepDays, keepWeeks, folder });
  return { tb, manager, folder };
}

describe('scheduled backups', () => {
  it('backs up once a day from the set hour, London time', async () => {
    const { tb } = await branchWithSchedule(14, 13);
    // 12:30 in London (GMT in November) is before the set hour.
    tb.clock.set('2026-11-23T12:30:00.000Z');
    expect(await runScheduledBackupIfDue(tb.backend.deps)).toBe('not-yet');
    tb.clock.set('2026-11-23T13:05:00.000Z');
    expect(await runScheduledBackupIfDue(tb.backend.deps)).toMatchObject({ made: { kind: 'automatic' } });
    tb.clock.set('2026-11-23T17:00:00.000Z');
    expect(await runScheduledBackupIfDue(tb.backend.deps)).toBe('already-done');
    const status = await backupStatus(tb.backend.deps);
    expect(status.backups.map((file) => file.createdAt)).toEqual(['2026-11-23T13:05:00.000Z']);
    expect(status.lastProblem).toBeNull();
  });

  it('keeps the newest N days and then one a week, never pruning a manual backup', async () => {
    const { tb, manager, folder } = await branchWithSchedule(3, 2);
    await manager.ok('backup.now', {});
    // Five weeks of daily backups, from Mon 2 Nov to Sat 5 Dec 2026.
    for (let day = 0; day < 35; day++) {
      tb.clock.set(new Date(Date.parse('2026-11-02T14:00:00.000Z') + day * 86_400_000));
      expect(await runScheduledBackupIfDue(tb.backend.deps)).toMatchObject({ made: { kind: 'automatic' } });
    }
    const names = (await backupStatus(tb.backend.deps)).backups.map((file) => basename(file.path));
    expect(names).toEqual([
      'neighbourhood-hub-automatic-2026-12-06-140000.nhbackup',
      'neighbourhood-hub-automatic-2026-12-05-140000.nhbackup',
      'neighbourhood-hub-automatic-2026-12-04-140000.nhbackup',
      // Then the newest of each of the two weeks before: the rest of the week of 30 Nov, and the week of 23 Nov.
      'neighbourhood-hub-automatic-2026-12-03-140000.nhbackup',
      'neighbourhood-hub-automatic-2026-11-29-140000.nhbackup',
      'neighbourhood-hub-manual-2026-11-23-090000.nhbackup',
    ]);
    expect((await backupStatus(tb.backend.deps)).folder).toBe(folder);
  });

  it('records why an automatic backup failed, for the backups page', async () => {
    const { tb, manager } = await branchWithSchedule(14, 13);
    await manager.ok('backup.saveSchedule', { enabled: true, hour: 13, keepDays: 14, keepWeeks: 13, folder: null });
    // The folder beside the store is replaced by a file, so it cannot be written to.
    const { folder } = await manager.ok('backup.status', {});
    rmSync(folder!, { recursive: true, force: true });
    writeFileSync(folder!, 'in the way');
    tb.clock.set('2026-11-23T13:30:00.000Z');
    expect(await runScheduledBackupIfDue(tb.backend.deps)).toBe('failed');
    expect((await backupStatus(tb.backend.deps)).lastProblem).toBe(
      'The automatic backup on Mon 23 Nov 2026 failed: This is a file, not a folder',
    );
  });
});
