import type { Rng } from '../prng';
import { Change } from './change';
import { startOptions } from './insertion';
import { binomial, popcount, subsets } from './bitsets';
import { availableAt, type Model } from './model';
import type { PlanState } from './state';

/** Most other people's visits one placement may push aside. */
const MAX_EJECTED = 2;

/**
 * People drawn for each re-team, of whom the one seeing the most workers is taken. On the neighbourhood
 * week (6 seeds, 9.5 s) 2 gave 151 people at 3 or fewer, 3 gave 156, 4 gave 157, 6 gave 154.
 */
const PEOPLE_WEIGHED = 4;

/** Skip a person when choosing their smaller team would mean weighing more sets than this. */
const MAX_SUBSETS = 1_000;

/**
 * Re-team: give a person's week to one fewer of their team than they see now, chosen so that between them
 * the new team is available for every visit (the workers the person sees most are kept where they can be).
 * Where a chosen member is busy with someone else at that time, that visit is pushed aside and re-placed
 * afterwards with `reinsert`; the caller's acceptance test rejects the move if coverage suffers.
 *
 * Handing one worker's visits to the others (`consolidateSweep`) fails when the others are off that day:
 * the blocker is then who the team is, not who is busy, and only changing the team gets past it.
 */
export function reteamMove(state: PlanState, rng: Rng, reinsert: (vi: number) => void): Change | null {
  const nc = state.model.clientIds.length;
  if (nc === 0) return null;
  // Of a few people, the one seeing the most workers: that is where a smaller team is worth most.
  let client = rng.int(nc);
  for (let k = 1; k < PEOPLE_WEIGHED; k++) {
    const other = rng.int(nc);
    if ((state.clientCounts[other]?.size ?? 0) > (state.clientCounts[client]?.size ?? 0)) client = other;
  }
  return reteam(state, client, rng, reinsert);
}

function reteam(state: PlanState, client: number, rng: Rng, reinsert: (vi: number) => void): Change | null {
  const m = state.model;
  const counts = state.clientCounts[client];
  const current = counts?.size ?? 0;
  if (counts === undefined || current < 2) return null;
  const visits = state.clientVisits(client).filter((vi) => (state.start[vi] ?? -1) >= 0);
  if (visits.length === 0 || visits.some((vi) => state.pinned[vi] === 1)) return null;
  const team = m.clientTeams[client] ?? [];
  const cover = personCover(state, client);
  if (cover === null) return null;
  const chosen = chooseTeam(state, client, team, cover, current - 1, rng);
  if (chosen === null) return null;

  // Visits the kept members already do stay put; only the dropped workers' visits move.
  const members = team.filter((_, p) => (chosen & (1 << p)) !== 0);
  const moving = visits
    .map((vi) => ({ vi, s: state.start[vi] ?? -1 }))
    .filter(({ vi }) => (state.workersOf[vi] ?? []).some((wi) => !members.includes(wi)));
  const open = state.clientVisits(client).filter((vi) => (state.start[vi] ?? -1) < 0 && state.pinned[vi] !== 1);
  const change = new Change(
    state,
    moving.map(({ vi }) => vi),
  );
  for (const { vi } of moving) state.unassign(vi);
  const order = moving
    .map(({ vi, s }) => ({ vi, s, options: popcount((cover.able.get(vi) ?? 0) & chosen) }))
    .sort((x, y) => (m.visits[y.vi]?.need ?? 1) - (m.visits[x.vi]?.need ?? 1) || x.options - y.options || x.vi - y.vi);
  const ejected: number[] = [];
  const left: number[] = [];
  for (const { vi, s } of order) {
    // One that will not go on the new team is re-placed anyway: the plan may still be better for the rest.
    if (!placeOnMembers(state, vi, s, members, client, rng, change, ejected)) left.push(vi);
  }
  // The person's open visits get the new team's turn too: it was chosen to be available for them.
  for (const vi of open) {
    change.add(vi);
    placeOnMembers(state, vi, m.visits[vi]?.start ?? 0, members, client, rng, change, ejected);
  }
  for (const vi of left) reinsert(vi);
  for (const e of ejected) if ((state.start[e] ?? -1) < 0) reinsert(e);
  return change.seal();
}

/** Which of a person's team could do each of their visits, and which sets of them could do them all. */
interface PersonCover {
  /** By visit: team members (bit p = team[p]) who could take it at some allowed start, whatever else they do. */
  able: Map<number, number>;
  /**
   * By team size: every set of that many members (bitmask) available between them for all the visits anyone could
   * take.
   */
  covering: Map<number, number[] | null>;
}

// Team, skills and availability are fixed for the week, so each person's cover is worked out once per week model.
const coverCache = new WeakMap<Model, (PersonCover | null)[]>();

function personCover(state: PlanState, client: number): PersonCover | null {
  const model = state.model;
  let perModel = coverCache.get(model);
  if (perModel === undefined) {
    perModel = [];
    coverCache.set(model, perModel);
  }
  const known = perModel[client];
  if (known !== undefined) return known;
  const team = model.clientTeams[client] ?? [];
  const cover =
    team.length > 30
      ? null
      : {
          able: new Map(state.clientVisits(client).map((vi) => [vi, availableMembers(model, vi, team)])),
          covering: new Map(),
        };
  perModel[client] = cover;
  return cover;
}

function availableMembers(model: Model, vi: number, team: readonly number[]): number {
  const v = model.visits[vi];
  if (v === undefined) return 0;
  const starts = startOptions(model, vi);
  let mask = 0;
  team.forEach((wi, p) => {
    const w = model.workers[wi];
    if (w !== undefined && v.candidates.includes(wi) && starts.some((s) => availableAt(w, v.day, s, v.dur)))
      mask |= 1 << p;
  });
  return mask;
}

/**
 * The sets of `size` members covering every visit someone could take (a double-up needs two); null when there are too
 * many sets to weigh.
 */
function coveringSets(model: Model, client: number, cover: PersonCover, size: number): number[] | null {
  const known = cover.covering.get(size);
  if (known !== undefined) return known;
  const team = model.clientTeams[client] ?? [];
  let sets: number[] | null = null;
  if (binomial(team.length, size) <= MAX_SUBSETS) {
    // A visit nobody (or only one, for a double-up) can do is uncoverable whatever the team; it does not rule a set
    // out.
    const needs = [...cover.able]
      .map(([vi, mask]) => ({ mask, need: Math.min(model.visits[vi]?.need ?? 1, popcount(mask)) }))
      .filter((x) => x.need > 0);
    sets = [];
    for (const subset of subsets(team.length, size))
      if (needs.every(({ mask, need }) => popcount(mask & subset) >= need)) sets.push(subset);
  }
  cover.covering.set(size, sets);
  return sets;
}

/**
 * A covering set of `size` members that keeps the most visits the person's current workers already do; null if none.
 */
function chooseTeam(
  state: PlanState,
  client: number,
  team: readonly number[],
  cover: PersonCover,
  size: number,
  rng: Rng,
): number | null {
  if (size < 1) return null;
  const sets = coveringSets(state.model, client, cover, size);
  if (sets === null || sets.length === 0) return null;
  const counts = state.clientCounts[client];
  const used = team.map((wi) => counts?.get(wi) ?? 0);
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const subset of sets) {
    const kept = used.reduce((sum, n, p) => ((subset & (1 << p)) !== 0 ? sum + n : sum), 0);
    // A little noise lets near-ties take turns.
    const score = kept + rng.next() * 2;
    if (score > bestScore) {
      bestScore = score;
      best = subset;
    }
  }
  return best;
}

/**
 * Put visit `vi` at start `s` on one of `members` (busiest for this person first), pushing aside what is in the way
 * if need be.
 */
function placeOnMembers(
  state: PlanState,
  vi: number,
  s: number,
  members: readonly number[],
  client: number,
  rng: Rng,
  change: Change,
  ejected: number[],
): boolean {
  const m = state.model;
  const v = m.visits[vi];
  if (v === undefined) return false;
  const counts = state.clientCounts[client];
  const ranked = members
    .filter((wi) => v.candidates.includes(wi))
    .sort((x, y) => (counts?.get(y) ?? 0) - (counts?.get(x) ?? 0) || x - y);
  const codes = ranked.map((wi) => state.check(vi, wi, s));
  const free = ranked.filter((_, k) => codes[k] === null);
  if (free.length >= v.need) {
    state.assign(vi, free.slice(0, v.need), s);
    return true;
  }
  // Only a member kept busy by someone else at that time can be freed by pushing a visit aside.
  const busy = ranked.filter((_, k) => codes[k] === 'overlap');
  if (v.need !== 1 || busy.length === 0) return false;
  const x = rng.pick(busy);
  const startE = m.elapsed(v.day, s);
  const inWay = state
    .inTheWay(x, v.day, startE, v.dur)
    .filter((it) => state.pinned[it.visit] !== 1 && m.visits[it.visit]?.client !== client);
  if (inWay.length === 0 || inWay.length > MAX_EJECTED) return false;
  for (const it of inWay) {
    change.add(it.visit);
    state.unassign(it.visit);
    ejected.push(it.visit);
  }
  if (state.check(vi, x, s) !== null) return false;
  state.assign(vi, [x], s);
  return true;
}
