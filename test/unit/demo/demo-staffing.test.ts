import { describe, expect, it } from 'vitest';
import { chooseTeams, type TeamCandidate } from '@main/demo/choose-teams';
import {
  leastCover,
  PEAK_SLACK,
  planAvailability,
  type DemandItem,
  type WeeklyWindow,
} from '@main/demo/demo-workforce';
import { seededRandom } from '@main/platform/random';

// How the demo branch is staffed: shifts sized to the visits with spare at every moment, and teams chosen as
// interviews would. Small, explicit inputs; the whole demo is checked in test/integration/demo-branch.test.ts.

const days = [1, 2, 3, 4, 5, 6, 7];
/** A morning peak on every day: `count` people wanting a 45-minute visit at 08:00..10:00. */
function mornings(count: number): DemandItem[] {
  return days.flatMap((weekday) =>
    Array.from({ length: count }, (_, i) => ({
      weekday,
      startMinute: 8 * 60 + (i % 5) * 30,
      durationMinutes: 45,
      workersNeeded: 1,
      requiredSkills: [],
    })),
  );
}
const workers = (n: number, hours: number | null) =>
  Array.from({ length: n }, (_, i) => ({ id: `w${i}`, guaranteedHours: hours }));

describe('planAvailability', () => {
  it('gives the visits spare workers at every moment, never all seven days, the same for the same seed', () => {
    const demand = mornings(30);
    const plan = planAvailability(seededRandom(3), workers(40, 16), demand);
    expect(leastCover(plan, demand)).toBeGreaterThanOrEqual(PEAK_SLACK);
    for (const own of plan.values()) expect(new Set(own.map((w) => w.weekday)).size).toBeLessThanOrEqual(6);
    expect(planAvailability(seededRandom(3), workers(40, 16), demand)).toEqual(plan);
  });

  it('gives full-time contracts more days than part-time ones when the visits need no more', () => {
    const demand = mornings(2);
    const daysOf = (plan: Map<string, WeeklyWindow[]>) =>
      [...plan.values()].map((own) => new Set(own.map((w) => w.weekday)).size);
    expect(daysOf(planAvailability(seededRandom(1), workers(10, 37.5), demand))).toEqual(Array(10).fill(6));
    expect(daysOf(planAvailability(seededRandom(1), workers(10, 16), demand))).toEqual(Array(10).fill(4));
  });

  it('stops short of a seventh day when the workforce cannot cover the visits, leaving the gap to show', () => {
    const demand = mornings(40);
    const plan = planAvailability(seededRandom(5), workers(10, 16), demand);
    expect(leastCover(plan, demand)).toBeLessThan(1);
    for (const own of plan.values()) expect(new Set(own.map((w) => w.weekday)).size).toBe(6);
  });
});

describe('chooseTeams', () => {
  const home = { lat: 51.44, lon: -0.02 };
  const allWeek: WeeklyWindow[] = days.map((weekday) => ({ weekday, startMinute: 7 * 60, endMinute: 14 * 60 }));
  const candidate = (id: string, kmEast: number, skills: string[] = [], windows = allWeek): TeamCandidate => ({
    id,
    home: { lat: home.lat, lon: home.lon + kmEast / 69.5 },
    windows,
    skills: new Set(skills) as TeamCandidate['skills'],
  });
  const item = (weekday: number, skills: DemandItem['requiredSkills'] = []): DemandItem => ({
    weekday,
    startMinute: 9 * 60,
    durationMinutes: 45,
    workersNeeded: 1,
    requiredSkills: skills,
  });

  it('picks workers who hold the skills and work at the times over nearer ones who do not', () => {
    const candidates = [
      candidate('near-untrained', 0.1),
      candidate('near-afternoons', 0.2, ['dementia'], [{ weekday: 1, startMinute: 14 * 60, endMinute: 22 * 60 }]),
      candidate('further-trained', 1.5, ['dementia']),
      candidate('far-trained', 2, ['dementia']),
    ];
    const [team] = chooseTeams([{ home, items: [item(1, ['dementia'])], size: 2 }], candidates);
    expect(team).toEqual(['further-trained', 'far-trained']);
  });

  it('spreads people over workers not yet committed at their times, and is the same for the same input', () => {
    const candidates = Array.from({ length: 12 }, (_, i) => candidate(`w${i}`, i * 0.1));
    const people = Array.from({ length: 6 }, () => ({ home, items: [item(1), item(2)], size: 4 }));
    const teams = chooseTeams(people, candidates);
    const teamsOf = new Map<string, number>();
    for (const team of teams) {
      expect(team).toHaveLength(4);
      for (const id of team) teamsOf.set(id, (teamsOf.get(id) ?? 0) + 1);
    }
    // 24 places over 12 workers: everyone is in two teams, not the four nearest in all six.
    expect([...teamsOf.values()]).toEqual(Array(12).fill(2));
    expect(chooseTeams(people, candidates)).toEqual(teams);
  });

  it('keeps a worker the person must have when they can do a visit', () => {
    const candidates = [candidate('a', 0.1), candidate('b', 0.2), candidate('demo', 2.4)];
    const [team] = chooseTeams([{ home, items: [item(1)], size: 2, mustInclude: 'demo' }], candidates);
    expect(team).toContain('demo');
  });
});
