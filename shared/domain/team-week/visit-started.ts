import { londonDate, londonMinute } from '@shared/domain/time/london';

/**
 * Whether a visit has started by `now` (London wall-clock): from its start minute on, it can no longer change hands.
 * The backend refuses by this rule; the worker's pages offer changes only for visits it has not reached.
 */
export function visitHasStarted(date: string, startMinute: number, now: Date): boolean {
  const today = londonDate(now);
  return date < today || (date === today && startMinute <= londonMinute(now));
}
