import { rmSync } from 'node:fs';
import { BackupSchedule, type BackupFile } from '@shared/domain/backup/backup';
import { generationsToKeep } from '@shared/domain/backup/retention';
import { formatDate } from '@shared/domain/time/format';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { BackendDeps } from '@main/rpc/context';
import { appendAudit } from '../audit/audit-log';
import { readSetting, writeSetting } from '../settings/settings';
import { defaultBackupFolder } from './backup-folder';
import { listBackups, makeBackup } from './backup-service';
import { repeatInBackground } from '@main/platform/repeat-in-background';

/** The branch setting holding the schedule. */
export const SCHEDULE_SETTING = 'backup.schedule';
/** The branch setting holding why the last automatic backup failed (null once one works again). */
export const PROBLEM_SETTING = 'backup.lastProblem';

/** Daily from midday (the office is open and the PC on), 14 days, then weekly for 13 weeks (3 months). */
export const DEFAULT_SCHEDULE: BackupSchedule = { enabled: true, hour: 12, keepDays: 14, keepWeeks: 13, folder: null };

/** The branch's schedule. */
export function readSchedule(deps: Pick<BackendDeps, 'db'>): Promise<BackupSchedule> {
  return readSetting(deps.db, SCHEDULE_SETTING, BackupSchedule, DEFAULT_SCHEDULE);
}

/** Where automatic backups go under a schedule (null: nowhere, for a store in memory with no folder set). */
export function scheduleFolder(deps: Pick<BackendDeps, 'paths'>, schedule: BackupSchedule): string | null {
  return schedule.folder ?? defaultBackupFolder(deps.paths.storePath);
}

const AUTOMATIC = { actor: 'system', action: 'backup.automatic' } as const;

/** What one check of the schedule did. */
export type ScheduledOutcome = 'off' | 'not-yet' | 'already-done' | { made: BackupFile; pruned: string[] } | 'failed';

/**
 * Make today's automatic backup if it is due (the set hour has come, London time, and none was made today), then
 * prune the automatic backups the schedule no longer keeps. A failure is kept as a branch setting for the backups
 * page to show, and the next check tries again.
 */
export async function runScheduledBackupIfDue(deps: BackendDeps): Promise<ScheduledOutcome> {
  const schedule = await readSchedule(deps);
  const folder = scheduleFolder(deps, schedule);
  if (!schedule.enabled || folder === null) return 'off';
  const now = deps.clock.now();
  if (Math.floor(londonMinute(now) / 60) < schedule.hour) return 'not-yet';
  const today = londonDate(now);
  const automatic = listBackups(folder).filter((file) => file.kind === 'automatic');
  if (automatic.some((file) => londonDate(new Date(file.createdAt)) === today)) return 'already-done';
  let made: BackupFile;
  try {
    made = makeBackup(deps, folder, 'automatic');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await writeSetting(deps.db, PROBLEM_SETTING, `The automatic backup on ${formatDate(today)} failed: ${reason}`, now);
    await appendAudit(deps.db, deps.keys, now, { ...AUTOMATIC, outcome: 'failure', detail: reason.slice(0, 200) });
    return 'failed';
  }
  await writeSetting(deps.db, PROBLEM_SETTING, null, now);
  await appendAudit(deps.db, deps.keys, now, { ...AUTOMATIC, outcome: 'success', detail: made.path.slice(-200) });
  return { made, pruned: pruneAutomatic(folder, schedule) };
}

/** Delete the automatic backups in `folder` the schedule no longer keeps; returns their paths. */
export function pruneAutomatic(folder: string, schedule: BackupSchedule): string[] {
  const automatic = listBackups(folder).filter((file) => file.kind === 'automatic');
  const keep = generationsToKeep(
    automatic.map((file) => ({ id: file.path, date: londonDate(new Date(file.createdAt)), createdAt: file.createdAt })),
    schedule.keepDays,
    schedule.keepWeeks,
  );
  const pruned = automatic.filter((file) => !keep.has(file.path)).map((file) => file.path);
  for (const path of pruned) rmSync(path, { force: true });
  return pruned;
}

// Often enough to start within a minute of the set hour; the check itself reads one setting and lists one folder.
const CHECK_EVERY_MS = 60_000;

/** Check the schedule every minute while the app runs; returns the function that stops it. */
export function startBackupSchedule(deps: BackendDeps, onError: (error: unknown) => void): () => void {
  return repeatInBackground(CHECK_EVERY_MS, () => runScheduledBackupIfDue(deps), onError);
}
