import type { Skill } from '@shared/domain/skills';
import { haversineKm } from '@shared/domain/rota/travel';
import type { DemandItem, WeeklyWindow } from './demo-workforce';

/** A care worker a person may interview: where they live, when they work, what they are trained in. */
export interface TeamCandidate {
  id: string;
  home: { lat: number; lon: number };
  windows: readonly WeeklyWindow[];
  skills: ReadonlySet<Skill>;
}

/** A person choosing their team: where they live and the visits of their ideal week. */
export interface ChoosingPerson {
  home: { lat: number; lon: number };
  items: readonly DemandItem[];
  /** Team size they settle on (≤ 12). */
  size: number;
  /** A worker who must be in the team (the demo worker account's people), if they can do any of the visits. */
  mustInclude?: string;
}

// Members able to do each visit (available for all of it, holding its skills): a team covers sickness, leave and
// a busy morning when three can do every visit (six for a double-up).
const COVER_PER_WORKER_NEEDED = 3;
// How far a worker travels to a person's home, as people interview those who live near.
const NEAR_KM = 2.5;
// Half-hour slots of the week: a worker's expected share of visits in each, summed over the teams they are in.
const SLOT_MINUTES = 30;
// What a worker can give a half-hour slot: about one visit with travel.
const SLOT_CAPACITY = 1;

function able(candidate: TeamCandidate, item: DemandItem): boolean {
  const end = item.startMinute + item.durationMinutes;
  return (
    candidate.windows.some(
      (w) => w.weekday === item.weekday && w.startMinute <= item.startMinute && w.endMinute >= end,
    ) && item.requiredSkills.every((s) => candidate.skills.has(s))
  );
}

function slotsOf(item: DemandItem): string[] {
  const first = Math.floor(item.startMinute / SLOT_MINUTES);
  const last = Math.floor((item.startMinute + item.durationMinutes - 1) / SLOT_MINUTES);
  const out: string[] = [];
  for (let s = first; s <= last; s += 1) out.push(`${item.weekday}:${s}`);
  return out;
}

/**
 * Choose every person's team as interviews would: from workers living near enough, each pick the one who adds most
 * to the visits still short of cover (available then and holding the skills), least already committed at those
 * times in other teams, and nearest; then record each member's expected share of the person's visits so later
 * choices spread the load. Deterministic: ties go to the earlier candidate.
 */
export function chooseTeams(people: readonly ChoosingPerson[], candidates: readonly TeamCandidate[]): string[][] {
  const load = new Map<string, Map<string, number>>(candidates.map((c) => [c.id, new Map()]));
  return people.map((person) => {
    const byDistance = candidates.map((c) => ({ c, km: haversineKm(person.home, c.home) })).sort((a, b) => a.km - b.km);
    const near = byDistance.filter((x) => x.km <= NEAR_KM);
    const pool = near.length >= person.size * 2 ? near : byDistance.slice(0, person.size * 2);
    const canDo = new Map(pool.map(({ c }) => [c.id, person.items.map((item) => able(c, item))]));
    const cover = person.items.map(() => 0);
    const team: TeamCandidate[] = [];
    const add = (c: TeamCandidate) => {
      team.push(c);
      (canDo.get(c.id) ?? []).forEach((yes, i) => {
        if (yes) cover[i] = (cover[i] ?? 0) + 1;
      });
    };
    const forced = pool.find((x) => x.c.id === person.mustInclude && canDo.get(x.c.id)?.some(Boolean));
    if (forced) add(forced.c);
    while (team.length < person.size) {
      let best: { c: TeamCandidate; score: number } | null = null;
      for (const { c, km } of pool) {
        if (team.includes(c)) continue;
        const yes = canDo.get(c.id) ?? [];
        const own = load.get(c.id) ?? new Map<string, number>();
        let gain = 0;
        let busy = 0;
        let usable = 0;
        person.items.forEach((item, i) => {
          if (!yes[i]) return;
          usable += 1;
          const wanted = COVER_PER_WORKER_NEEDED * item.workersNeeded;
          if ((cover[i] ?? 0) < wanted) gain += (wanted - (cover[i] ?? 0)) / wanted;
          for (const slot of slotsOf(item)) busy += (own.get(slot) ?? 0) / SLOT_CAPACITY;
        });
        const items = Math.max(1, person.items.length);
        // Cover first; then a worker free at the person's times; then near; then able to do more of the visits.
        // Someone able to do none of the visits comes last (a person with no visits now still has a team).
        const score = gain * 10 - (usable === 0 ? 4 : (busy / usable) * 4) - km + (usable / items) * 2;
        if (best === null || score > best.score) best = { c, score };
      }
      if (!best) break;
      add(best.c);
    }
    // Each able member expects an equal share of each visit.
    person.items.forEach((item, i) => {
      const members = team.filter((c) => canDo.get(c.id)?.[i]);
      for (const c of members) {
        const own = load.get(c.id);
        if (!own) continue;
        for (const slot of slotsOf(item)) own.set(slot, (own.get(slot) ?? 0) + item.workersNeeded / members.length);
      }
    });
    return team.map((c) => c.id);
  });
}
