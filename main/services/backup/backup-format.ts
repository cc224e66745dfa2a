import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AuditHead } from '@shared/domain/audit/audit';
import { BackupKind } from '@shared/domain/backup/backup';

// A backup file: a magic line, the header's length, the header (JSON, readable without the key, so backups can be
// listed and an audit head read off them), then the store encrypted with AES-256-GCM. The header is the cipher's
// additional data, so changing a single byte of it, or of the store, makes the file fail to open. Each file has its
// own salt and nonce; its key is derived from the backup key with HKDF, so no two files share a key and nonce.

const MAGIC = Buffer.from('NEIGHBOURHOOD-HUB-BACKUP\n', 'ascii');
const TAG_BYTES = 16;
const LENGTH_BYTES = 4;
const MAX_HEADER_BYTES = 64 * 1024;

/** The file format this version writes; a file with a higher number was made by a newer version. */
export const BACKUP_FORMAT = 1;

/** The header written at the front of every backup. */
export const BackupHeader = z.object({
  format: z.number().int().min(1),
  createdAt: z.string(),
  kind: BackupKind,
  appVersion: z.string(),
  /** The last migration the store had: a name this version does not know means a newer version made it. */
  schema: z.string(),
  /** The branch it belongs to (its id only: the name stays encrypted). */
  branchId: z.string().nullable(),
  auditHead: AuditHead.nullable(),
  /** Which backup key made it (a keyed fingerprint), so a wrong recovery phrase is told apart from a damaged file. */
  keyId: z.string(),
  salt: z.string(),
  nonce: z.string(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Why a file cannot be opened as a backup, each with its own sentence. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
  constructor(
    readonly problem: 'not-a-backup' | 'damaged' | 'wrong-key' | 'newer-version',
    message: string,
  ) {
    super(message);
  }
}

/** The fingerprint of a backup key written in headers (not the key: a keyed hash of a fixed text). */
export function backupKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('neighbourhood-hub backup key id').digest('hex').slice(0, 32);
}

function fileKey(key: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, 'neighbourhood-hub backup v1', 32));
}

/** What the caller fills in; the format fills in the rest. */
export type HeaderFields = Omit<BackupHeader, 'format' | 'keyId' | 'salt' | 'nonce'>;

/** Encrypt a serialized store into a backup file's bytes. */
export function sealBackup(store: Buffer, fields: HeaderFields, key: Buffer): Buffer {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    ...fields,
    keyId: backupKeyId(key),
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(headerBytes.length);
  const front = Buffer.concat([MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', fileKey(key, salt), nonce);
  cipher.setAAD(front);
  const body = Buffer.concat([cipher.update(store), cipher.final()]);
  return Buffer.concat([front, body, cipher.getAuthTag()]);
}

/** Read a backup's header (nothing is decrypted), with where the encrypted part starts. */
export function readBackupHeader(file: Buffer): { header: BackupHeader; bodyStart: number } {
  if (file.length < MAGIC.length + LENGTH_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BackupFileError('not-a-backup', 'This file is not a Neighbourhood Hub backup.');
  const length = file.readUInt32BE(MAGIC.length);
  const bodyStart = MAGIC.length + LENGTH_BYTES + length;
  if (length > MAX_HEADER_BYTES || bodyStart + TAG_BYTES > file.length)
    throw new BackupFileError('damaged', 'This backup is incomplete or damaged: it was cut short or changed.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.subarray(MAGIC.length + LENGTH_BYTES, bodyStart).toString('utf8'));
  } catch {
    throw new BackupFileError('damaged', 'This backup is damaged: its description cannot be read.');
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > BACKUP_FORMAT)
    throw new BackupFileError(
      'newer-version',
      'This backup was made by a newer version of Neighbourhood Hub. Update the app on this computer first.',
    );
  const header = BackupHeader.safeParse(parsed);
  if (!header.success) throw new BackupFileError('damaged', 'This backup is damaged: its description cannot be read.');
  return { header: header.data, bodyStart };
}

/** Decrypt a backup with the key; a wrong key or any changed byte is refused, and nothing is returned. */
export function openBackup(file: Buffer, key: Buffer): { header: BackupHeader; store: Buffer } {
  const { header, bodyStart } = readBackupHeader(file);
  if (header.keyId !== backupKeyId(key))
    throw new BackupFileError(
      'wrong-key',
      'This recovery phrase does not open this backup: it was made with a different one. Check the phrase.',
    );
  const decipher = createDecipheriv(
    'aes-256-gcm',
    fileKey(key, Buffer.from(header.salt, 'base64')),
    Buffer.from(header.nonce, 'base64'),
  );
  decipher.setAAD(file.subarray(0, bodyStart));
  decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
  try {
    const store = Buffer.concat([decipher.update(file.subarray(bodyStart, file.length - TAG_BYTES)), decipher.final()]);
    return { header, store };
  } catch {
    throw new BackupFileError(
      'damaged',
      'This backup has been changed or damaged since it was made, so it cannot be trusted and was not used.',
    );
  }
}
