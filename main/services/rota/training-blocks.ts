import type { Kysely } from 'kysely';
import type { Commitment } from '../../../shared/domain/rota/instance';
import type { Database } from '../../db/schema';
import { sessionBlocksForStaff } from '../training/session-blocks';

/** Training sessions a worker is booked on, as paid commitments that also block visits (Ethical Care Charter stage 2). */
export async function trainingBlocksForWeek(db: Kysely<Database>, staffIds: readonly string[], from: string, to: string): Promise<Map<string, Commitment[]>> {
  const blocks = new Map<string, Commitment[]>(staffIds.map((id) => [id, []]));
  for (const block of await sessionBlocksForStaff(db, staffIds, from, to)) {
    blocks.get(block.staffId)?.push({ date: block.date, startMinute: block.startMinute, endMinute: Math.min(1440, block.startMinute + block.durationMinutes), kind: 'training' });
  }
  return blocks;
}
