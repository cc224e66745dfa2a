import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@shared/contract/errors';
import {
  FLOOR_IMAGE_MAX_BYTES,
  type Floor,
  type FloorImageType,
  type FloorImageUpload,
} from '@shared/domain/hub/setup';
import type { FileOut } from '@shared/domain/rota-board/board';
import type { HandlerContext } from '@main/rpc/context';
import { sniffMediaType } from '../staff/attachments';
import { requireFloor, toFloor } from './setup-service';
import { sanitiseSvg, SvgRefused } from './svg-sanitiser';

const FIELD = ['contentBase64'];

// An SVG is text: after an optional byte-order mark, whitespace and comments, it opens with an XML declaration or
// the <svg> element. Anything else that is not PNG or JPEG by its first bytes is refused, whatever its name says.
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const start = head.replace(/^(\s|<!--[\s\S]*?-->)*/, '');
  return start.startsWith('<?xml') || start.startsWith('<svg');
}

/** The stored form of an uploaded floor image: PNG and JPEG as they are, SVG rebuilt from an allow-list. */
export function checkFloorImage(bytes: Buffer): { type: FloorImageType; content: Buffer; dropped: number } {
  if (bytes.length === 0) throw AppError.field(FIELD, 'The file is empty.');
  if (bytes.length > FLOOR_IMAGE_MAX_BYTES) throw AppError.field(FIELD, 'The floor image must be 5 MB or smaller.');
  const sniffed = sniffMediaType(bytes);
  if (sniffed === 'image/png' || sniffed === 'image/jpeg') return { type: sniffed, content: bytes, dropped: 0 };
  if (sniffed === null && looksLikeSvg(bytes)) {
    try {
      const clean = sanitiseSvg(bytes.toString('utf8'));
      return { type: 'image/svg+xml', content: Buffer.from(clean.svg, 'utf8'), dropped: clean.dropped };
    } catch (error) {
      if (error instanceof SvgRefused) throw AppError.field(FIELD, error.message);
      throw error;
    }
  }
  throw AppError.field(FIELD, 'The floor image must be a PNG, JPEG or SVG file.');
}

/** Put an image under a floor's plan. */
export async function uploadFloorImage(ctx: HandlerContext, input: z.output<typeof FloorImageUpload>): Promise<Floor> {
  const db = ctx.deps.db;
  await requireFloor(db, input.floorId);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) throw AppError.field(FIELD, 'The file could not be read.');
  const image = checkFloorImage(Buffer.from(input.contentBase64, 'base64'));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('hub_floor')
      .set({
        image_type: image.type,
        image: image.content,
        image_sha256: createHash('sha256').update(image.content).digest('hex'),
        updated_at: ctx.deps.clock.now().toISOString(),
      })
      .where('id', '=', input.floorId)
      .execute();
    await ctx.audit(trx, {
      action: 'hub.floor.image',
      entity: 'hub_floor',
      entityId: input.floorId,
      outcome: 'success',
      detail:
        `${image.type}, ${image.content.length} bytes` +
        (image.dropped > 0 ? `, ${image.dropped} unsafe parts removed` : ''),
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [input.floorId] });
  return toFloor(await requireFloor(db, input.floorId));
}

/** Take a floor's image away. */
export async function clearFloorImage(ctx: HandlerContext, floorId: string): Promise<Floor> {
  const db = ctx.deps.db;
  await requireFloor(db, floorId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('hub_floor')
      .set({ image_type: null, image: null, image_sha256: null, updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', floorId)
      .execute();
    await ctx.audit(trx, {
      action: 'hub.floor.clearImage',
      entity: 'hub_floor',
      entityId: floorId,
      outcome: 'success',
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [floorId] });
  return toFloor(await requireFloor(db, floorId));
}

/** A floor's image for the plan. */
export async function floorImage(ctx: HandlerContext, floorId: string): Promise<FileOut> {
  const floor = await requireFloor(ctx.deps.db, floorId);
  if (floor.image === null || floor.image_type === null)
    throw new AppError('NOT_FOUND', `${floor.name} has no floor image.`);
  const extension = floor.image_type === 'image/svg+xml' ? 'svg' : floor.image_type === 'image/png' ? 'png' : 'jpg';
  return {
    filename: `floor-${floor.position}.${extension}`,
    mediaType: floor.image_type,
    base64: Buffer.from(floor.image).toString('base64'),
  };
}
