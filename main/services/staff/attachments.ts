import { AppError } from '@shared/contract/errors';
import { MAX_ATTACHMENT_BYTES, type StaffAttachmentInput, type StaffProfile } from '@shared/domain/staff/profile';
import type { HandlerContext } from '@main/rpc/context';
import { hasRecentReauth } from '../auth/sign-in';
import { getProfile, requireStaffRow } from './profile-service';

type MediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** The file's real type from its first bytes (never from its name): PDF, PNG or JPEG, else null. */
export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

/** Store a copy of a DBS certificate, right-to-work document or other file in the store itself (backed up with it). */
export async function uploadAttachment(ctx: HandlerContext, input: StaffAttachmentInput): Promise<StaffProfile> {
  await requireStaffRow(ctx, input.staffId);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
    throw AppError.field(['contentBase64'], 'The file could not be read');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw AppError.field(['contentBase64'], 'The file is empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw AppError.field(['contentBase64'], 'The file must be 10 MB or smaller');
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw AppError.field(['contentBase64'], 'The file must be a PDF, PNG or JPEG');
  const id = ctx.deps.ids();
  const caller = ctx.requireCaller();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('staff_attachment')
      .values({
        id,
        staff_id: input.staffId,
        kind: input.kind,
        file_name: input.fileName,
        media_type: mediaType,
        size_bytes: bytes.length,
        content: bytes,
        uploaded_at: ctx.deps.clock.now().toISOString(),
        uploaded_by: caller.username,
      })
      .execute();
    await ctx.audit(trx, {
      action: 'staff.uploadAttachment',
      entity: 'staff_attachment',
      entityId: id,
      outcome: 'success',
      detail: `${input.kind} for ${input.staffId}`,
    });
  });
  ctx.deps.events.publish('staff.changed', { ids: [input.staffId] });
  return getProfile(ctx, input.staffId);
}

/**
 * Download a file; copies of DBS and right-to-work documents are sensitive, so re-authentication is needed and each
 * view is audited.
 */
export async function downloadAttachment(
  ctx: HandlerContext,
  id: string,
): Promise<{ fileName: string; mediaType: MediaType; contentBase64: string }> {
  const caller = ctx.requireCaller();
  if (!hasRecentReauth(caller, ctx.deps.clock.now()))
    throw new AppError('FORBIDDEN', 'Enter your password again to open this document.', { reason: 'reauth_required' });
  const row = await ctx.deps.db.selectFrom('staff_attachment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That document does not exist.');
  await ctx.deps.db
    .transaction()
    .execute((trx) =>
      ctx.audit(trx, { action: 'staff.viewAttachment', entity: 'staff_attachment', entityId: id, outcome: 'success' }),
    );
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    contentBase64: Buffer.from(row.content).toString('base64'),
  };
}
