import type { Kysely } from 'kysely';
import type { Commitment } from '@shared/domain/rota/instance';
import type { Database } from '@main/db/schema';
import { sessionBlocksForStaff } from '../training/session-blocks';

// A training day longer than this includes a lunch break: the block is split around it, as the day really runs.
const LONG_SESSION_MINUTES = 360;
const LUNCH_MINUTES = 30;

/**
 * Training sessions a worker is booked on, as paid commitments that also block visits (Ethical Care Charter stage 2).
 * Overlapping bookings on one day are one block (a person cannot be in two rooms), and a full training day carries its
 * lunch break, so the rota's working-time rules see the day as it is.
 */
export async function trainingBlocksForWeek(
  db: Kysely<Database>,
  staffIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, Commitment[]>> {
  const byWorkerDay = new Map<string, { start: number; end: number }[]>();
  for (const block of await sessionBlocksForStaff(db, staffIds, from, to)) {
    const key = `${block.staffId}|${block.date}`;
    const list = byWorkerDay.get(key) ?? [];
    list.push({ start: block.startMinute, end: Math.min(1440, block.startMinute + block.durationMinutes) });
    byWorkerDay.set(key, list);
  }
  const blocks = new Map<string, Commitment[]>(staffIds.map((id) => [id, []]));
  for (const [key, spans] of byWorkerDay) {
    const [staffId = '', date = ''] = key.split('|');
    spans.sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    for (const span of merged) {
      if (span.end - span.start <= LONG_SESSION_MINUTES) {
        blocks.get(staffId)?.push({ date, startMinute: span.start, endMinute: span.end, kind: 'training' });
        continue;
      }
      const lunchStart = span.start + Math.floor((span.end - span.start - LUNCH_MINUTES) / 2);
      blocks.get(staffId)?.push({ date, startMinute: span.start, endMinute: lunchStart, kind: 'training' });
      blocks
        .get(staffId)
        ?.push({ date, startMinute: lunchStart + LUNCH_MINUTES, endMinute: span.end, kind: 'training' });
    }
  }
  return blocks;
}
