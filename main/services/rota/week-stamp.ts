import { createHash } from 'node:crypto';
import type { RotaVisitRow, RotaWeekRow } from './rota-week-queries';

/**
 * The version of a week as a coordinator saw it: a digest of its status, plan time and every visit's assignment.
 * Publishing compares it, so a week that changed after the check-answers page was drawn is never published unseen.
 * It hashes the content rather than trusting `updated_at`, which two quick edits can share.
 */
export function weekStamp(week: RotaWeekRow, rows: readonly RotaVisitRow[]): string {
  const hash = createHash('sha256');
  hash.update(`${week.status}|${week.planned_at}|${week.updated_at}\n`);
  for (const r of rows) {
    const workers = `${r.worker1_id ?? ''}|${r.worker2_id ?? ''}`;
    hash.update(`${r.id}|${r.date}|${r.start_minute}|${r.duration_minutes}|${workers}|${r.pinned}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}
