import { formatDuration } from '../time/format';

/** What one team member doing a visit changes in their own week, as the engine measures it. */
export interface MemberFitFacts {
  /** Paid travel added to (negative: saved from) the member's day. */
  travelMinutes: number;
  /** Split shifts added to (negative: removed from) the member's day. */
  splitShifts: number;
  /** The member's working time for the week with the visit. */
  weekMinutes: number;
  guaranteedMinutes: number;
  /** Other visits the member makes to the same person this week. */
  visitsToPerson: number;
  preferred: boolean;
}

const TIMES = ['', 'once', 'twice'];

const minutesOf = (n: number) => `${n} ${n === 1 ? 'minute’s' : 'minutes’'}`;

function travelWords(minutes: number): string {
  if (minutes > 0) return `adds ${minutesOf(minutes)} travel`;
  if (minutes < 0) return `saves ${minutesOf(-minutes)} travel`;
  return 'no extra travel';
}

function continuityWords(visits: number): string {
  if (visits === 0) return 'does not see this person otherwise this week';
  return `already sees this person ${TIMES[visits] ?? `${visits} times`} this week`;
}

function hoursWords(week: number, guaranteed: number): string {
  const of = `${formatDuration(week)} this week`;
  if (guaranteed <= 0) return of;
  if (week < guaranteed) return `${of}, ${formatDuration(guaranteed - week)} below their guaranteed hours`;
  if (week > guaranteed) return `${of}, ${formatDuration(week - guaranteed)} above their guaranteed hours`;
  return `${of}, their guaranteed hours exactly`;
}

/**
 * The effect of a member taking a visit, in the coordinator's words ("adds 12 minutes’ travel; already sees this
 * person twice this week"): travel, continuity, split shifts and hours. Never a score.
 */
export function memberFitWords(f: MemberFitFacts): string {
  return [
    travelWords(f.travelMinutes),
    continuityWords(f.visitsToPerson),
    f.preferred ? 'one of the person’s preferred workers' : null,
    f.splitShifts > 0 ? 'splits their day into another shift' : null,
    f.splitShifts < 0 ? 'joins up two shifts of their day' : null,
    hoursWords(f.weekMinutes, f.guaranteedMinutes),
  ]
    .filter((x): x is string => x !== null)
    .join('; ');
}
