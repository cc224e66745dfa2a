import type { Kysely } from 'kysely';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';

/** The notice table holds at most this many characters per notice (migration 0003's CHECK). */
const NOTICE_MAX = 500;

/** One in-app notice for one staff member. */
export interface NoticeDraft {
  staffId: string;
  text: string;
}

/**
 * Write in-app notices inside the caller's transaction; returns who was told, for a `notices.changed` event once
 * the transaction has committed. Text past the table's limit is cut with an ellipsis rather than refused.
 */
export async function sendNotices(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  notices: readonly NoticeDraft[],
): Promise<string[]> {
  const now = ctx.deps.clock.now().toISOString();
  for (const n of notices) {
    const text = n.text.length > NOTICE_MAX ? `${n.text.slice(0, NOTICE_MAX - 1)}…` : n.text;
    await trx
      .insertInto('notice')
      .values({ id: ctx.deps.ids(), staff_id: n.staffId, text, created_at: now, read_at: null })
      .execute();
  }
  return [...new Set(notices.map((n) => n.staffId))];
}
