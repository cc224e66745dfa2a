import { z } from 'zod';
import { procedure } from '../procedure';
import { EVERY_DOMAIN } from '../domains';
import {
  BackupContents,
  BackupFile,
  BackupNowInput,
  BackupSchedule,
  BackupStatus,
  RestoreInput,
  RestoreResult,
} from '@shared/domain/backup/backup';

/** The manager's backups: the schedule, backing up now, the recovery phrase, and a checked restore. */
export const backupProcedures = {
  'backup.status': procedure({
    summary: 'The backup schedule, where backups go, the backups there, and whether the recovery phrase was shown.',
    input: z.object({}).strict(),
    output: BackupStatus,
    roles: ['manager'],
  }),
  'backup.saveSchedule': procedure({
    summary: 'Set when the automatic backup runs each day, how many are kept, and the folder they go to.',
    input: BackupSchedule,
    output: BackupStatus,
    roles: ['manager'],
    mutation: true,
    invalidates: ['backup'],
  }),
  'backup.now': procedure({
    summary: 'Back up the store now, encrypted, to a folder the manager picks (the automatic folder if none).',
    input: BackupNowInput,
    output: BackupFile,
    roles: ['manager'],
    mutation: true,
    invalidates: ['backup'],
  }),
  'backup.showPhrase': procedure({
    summary: 'Show the recovery phrase that opens the backups, once; needs the password entered again.',
    input: z.object({}).strict(),
    output: z.object({ phrase: z.string() }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['backup'],
  }),
  'backup.check': procedure({
    summary: 'Open a backup with the recovery phrase and check it as a restore would; changes nothing.',
    input: RestoreInput,
    output: BackupContents,
    roles: ['manager'],
    // A mutation so that each attempt with a recovery phrase is in the audit log; the backups list is read again.
    mutation: true,
    invalidates: ['backup'],
  }),
  'backup.restore': procedure({
    summary: 'Replace the store with a checked backup, keeping the replaced store beside it; others sign in again.',
    input: RestoreInput,
    output: RestoreResult,
    roles: ['manager'],
    mutation: true,
    invalidates: [...EVERY_DOMAIN, 'backup'],
  }),
};
