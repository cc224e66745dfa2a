import { tzOffset } from '@date-fns/tz';
import { LONDON } from '@shared/domain/time/london';

/** The instant a London wall-clock minute of a date happens (GMT or BST as it was on that date). */
export function londonInstant(date: string, minute: number): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  const first = wall - tzOffset(LONDON, new Date(wall)) * 60_000;
  // Near a clock change the offset at the wall time and at the instant can differ; the second look settles it.
  return new Date(wall - tzOffset(LONDON, new Date(first)) * 60_000);
}
