import { z } from 'zod';
import { AuditHead } from '@shared/domain/audit/audit';

/** How the automatic backups run: once a day at a set hour while the app runs, and how many are kept. */
export const BackupSchedule = z
  .object({
    /** Whether the app backs up by itself each day. */
    enabled: z.boolean(),
    /** The hour (Europe/London, 0–23) from which the day's backup is made. */
    hour: z
      .number()
      .int('Enter a whole hour')
      .min(0, 'Enter an hour from 0 to 23')
      .max(23, 'Enter an hour from 0 to 23'),
    /** Daily backups kept: the newest this many days. */
    keepDays: z.number().int('Enter a whole number').min(1, 'Keep at least 1 day').max(60, 'Keep at most 60 days'),
    /** After those, one backup a week for this many weeks. */
    keepWeeks: z.number().int('Enter a whole number').min(0, 'Enter 0 or more weeks').max(52, 'Keep at most 52 weeks'),
    /** The folder the automatic backups go to; null: the folder beside the store. */
    folder: z
      .string()
      .trim()
      .min(1, 'Enter a folder, or leave it empty')
      .max(1000, 'The folder path is too long')
      .nullable(),
  })
  .strict();
export type BackupSchedule = z.infer<typeof BackupSchedule>;

/** Whether a backup was made by the schedule or by a manager. */
export const BackupKind = z.enum(['automatic', 'manual']);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup file as listed (read from its header; nothing is decrypted). */
export const BackupFile = z.object({
  /** Full path of the file. */
  path: z.string(),
  /** When it was made (ISO, UTC). */
  createdAt: z.string(),
  kind: BackupKind,
  /** The app version that made it. */
  appVersion: z.string(),
  /** The audit log's last entry when it was made, to check the log against later. */
  auditHead: AuditHead.nullable(),
  /** Size in bytes. */
  bytes: z.number().int(),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** What the backups page shows: the schedule, where backups go, and those already made there. */
export const BackupStatus = z.object({
  schedule: BackupSchedule,
  /** The folder the automatic backups go to, in full (null: this store is in memory and has no folder beside it). */
  folder: z.string().nullable(),
  /** Whether the recovery phrase has been shown to a manager (it is shown once). */
  phraseShownAt: z.string().nullable(),
  /** Backups in that folder, newest first. */
  backups: z.array(BackupFile),
  /** Why the last automatic backup failed, if it did (cleared by the next one that works). */
  lastProblem: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/** The recovery phrase as typed: letters and digits, spaces and dashes ignored. */
export const RecoveryPhrase = z
  .string()
  .trim()
  .min(1, 'Enter the recovery phrase')
  .max(200, 'The recovery phrase is 52 letters and digits');

/** Back up now, to a folder the manager picks (the automatic backups' folder when left out). */
export const BackupNowInput = z
  .object({
    folder: z
      .string()
      .trim()
      .min(1, 'Enter a folder')
      .max(1000, 'The folder path is too long')
      .nullable()
      .default(null),
  })
  .strict();
export type BackupNowInput = z.input<typeof BackupNowInput>;

/** A backup file to check or restore, and the recovery phrase that opens it. */
export const RestoreInput = z
  .object({
    file: z.string().trim().min(1, 'Choose a backup file').max(1000, 'The file path is too long'),
    phrase: RecoveryPhrase,
  })
  .strict();
export type RestoreInput = z.input<typeof RestoreInput>;

/** What a backup holds, once opened and checked: shown to the manager before they confirm a restore. */
export const BackupContents = z.object({
  file: z.string(),
  createdAt: z.string(),
  kind: BackupKind,
  appVersion: z.string(),
  branchName: z.string().nullable(),
  auditHead: AuditHead.nullable(),
  /** Records of note it holds, so the manager can see it is the branch they expect. */
  counts: z.object({ staff: z.number().int(), people: z.number().int(), visits: z.number().int() }),
});
export type BackupContents = z.infer<typeof BackupContents>;

/** What a restore did. */
export const RestoreResult = z.object({
  restored: BackupContents,
  /** Where the store it replaced was kept. */
  keptAside: z.string(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;
