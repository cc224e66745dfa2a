import { sql } from 'kysely';
import type { SickPaySchemePreview } from '@shared/contract/procedures/sick-pay-scheme';
import type { SickPayScheme } from '@shared/domain/policy/sick-pay';
import type { HandlerContext } from '@main/rpc/context';
import { readSickPayScheme } from './sick-pay-basis';

/**
 * What saving a scheme would do: the scheme in force beside the one proposed, and the recorded sicknesses (and their
 * workers) that saving it pays again. Nothing is written; the input schema has already refused overlapping bands.
 */
export async function previewSickPayScheme(
  ctx: HandlerContext,
  proposed: SickPayScheme,
): Promise<SickPaySchemePreview> {
  const db = ctx.deps.db;
  const [current, counts] = await Promise.all([
    readSickPayScheme(db),
    db
      .selectFrom('availability_exception')
      .select([sql<number>`count(*)`.as('absences'), sql<number>`count(DISTINCT staff_id)`.as('workers')])
      .where('kind', '=', 'sickness')
      .where('status', '=', 'recorded')
      .executeTakeFirstOrThrow(),
  ]);
  return { current, proposed, absences: Number(counts.absences), workers: Number(counts.workers) };
}
