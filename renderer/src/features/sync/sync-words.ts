import type { OutboxEntry } from '@shared/domain/sync/sync-views';
import { periodLabel } from '@shared/domain/sync/summary-words';
import { formatInstant } from '@shared/domain/time/format';

/** An outbox item's state in words. */
export function stateWords(entry: Pick<OutboxEntry, 'state' | 'nextAttemptAt'>): string {
  switch (entry.state) {
    case 'sent':
      return 'Sent';
    case 'parked':
      return 'Stopped: needs you';
    case 'sending':
      return 'Sending';
    default:
      return entry.nextAttemptAt ? `Waiting, tried again ${formatInstant(entry.nextAttemptAt)}` : 'Waiting to send';
  }
}

/** The period an outbox item covers, in words. */
export function entryPeriod(entry: Pick<OutboxEntry, 'periodKind' | 'periodStart'>): string {
  return periodLabel({ kind: entry.periodKind, start: entry.periodStart });
}
