import { AppError } from '@shared/contract/errors';
import type { HandlerTable } from '@main/rpc/handler';
import { backupStatus, saveSchedule, showRecoveryPhrase } from './backup-status';
import { readSchedule, scheduleFolder } from './backup-schedule';
import { makeBackup } from './backup-service';
import { checkBackup, restoreBackup } from './restore-service';

/** Handlers for `backup.*`. */
export const backupHandlers: HandlerTable<
  'backup.status' | 'backup.saveSchedule' | 'backup.now' | 'backup.showPhrase' | 'backup.check' | 'backup.restore'
> = {
  'backup.status': (_input, ctx) => backupStatus(ctx.deps),
  'backup.saveSchedule': (input, ctx) => saveSchedule(ctx, input),
  'backup.now': async (input, ctx) => {
    const folder = input.folder ?? scheduleFolder(ctx.deps, await readSchedule(ctx.deps));
    if (folder === null) throw AppError.field(['folder'], 'Enter the folder to back up to');
    return makeBackup(ctx.deps, folder, 'manual');
  },
  'backup.showPhrase': (_input, ctx) => showRecoveryPhrase(ctx),
  'backup.check': async (input, ctx) => (await checkBackup(ctx.deps, input.file, input.phrase)).contents,
  'backup.restore': (input, ctx) => restoreBackup(ctx, input.file, input.phrase),
};
