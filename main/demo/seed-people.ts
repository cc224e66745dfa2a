import type { IdealWeekItemInput } from '@shared/domain/clients/ideal-week';
import type { TravelModeName } from '@shared/domain/availability/availability';
import type { Skill } from '@shared/domain/skills';
import type { Strand } from '@shared/domain/training/catalogue';
import { haversineKm } from '@shared/domain/rota/travel';
import { londonDate } from '../platform/clock';
import type { Random } from '../platform/random';
import type { HandlerContext } from '../rpc/context';
import { createPerson } from '../services/clients/client-service';
import { writeIdealWeek } from '../services/clients/ideal-week-service';
import { recordChosenTeam, setDeclined } from '../services/clients/team-service';
import { recordTravel } from '../services/travel/travel-service';
import { contractTerms } from '../services/staff/staff-queries';
import {
  addTeamMeeting,
  decideLeave,
  recordSickness,
  requestLeave,
  saveTravelProfile,
  saveWindows,
} from '../services/availability/availability-service';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import type { SeededStaff } from './seed-staff';
import { chooseTeams } from './choose-teams';
import { planAvailability, planStrands, plannedSkills } from './demo-workforce';

/** Neighbourhood clusters in south-east Lewisham (Catford, Bellingham, Hither Green, Lee, Grove Park, Downham). */
const CLUSTERS = [
  { lat: 51.4455, lon: -0.0205, postcode: 'SE6', town: 'Catford' },
  { lat: 51.4335, lon: -0.0215, postcode: 'SE6', town: 'Bellingham' },
  { lat: 51.4535, lon: -0.0005, postcode: 'SE13', town: 'Hither Green' },
  { lat: 51.4505, lon: 0.0135, postcode: 'SE12', town: 'Lee' },
  { lat: 51.4345, lon: 0.0105, postcode: 'SE12', town: 'Grove Park' },
  { lat: 51.4365, lon: -0.0035, postcode: 'BR1', town: 'Downham' },
] as const;

const STREETS = [
  'Rushey Green',
  'Brownhill Road',
  'Torridon Road',
  'Further Green Road',
  'Verdant Lane',
  'Baring Road',
  'Burnt Ash Hill',
  'Bromley Road',
  'Randlesdown Road',
  'Whitefoot Lane',
  'Sandhurst Road',
  'Hither Green Lane',
  'Manor Lane',
  'Leahurst Road',
  'Wellmeadow Road',
  'Downham Way',
];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const CARE_JOB_ROLES = new Set([7, 8, 52]);
const MODES: { mode: TravelModeName; weight: number }[] = [
  { mode: 'walk', weight: 0.3 },
  { mode: 'public_transport', weight: 0.35 },
  { mode: 'cycle', weight: 0.1 },
  { mode: 'car', weight: 0.25 },
];
const WHAT_MATTERS = [
  'Being called by my first name, a cup of tea with two sugars, and time to chat about the garden.',
  'Keeping my independence: let me do what I can, and help with the rest.',
  'My cat, Mango, and getting to the lunch club on Thursdays.',
  'Listening to gospel music in the morning; my daughter visits on Sundays.',
  'Not being rushed. I like to read the paper before I wash.',
  'Staying in my own home near my friends at church.',
];
const ACCESS = [
  'Key safe by the front door (code from the office). Ring the bell twice before entering.',
  'Side gate entrance; a friendly dog (Buster) who is shut in the kitchen on request.',
  'Door on the latch in the day; chain at night, the neighbour at no. 12 holds a key.',
  'Steep steps to the front door: use the handrail; no parking outside before 10:00.',
];

function point(random: Random, around: { lat: number; lon: number }, sdKm: number) {
  // About 111 km per degree of latitude and 69 km per degree of longitude at 51.4° N.
  return {
    lat: round6(around.lat + random.normal(0, sdKm) / 111),
    lon: round6(around.lon + random.normal(0, sdKm) / 69.5),
  };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

const BOX = { minLat: 51.428, maxLat: 51.462, minLon: -0.042, maxLon: 0.022 };

/** A point near a centre inside the neighbourhood box: redraw when outside (clamping would pile points on the edge). */
function pointInBox(random: Random, around: { lat: number; lon: number }, sdKm: number) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const p = point(random, around, sdKm);
    if (p.lat >= BOX.minLat && p.lat <= BOX.maxLat && p.lon >= BOX.minLon && p.lon <= BOX.maxLon) return p;
  }
  return { lat: around.lat, lon: around.lon };
}

function postcodeIn(random: Random, district: string): string {
  return `${district} ${random.int(1, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`;
}

function weightedMode(random: Random): TravelModeName {
  let x = random.next();
  for (const { mode, weight } of MODES) {
    x -= weight;
    if (x < 0) return mode;
  }
  return 'public_transport';
}

function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() - (weekday - 1));
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Peaks of the homecare day: start window (minutes) and typical durations; teatime calls are agreed 16:00–18:30. */
const PEAKS = {
  morning: { from: 7 * 60, to: 11 * 60, durations: [30, 45, 45, 60] },
  lunch: { from: 12 * 60, to: 13 * 60 + 30, durations: [30, 45] },
  tea: { from: 16 * 60, to: 18 * 60 + 30, durations: [30, 45] },
  evening: { from: 19 * 60 + 30, to: 21 * 60 + 30, durations: [30, 45] },
} as const;
type Peak = keyof typeof PEAKS;
const PURPOSES: Record<Peak, string[]> = {
  morning: [
    'Help to get up, wash and dress, and breakfast together',
    'A shower, getting dressed and my morning tablets',
    'Getting up slowly, breakfast and a chat',
  ],
  lunch: [
    'Lunch and a walk to the end of the road',
    'Warm a meal and sit with me while I eat',
    'Lunch and my midday tablets',
  ],
  tea: [
    'Tea and something light to eat',
    'Tea, a sandwich and the post read to me',
    'Help with tea and tidying the kitchen',
  ],
  evening: [
    'Help to get ready for bed',
    'Evening tablets and settling for the night',
    'Wash, night clothes and a hot drink',
  ],
};
const LEVELS: { peaks: Peak[]; weight: number }[] = [
  { peaks: ['morning'], weight: 0.35 },
  { peaks: ['morning', 'tea'], weight: 0.4 },
  { peaks: ['morning', 'lunch', 'tea'], weight: 0.18 },
  { peaks: ['morning', 'lunch', 'tea', 'evening'], weight: 0.07 },
];

function pickLevel(random: Random): Peak[] {
  let x = random.next();
  for (const level of LEVELS) {
    x -= level.weight;
    if (x < 0) return level.peaks;
  }
  return ['morning'];
}

function pickNeeds(random: Random): Skill[] {
  const needs: Skill[] = [];
  if (random.chance(0.25)) needs.push('dementia');
  if (random.chance(0.4)) needs.push('medication');
  if (random.chance(0.1)) needs.push('moving_and_handling');
  if (random.chance(0.05)) needs.push('end_of_life');
  if (random.chance(0.1)) needs.push('mental_health');
  if (random.chance(0.06)) needs.push('learning_disability');
  if (random.chance(0.05)) needs.push('diabetes');
  return needs;
}

/** What the people seeder made, for tests and benchmarks. */
export interface SeededPeople {
  clientIds: string[];
  careWorkerIds: string[];
  /** The specialist strands each care worker is trained and kept current in (the training seeder follows it). */
  strands: Map<string, Set<Strand>>;
}

/** A person drawn and created, whose team is chosen once everyone's visits are known. */
interface ChoosingLater {
  id: string;
  home: { lat: number; lon: number };
  startDate: string;
  size: number;
  chosenBy: string;
  declines: boolean;
  week: DrawnWeek | null;
  mustInclude: string | undefined;
}

/**
 * ~300 people clustered in south-east Lewisham with ideal weeks with morning/lunch/tea/evening peaks (~14 visits a
 * week each), double-ups and specialist needs; care workers' shifts staffed for those visits with spare time at each
 * peak (demo-workforce.ts); teams of 10–12 chosen as interviews would (choose-teams.ts); travel profiles and a few
 * leave, sickness and team-meeting entries for the care workers. Through the services.
 */
export async function seedPeople(
  ctx: HandlerContext,
  random: Random,
  staff: readonly SeededStaff[],
  count = 300,
): Promise<SeededPeople> {
  const today = londonDate(ctx.deps.clock.now());
  const monday = mondayOf(today);
  const careWorkers = staff.filter((s) => CARE_JOB_ROLES.has(s.jobRole));
  // The demo "worker" account is the first care worker (job role 8): place them in the busiest cluster.
  const demoWorker = staff.find((s) => s.jobRole === 8);

  // Workers: home and travel mode (their weekly windows follow once the visits they will cover are known).
  const homes = new Map<string, { lat: number; lon: number }>();
  for (const [index, worker] of careWorkers.entries()) {
    // As many workers live in each part of the neighbourhood as people are supported there.
    const cluster = worker === demoWorker ? CLUSTERS[0] : (CLUSTERS[index % CLUSTERS.length] ?? CLUSTERS[0]);
    const home = pointInBox(random, cluster, worker === demoWorker ? 0.1 : 0.6);
    homes.set(worker.id, home);
    await saveTravelProfile(ctx, {
      staffId: worker.id,
      travelMode: weightedMode(random),
      homePostcode: postcodeIn(random, cluster.postcode),
      homeLat: home.lat,
      homeLon: home.lon,
    });
  }

  // People, their chosen teams and ideal weeks.
  const clientIds: string[] = [];
  const chosen: ChoosingLater[] = [];
  for (let n = 0; n < count; n += 1) {
    const cluster = CLUSTERS[n % CLUSTERS.length] ?? CLUSTERS[0];
    const home = pointInBox(random, cluster, 0.35);
    const givenName = random.pick(GIVEN_NAMES);
    const familyName = random.pick(FAMILY_NAMES);
    const needs = pickNeeds(random);
    const roll = random.next();
    const status = roll < 0.012 ? 'paused' : roll < 0.02 ? 'ended' : 'active';
    const startDate = addDays(today, -random.int(30, 900));
    const person = await createPerson(ctx, {
      givenName,
      familyName,
      preferredName: random.chance(0.15) ? givenName.slice(0, 4) : null,
      addressedAs: random.chance(0.4) ? `${random.pick(['Mrs', 'Mr', 'Ms', 'Miss'])} ${familyName}` : givenName,
      addressLine1: `${random.int(1, 220)} ${random.pick(STREETS)}`,
      addressLine2: null,
      town: `London (${cluster.town})`,
      postcode: postcodeIn(random, cluster.postcode),
      lat: home.lat,
      lon: home.lon,
      keyContacts: random.chance(0.7)
        ? [
            {
              kind: random.chance(0.5) ? 'unpaid_carer' : 'family',
              name: `${random.pick(GIVEN_NAMES)} ${familyName}`,
              relationship: random.pick(['Daughter', 'Son', 'Husband', 'Wife', 'Niece', 'Neighbour']),
              phone: `07700 9${String(random.int(0, 99_999)).padStart(5, '0')}`,
            },
          ]
        : [],
      whatMatters: random.pick(WHAT_MATTERS),
      supportNeeds: needs,
      accessNotes: random.chance(0.8) ? random.pick(ACCESS) : null,
      startDate,
      status,
      pausedFrom: status === 'paused' ? addDays(today, -random.int(1, 5)) : null,
      pausedUntil: status === 'paused' ? addDays(today, random.int(3, 14)) : null,
      pauseReason: status === 'paused' ? 'Hospital stay' : null,
      endedOn: status === 'ended' ? addDays(today, -random.int(1, 20)) : null,
    });
    clientIds.push(person.id);

    // The team is chosen below, once every person's visits are known and the workforce is staffed for them.
    const size = random.int(10, 12);
    const chosenBy = random.chance(0.7) ? 'The person' : 'Their daughter (representative)';
    const declines = random.chance(0.08);
    const week = status === 'ended' ? null : idealWeek(random, needs);
    chosen.push({
      id: person.id,
      home,
      startDate,
      size,
      chosenBy,
      declines,
      week,
      mustInclude: demoWorker && n % CLUSTERS.length === 0 && n < 60 ? demoWorker.id : undefined,
    });
  }

  // The branch staffs its week for the visits it has agreed: shifts over the peaks, days from contracted hours.
  const demand = chosen.flatMap((p) => p.week?.items ?? []);
  const terms = new Map(
    (
      await contractTerms(
        ctx.deps.db,
        careWorkers.map((w) => w.id),
      )
    ).map((t) => [t.id, t.guaranteed_hours]),
  );
  const windows = planAvailability(
    random,
    careWorkers.map((w) => ({ id: w.id, guaranteedHours: terms.get(w.id) ?? null })),
    demand,
  );
  for (const worker of careWorkers)
    await saveWindows(ctx, { staffId: worker.id, windows: windows.get(worker.id) ?? [] });
  const strands = planStrands(
    random,
    careWorkers.map((w) => w.id),
  );

  // Each person interviews workers who live near, work at their visit times and between them hold the skills.
  const teams = chooseTeams(
    chosen.map((p) => ({
      home: p.home,
      items: p.week?.items ?? [],
      size: p.size,
      ...(p.mustInclude === undefined ? {} : { mustInclude: p.mustInclude }),
    })),
    careWorkers.map((w) => ({
      id: w.id,
      home: homes.get(w.id) ?? CLUSTERS[0],
      windows: windows.get(w.id) ?? [],
      skills: plannedSkills(strands.get(w.id) ?? new Set()),
    })),
  );
  for (const [index, p] of chosen.entries()) {
    const team = teams[index] ?? [];
    await recordChosenTeam(ctx, p.id, team, addDays(p.startDate, -7), p.chosenBy);
    // Now and then someone met at interview and declined: the nearest worker not in the team.
    const outsider = careWorkers
      .filter((w) => !team.includes(w.id))
      .map((w) => ({ id: w.id, km: haversineKm(p.home, homes.get(w.id) ?? p.home) }))
      .sort((a, b) => a.km - b.km)[0];
    if (outsider && p.declines)
      await setDeclined(ctx, {
        clientId: p.id,
        staffId: outsider.id,
        declined: true,
        reason: 'The person did not feel comfortable',
      });
    if (!p.week) continue;
    // Preferred workers: the first the person chose, who can do the most of their visits.
    const preferredWorkerIds = team.slice(0, p.week.preferredCount);
    await writeIdealWeek(ctx, {
      clientId: p.id,
      effectiveFrom: today,
      anchorDate: monday,
      note: 'Co-designed with the person at their review',
      items: p.week.items.map((item) =>
        item.repeat === 'weekly' && !item.agreedShortVisit ? { ...item, preferredWorkerIds } : item,
      ),
    });
  }

  // A few dated exceptions: approved and requested leave, sickness, and a team meeting.
  for (let i = 0; i < 10; i += 1) {
    const worker = random.pick(careWorkers);
    const start = addDays(today, random.int(0, 20));
    const leave = await requestLeave(ctx, {
      staffId: worker.id,
      startDate: start,
      endDate: addDays(start, random.int(0, 6)),
      note: null,
    });
    if (i < 7) await decideLeave(ctx, { id: leave.id, decision: 'approved' });
  }
  const sick = new Set<string>();
  for (let i = 0; i < 3; i += 1) {
    const worker = random.pick(careWorkers);
    // Sickness is recorded once for the same days: a worker drawn twice is already off.
    if (sick.has(worker.id)) continue;
    sick.add(worker.id);
    await recordSickness(ctx, {
      staffId: worker.id,
      startDate: addDays(today, -random.int(0, 2)),
      startMinute: 0,
      expectedEndDate: addDays(today, random.int(1, 4)),
      note: null,
    });
  }
  await addTeamMeeting(ctx, {
    staffIds: careWorkers.slice(0, 12).map((w) => w.id),
    date: addDays(monday, 9),
    startMinute: 14 * 60,
    endMinute: 15 * 60 + 30,
    note: 'Catford team meeting (paid time)',
  });
  // A few actual travel times the branch has recorded (people in the same cluster: every sixth person).
  for (let i = 0; i < 12; i += 1) {
    const from = clientIds[i];
    const to = clientIds[i + CLUSTERS.length];
    if (from && to)
      await recordTravel(ctx, {
        fromId: from,
        toId: to,
        mode: random.pick(['walk', 'public_transport', 'car'] as const),
        minutes: random.int(6, 25),
      });
  }
  return { clientIds, careWorkerIds: careWorkers.map((w) => w.id), strands };
}

/** A person's co-designed week, before their team is chosen (preferred workers are set from the team). */
interface DrawnWeek {
  items: IdealWeekItemInput[];
  /** How many of the team's first choices are the person's preferred workers. */
  preferredCount: number;
}

function idealWeek(random: Random, needs: readonly Skill[]): DrawnWeek {
  const peaks = pickLevel(random);
  const doubleUp = needs.includes('moving_and_handling');
  const items: IdealWeekItemInput[] = [];
  const preferredCount = random.int(1, 2);
  for (const peak of peaks) {
    const spec = PEAKS[peak];
    const start = Math.round(random.int(spec.from, spec.to) / 15) * 15;
    const duration = random.pick(spec.durations);
    const purpose = random.pick(PURPOSES[peak]);
    const skills: Skill[] = [];
    if (needs.includes('dementia')) skills.push('dementia');
    if (needs.includes('medication') && (peak === 'morning' || peak === 'evening')) skills.push('medication');
    if (needs.includes('end_of_life')) skills.push('end_of_life');
    const needsTwo = doubleUp && (peak === 'morning' || peak === 'evening');
    if (needsTwo) skills.push('moving_and_handling');
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      items.push({
        weekday,
        startMinute: weekday >= 6 ? Math.min(start + 30, 23 * 60) : start,
        durationMinutes: duration,
        workersNeeded: needsTwo ? 2 : 1,
        purpose,
        requiredSkills: skills,
        flexMinutes: random.pick([0, 15, 15, 30]),
        preferredWorkerIds: [],
        agreedShortVisit: false,
        repeat: 'weekly',
      });
    }
  }
  // Now and then: a fortnightly shopping trip, or an agreed 15-minute medication prompt.
  if (random.chance(0.12)) {
    items.push({
      weekday: random.int(1, 5),
      startMinute: 10 * 60 + 30,
      durationMinutes: 90,
      workersNeeded: 1,
      purpose: 'Shopping at the market together',
      requiredSkills: [],
      flexMinutes: 30,
      preferredWorkerIds: [],
      agreedShortVisit: false,
      repeat: random.chance(0.5) ? 'week_a' : 'week_b',
    });
  }
  if (needs.includes('medication') && !peaks.includes('evening') && random.chance(0.25)) {
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      items.push({
        weekday,
        startMinute: 21 * 60,
        durationMinutes: 15,
        workersNeeded: 1,
        purpose: 'A quick check that I have taken my evening tablets',
        requiredSkills: ['medication'],
        flexMinutes: 15,
        preferredWorkerIds: [],
        agreedShortVisit: true,
        repeat: 'weekly',
      });
    }
  }
  return { items, preferredCount };
}
