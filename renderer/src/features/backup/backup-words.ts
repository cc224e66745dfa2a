import type { AuditHead } from '@shared/domain/audit/audit';
import type { BackupKind } from '@shared/domain/backup/backup';

/** A backup's kind in words. */
export function kindWords(kind: BackupKind): string {
  return kind === 'automatic' ? 'Automatic (daily)' : 'Made by a manager';
}

/** A file size people read: "1.4 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The audit log's last entry as printed on a backup, for checking on the audit log page. */
export function headWords(head: AuditHead | null): string {
  return head === null ? 'The log was empty' : `Entry ${head.seq}, code ${head.hash}`;
}

/** An hour of the day as a clock time: 13 → "13:00". */
export function hourWords(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
