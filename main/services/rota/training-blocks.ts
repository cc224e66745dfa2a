import type { Kysely } from 'kysely';
import type { Commitment } from '../../../shared/domain/rota/instance';
import type { Database } from '../../db/schema';

/**
 * Training sessions a worker is booked on, as paid commitments that also block visits. The training domain's
 * `sessionBlocksForStaff` (main/services/training/session-blocks.ts) is not on this branch yet; this is the single
 * call to replace with it when it lands. Until then no worker has training blocks.
 */
export async function trainingBlocksForWeek(_db: Kysely<Database>, staffIds: readonly string[], _from: string, _to: string): Promise<Map<string, Commitment[]>> {
  return new Map(staffIds.map((id) => [id, []]));
}
