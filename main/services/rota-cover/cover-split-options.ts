import type { SplitChoice } from '@shared/domain/rota-board/cover';
import { memberFitWords } from '@shared/domain/rota-board/member-fit';
import type { RotaInstance, RotaVisit } from '@shared/domain/rota/instance';
import type { RotaPlan } from '@shared/domain/rota/plan';
import { coverCandidates, type CoverCandidate } from '@main/rota';
import type { RotaVisitRow } from '../rota/rota-week-queries';
import { partOfVisit, type StoredPlan } from '../rota/stored-plan';
import { secondPartId, splitWords } from './cover-split-rules';

/** Each look for who could take a part is a fresh look at the whole week: these keep the options to a few dozen. */
const FIRST_LENGTHS = 2;
const FIRST_WORKERS = 2;
const SECOND_STARTS = 2;
const CHOICES = 6;
/** Later starts for the second part are tried in steps of this many minutes. */
const LATER_STEP = 15;

/** First-part lengths to try: half (to 5 minutes), then a quarter hour either side, both parts long enough. */
export function firstLengths(duration: number, shortest: number): number[] {
  const half = Math.floor(duration / 2 / 5) * 5;
  return [half, half + 15, half - 15].filter((m) => m >= shortest && duration - m >= shortest).slice(0, FIRST_LENGTHS);
}

/** Second-part starts: straight after the first, then later steps within the person's agreed flexibility. */
export function secondStarts(firstEnds: number, flex: number, secondMinutes: number): number[] {
  const starts: number[] = [];
  for (let later = 0; later <= flex && starts.length < SECOND_STARTS; later += LATER_STEP)
    if (firstEnds + later + secondMinutes <= 1440) starts.push(firstEnds + later);
  return starts;
}

function withVisits(instance: RotaInstance, visits: RotaVisit[]): RotaInstance {
  return { ...instance, visits };
}

function fitWords(stored: StoredPlan, c: CoverCandidate): string {
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const e = c.effects[0];
  return `${names.get(c.workerIds[0] ?? '') ?? 'a worker'}: ${e === undefined ? '' : memberFitWords(e)}`;
}

/**
 * Ways to split an uncovered one-worker visit in two, worked out on the whole week: for each first-part length, the
 * team members free for the first part at the visit's time, then (with that part theirs) those free for the second
 * part straight after it or later within the agreed flexibility. Best fit first.
 */
export function splitChoices(
  stored: StoredPlan,
  found: { visit: RotaVisit; row: RotaVisitRow },
  shortest: number,
): SplitChoice[] {
  const { visit, row } = found;
  const partId = secondPartId(visit.id);
  const scored: { choice: SplitChoice; delta: number }[] = [];
  for (const first of firstLengths(visit.durationMinutes, shortest)) {
    const second = visit.durationMinutes - first;
    const shortened = stored.instance.visits.map((v) => (v.id === visit.id ? { ...v, durationMinutes: first } : v));
    const firsts = coverCandidates(withVisits(stored.instance, shortened), stored.plan, visit.id, [row.start_minute]);
    for (const c1 of firsts.slice(0, FIRST_WORKERS)) {
      const plan: RotaPlan = {
        ...stored.plan,
        assignments: [
          ...stored.plan.assignments,
          { visitId: visit.id, workerIds: c1.workerIds, startMinute: c1.startMinute },
        ],
      };
      for (const start of secondStarts(row.start_minute + first, visit.flexMinutes, second)) {
        const instance = withVisits(stored.instance, [...shortened, partOfVisit(visit, partId, start, second)]);
        for (const c2 of coverCandidates(instance, plan, partId, [start]).slice(0, 1)) {
          const firstWorkerId = c1.workerIds[0] ?? '';
          const secondWorkerId = c2.workerIds[0] ?? '';
          const firstEnds = row.start_minute + first;
          const when =
            start === firstEnds
              ? 'second part straight after the first'
              : `second part ${start - firstEnds} minutes after the first ends`;
          scored.push({
            delta: c1.weightedDelta + c2.weightedDelta,
            choice: {
              firstMinutes: first,
              secondStartMinute: start,
              secondMinutes: second,
              firstWorkerId,
              secondWorkerId,
              words: splitWords(
                stored,
                { workerId: firstWorkerId, start: row.start_minute, minutes: first },
                { workerId: secondWorkerId, start, minutes: second },
              ),
              effect: [when, fitWords(stored, c1), fitWords(stored, c2)].join('; '),
            },
          });
        }
      }
    }
  }
  return scored
    .sort((a, b) => a.delta - b.delta)
    .slice(0, CHOICES)
    .map((s) => s.choice);
}
