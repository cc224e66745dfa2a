import { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import type { BackupSchedule, BackupStatus } from '@shared/domain/backup/backup';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { requireRecentReauth } from '../auth/sign-in';
import { readSetting, writeSetting } from '../settings/settings';
import { prepareBackupFolder } from './backup-folder';
import { backupKeyId } from './backup-format';
import { PROBLEM_SETTING, readSchedule, SCHEDULE_SETTING, scheduleFolder } from './backup-schedule';
import { listBackups } from './backup-service';
import { phraseFromKey } from './recovery-phrase';

/**
 * The branch setting holding when the recovery phrase was shown (it is shown once) and for which backup key: a store
 * restored onto another computer, whose backup key differs, has not shown that computer's phrase yet.
 */
const PHRASE_SHOWN_SETTING = 'backup.phraseShownAt';
const PhraseShown = z.object({ at: z.string(), keyId: z.string() }).nullable();

/** When this computer's recovery phrase was shown, or null if it has not been. */
async function phraseShownAt(deps: BackendDeps): Promise<string | null> {
  const shown = await readSetting(deps.db, PHRASE_SHOWN_SETTING, PhraseShown, null);
  return shown !== null && shown.keyId === backupKeyId(deps.keys.key('backup')) ? shown.at : null;
}

/** What the backups page shows. */
export async function backupStatus(deps: BackendDeps): Promise<BackupStatus> {
  const schedule = await readSchedule(deps);
  const folder = scheduleFolder(deps, schedule);
  return {
    schedule,
    folder,
    phraseShownAt: await phraseShownAt(deps),
    backups: folder === null ? [] : listBackups(folder),
    lastProblem: await readSetting(deps.db, PROBLEM_SETTING, z.string().nullable(), null),
  };
}

/** Save the schedule, once its folder (if it names one) can be written to. */
export async function saveSchedule(ctx: HandlerContext, schedule: BackupSchedule): Promise<BackupStatus> {
  if (schedule.folder !== null) prepareBackupFolder(schedule.folder);
  const deps = ctx.deps;
  await deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, SCHEDULE_SETTING, schedule, deps.clock.now());
    await ctx.audit(trx, {
      action: 'backup.saveSchedule',
      entity: 'setting',
      entityId: SCHEDULE_SETTING,
      outcome: 'success',
      detail: schedule.enabled ? `daily from ${schedule.hour}:00, ${schedule.keepDays} days` : 'off',
    });
  });
  return backupStatus(deps);
}

/**
 * The recovery phrase, shown once: a manager who has entered their password again sees it and writes it down; after
 * that it is never shown again (a session left open later cannot read it off the screen).
 */
export async function showRecoveryPhrase(ctx: HandlerContext): Promise<{ phrase: string }> {
  requireRecentReauth(ctx, 'Enter your password again to see the recovery phrase.');
  const deps = ctx.deps;
  if ((await phraseShownAt(deps)) !== null)
    throw new AppError('CONFLICT', 'The recovery phrase has already been shown once, and is not shown again.');
  const key = deps.keys.key('backup');
  const phrase = phraseFromKey(key);
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await writeSetting(trx, PHRASE_SHOWN_SETTING, { at: now.toISOString(), keyId: backupKeyId(key) }, now);
    await ctx.audit(trx, { action: 'backup.showPhrase', outcome: 'success' });
  });
  return { phrase };
}
