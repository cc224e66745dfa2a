import type { Selectable } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type { CoverChoice, CoverOptions, CoverRecordView, CoverVisitInput } from '@shared/domain/rota-board/cover';
import { memberFitWords } from '@shared/domain/rota-board/member-fit';
import type { RotaInstance, RotaVisit } from '@shared/domain/rota/instance';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { RotaCoverRecordTable } from '@main/db/schema';
import { coverCandidates, type CoverCandidate } from '@main/rota';
import type { HandlerContext } from '@main/rpc/context';
import { loadStoredPlan, type StoredPlan } from '../rota/stored-plan';
import { coverRecordsOfVisit } from './cover-records';
import { splitChoices } from './cover-split-options';
import { splitNotPossible } from './cover-split-rules';

/** Shorter lengths are offered in steps of this many minutes. */
const SHORTER_STEP = 15;
/** At most this many shorter lengths are tried (each is a fresh look at the whole week). */
const SHORTER_TRIES = 4;

/** Starts within the person's agreed flexibility, every quarter hour and both ends, that keep the day whole. */
export function startsWithinFlexibility(visit: Pick<RotaVisit, 'startMinute' | 'flexMinutes' | 'durationMinutes'>) {
  const first = Math.max(0, visit.startMinute - visit.flexMinutes);
  const last = Math.min(1440 - visit.durationMinutes, visit.startMinute + visit.flexMinutes);
  const starts = new Set<number>([first, last]);
  for (let s = Math.ceil(first / 15) * 15; s <= last; s += 15) starts.add(s);
  return [...starts].filter((s) => s <= last).sort((a, b) => a - b);
}

/** The time of a move against the agreed one, in words. */
export function timeWords(start: number, agreed: number): string {
  if (start === agreed) return `at ${formatMinute(start)}, the agreed time`;
  const d = start - agreed;
  return `at ${formatMinute(start)}, ${Math.abs(d)} minutes ${d < 0 ? 'earlier' : 'later'} than agreed`;
}

/** Shortest length a visit may have: the branch minimum, unless the person agreed to a short visit for it. */
export function shortestMinutes(instance: RotaInstance, visit: Pick<RotaVisit, 'agreedShortVisit'>): number {
  return visit.agreedShortVisit ? 1 : instance.settings.minVisitMinutes;
}

/** The visit in the stored plan, or a clear refusal naming the field. */
export function visitOf(stored: StoredPlan, visitId: string) {
  const row = stored.rowById.get(visitId);
  const visit = stored.instance.visits.find((v) => v.id === visitId);
  if (!row || !visit) throw AppError.field(['visitId'], 'That visit is not in this week’s plan.');
  return { row, visit };
}

/** The week's instance with one visit changed (a shorter length, outside workers allowed to be considered). */
export function withVisit(instance: RotaInstance, visitId: string, change: Partial<RotaVisit>): RotaInstance {
  return { ...instance, visits: instance.visits.map((v) => (v.id === visitId ? { ...v, ...change } : v)) };
}

function choiceOf(stored: StoredPlan, c: CoverCandidate, lead: string): CoverChoice {
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const each = c.workerIds.map((id, i) => {
    const e = c.effects[i];
    const words = e === undefined ? '' : memberFitWords(e);
    return c.workerIds.length === 1 ? words : `${names.get(id) ?? 'a worker'}: ${words}`;
  });
  return {
    startMinute: c.startMinute,
    workerIds: c.workerIds,
    names: c.workerIds.map((id) => names.get(id) ?? 'a worker').join(' and '),
    effect: [lead, ...each].join('; '),
  };
}

function recordWords(r: Selectable<RotaCoverRecordTable>, names: ReadonlyMap<string, string>): CoverRecordView {
  const on = formatDate(r.given_on);
  switch (r.kind) {
    case 'outside_consent':
      return {
        kind: r.kind,
        words:
          `${r.given_by} (${r.relationship ?? 'relationship not recorded'}) consented on ${on} to ` +
          `${names.get(r.worker_id ?? '') ?? 'a worker outside the team'} for this visit`,
      };
    case 'shorter_agreement':
      return { kind: r.kind, words: `${r.given_by} agreed on ${on} to a ${r.duration_minutes ?? '?'}-minute visit` };
    case 'person_told':
      return { kind: r.kind, words: `${r.given_by} told the person on ${on}: ${r.reason ?? ''}` };
    case 'split_agreement':
      return {
        kind: r.kind,
        words:
          `${r.given_by} agreed on ${on} to the visit in two parts: ${r.duration_minutes ?? '?'} minutes, then ` +
          `${r.second_minutes ?? '?'} minutes from ${formatMinute(r.second_start_minute ?? 0)}`,
      };
  }
}

/**
 * Every real option for a visit nobody in the team can take, worked out on the whole week: times within the agreed
 * flexibility at which a team member is free; shorter lengths a member would then fit; named workers outside the
 * team who are free; and what has already been recorded. A covered visit (or a past one) has no options.
 */
export async function coverOptions(ctx: HandlerContext, input: CoverVisitInput): Promise<CoverOptions> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const { row, visit } = visitOf(stored, input.visitId);
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  const records = (await coverRecordsOfVisit(ctx.deps.db, input.isoWeek, input.visitId)).map((r) =>
    recordWords(r, names),
  );
  const shortest = shortestMinutes(stored.instance, visit);
  const base = {
    visitId: visit.id,
    shortestMinutes: shortest,
    records,
    personTold: records.some((r) => r.kind === 'person_told'),
  };
  if (row.worker1_id !== null)
    return { ...base, moves: [], shorter: [], outside: [], splits: [], splitNotPossible: null };
  const moves = coverCandidates(stored.instance, stored.plan, visit.id, startsWithinFlexibility(visit)).map((c) =>
    choiceOf(stored, c, timeWords(c.startMinute, visit.startMinute)),
  );
  const notSplit = splitNotPossible(stored, { row, visit }, shortest);
  // Shortening, splitting and asking outside the team are for one-worker visits: a double-up keeps both workers' time.
  if (visit.workersNeeded !== 1)
    return { ...base, moves, shorter: [], outside: [], splits: [], splitNotPossible: notSplit };
  const shorter = [];
  for (let i = 1; i <= SHORTER_TRIES; i += 1) {
    const length = visit.durationMinutes - i * SHORTER_STEP;
    if (length < shortest) break;
    const resized = withVisit(stored.instance, visit.id, { durationMinutes: length });
    for (const c of coverCandidates(resized, stored.plan, visit.id, [row.start_minute]))
      shorter.push({
        ...choiceOf(stored, c, `${length} minutes instead of ${visit.durationMinutes}`),
        durationMinutes: length,
      });
  }
  const team = new Set(stored.instance.clients.find((c) => c.id === visit.clientId)?.teamWorkerIds ?? []);
  const outsiders = stored.instance.workers.map((w) => w.id).filter((id) => !team.has(id));
  const considered = withVisit(stored.instance, visit.id, { outsideTeamWorkerIds: outsiders });
  const outside = coverCandidates(considered, stored.plan, visit.id, [row.start_minute], outsiders).map((c) =>
    choiceOf(stored, c, 'outside the person’s team'),
  );
  const splits = notSplit === null ? splitChoices(stored, { row, visit }, shortest) : [];
  return { ...base, moves, shorter, outside, splits, splitNotPossible: notSplit };
}
