import type { Insertable } from 'kysely';
import type { RotaChangeTable } from '@main/db/schema';
import type { NoticeDraft } from '@main/services/notices/send-notices';
import { formatDate, formatDuration, formatWeekInSentence } from '@shared/domain/time/format';
import { workerIdsOf, type StoredPlan } from './stored-plan';

/** Each worker with visits in a week just published: how many visits and hours, and where to see them. */
export function weekPublishedNotices(stored: StoredPlan): NoticeDraft[] {
  const totals = new Map<string, { visits: number; minutes: number }>();
  for (const row of stored.rows)
    for (const id of workerIdsOf(row)) {
      const t = totals.get(id) ?? { visits: 0, minutes: 0 };
      totals.set(id, { visits: t.visits + 1, minutes: t.minutes + row.duration_minutes });
    }
  const week = formatWeekInSentence(stored.week.iso_week);
  return [...totals].map(([staffId, t]) => ({
    staffId,
    text:
      `Your rota for the ${week} is published: ${t.visits} visit${t.visits === 1 ? '' : 's'}, ` +
      `${formatDuration(t.minutes)} with people. See it under My rota.`,
  }));
}

/** Each worker on either side of a change to a published week: what changed, visit by visit. */
export function weekChangedNotices(stored: StoredPlan, changes: readonly Insertable<RotaChangeTable>[]): NoticeDraft[] {
  const clientNames = new Map(stored.instance.clients.map((c) => [c.id, c.name]));
  const byWorker = new Map<string, string[]>();
  for (const c of changes) {
    const person = clientNames.get(c.client_id) ?? 'a person';
    const line = `${formatDate(c.date)}, ${person}: was ${c.before_text}, now ${c.after_text}`;
    for (const id of JSON.parse(c.worker_ids_json) as string[]) byWorker.set(id, [...(byWorker.get(id) ?? []), line]);
  }
  const week = formatWeekInSentence(stored.week.iso_week);
  return [...byWorker].map(([staffId, lines]) => ({
    staffId,
    text: `Your rota for the ${week} has changed. ${lines.join('. ')}. See it under My rota.`,
  }));
}
