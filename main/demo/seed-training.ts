import type { Skill } from '@shared/domain/skills';
import { STRAND_FOR_SKILL, type CourseInput, type ProviderInput, type Strand } from '@shared/domain/training/catalogue';
import { expiryFor } from '@shared/domain/training/expiry';
import { addMonths } from '@shared/domain/time/calendar';
import { addDays } from '@shared/domain/time/iso-week';
import { londonDate } from '../platform/clock';
import type { Random } from '../platform/random';
import type { HandlerContext } from '../rpc/context';
import { teamNeedsByStaff } from '../services/people/team-needs';
import { addRequirement, saveCourse, saveProvider } from '../services/training/catalogue-service';
import { recordCompetency, signOffStandard } from '../services/training/people-training-service';
import { insertCompletionsBulk, type CompletionFacts } from '../services/training/records-service';
import { bookStaff, cancelSession, saveSession } from '../services/training/sessions-service';
import type { SeededStaff } from './seed-staff';

const PROVIDERS: (ProviderInput & { key: string })[] = [
  {
    key: 'eol',
    name: 'Riverside Hospice Education',
    kind: 'specialist',
    strand: 'end_of_life',
    contact: 'education@riverside-hospice.example.org',
  },
  {
    key: 'mh',
    name: 'South London Mind Learning',
    kind: 'specialist',
    strand: 'mental_health',
    contact: 'learning@sl-mind.example.org',
  },
  {
    key: 'dem',
    name: 'Dementia Care Matters Partnership',
    kind: 'specialist',
    strand: 'dementia',
    contact: 'courses@dcm-partnership.example.org',
  },
  {
    key: 'ld',
    name: 'Learning Disability Alliance London',
    kind: 'specialist',
    strand: 'learning_disability',
    contact: 'training@ldal.example.org',
  },
  {
    key: 'ml',
    name: 'Community Connectors Network',
    kind: 'specialist',
    strand: 'meaningful_life',
    contact: 'hello@community-connectors.example.org',
  },
  { key: 'in', name: 'Hub in-house training team', kind: 'in_house', strand: null, contact: null },
  {
    key: 'el',
    name: 'CareSkills e-Learning',
    kind: 'e_learning',
    strand: null,
    contact: 'support@careskills.example.org',
  },
  {
    key: 'col',
    name: 'Lewisham College',
    kind: 'college',
    strand: null,
    contact: 'adultcare@lewisham-college.example.org',
  },
];

interface CourseSeed {
  key: string;
  name: string;
  provider: string;
  category: number;
  strand?: Strand;
  delivery: CourseInput['delivery'];
  validity: number | null;
  accredited?: boolean;
  cc?: boolean;
  qual?: boolean;
  otj?: boolean;
  skills?: Skill[];
}

// Validity defaults follow domain.md §2.5; they are data (editable per course), not rules in code.
const COURSES: CourseSeed[] = [
  {
    key: 'safeguarding',
    name: 'Safeguarding adults',
    provider: 'in',
    category: 20,
    delivery: 'face_to_face',
    validity: 12,
    cc: true,
  },
  {
    key: 'moving_people',
    name: 'Moving and assisting people',
    provider: 'in',
    category: 15,
    delivery: 'face_to_face',
    validity: 12,
    skills: ['moving_and_handling'],
  },
  {
    key: 'moving_objects',
    name: 'Moving and handling objects',
    provider: 'el',
    category: 45,
    delivery: 'e_learning',
    validity: 36,
  },
  {
    key: 'medication',
    name: 'Medication administration',
    provider: 'in',
    category: 13,
    delivery: 'blended',
    validity: 12,
    accredited: true,
    skills: ['medication'],
  },
  {
    key: 'bls',
    name: 'Basic life support',
    provider: 'in',
    category: 7,
    delivery: 'face_to_face',
    validity: 12,
    cc: true,
  },
  { key: 'fire', name: 'Fire safety', provider: 'el', category: 6, delivery: 'e_learning', validity: 12 },
  {
    key: 'ipc',
    name: 'Infection prevention and control',
    provider: 'el',
    category: 10,
    delivery: 'e_learning',
    validity: 12,
    cc: true,
  },
  { key: 'hs', name: 'Health and safety awareness', provider: 'el', category: 9, delivery: 'e_learning', validity: 36 },
  { key: 'food', name: 'Food hygiene', provider: 'el', category: 8, delivery: 'e_learning', validity: 36 },
  { key: 'data', name: 'Data security awareness', provider: 'el', category: 26, delivery: 'e_learning', validity: 12 },
  {
    key: 'mca',
    name: 'Mental Capacity Act and liberty safeguards',
    provider: 'in',
    category: 14,
    delivery: 'face_to_face',
    validity: 36,
  },
  {
    key: 'equality',
    name: 'Equality, diversity and inclusion',
    provider: 'el',
    category: 23,
    delivery: 'e_learning',
    validity: 36,
  },
  {
    key: 'pbs',
    name: 'Positive behaviour support',
    provider: 'in',
    category: 19,
    delivery: 'face_to_face',
    validity: 12,
  },
  {
    key: 'children',
    name: 'Safeguarding children',
    provider: 'el',
    category: 25,
    delivery: 'e_learning',
    validity: 36,
  },
  {
    key: 'omt_e',
    name: 'Oliver McGowan: e-learning (part 1)',
    provider: 'el',
    category: 41,
    delivery: 'e_learning',
    validity: 36,
  },
  {
    key: 'omt_1',
    name: 'Oliver McGowan: Tier 1 (live online)',
    provider: 'ld',
    category: 42,
    strand: 'learning_disability',
    delivery: 'e_learning',
    validity: 36,
  },
  {
    key: 'omt_2',
    name: 'Oliver McGowan: Tier 2 (one day)',
    provider: 'ld',
    category: 43,
    strand: 'learning_disability',
    delivery: 'face_to_face',
    validity: 36,
    skills: ['autism'],
  },
  {
    key: 'care_cert',
    name: 'Care Certificate',
    provider: 'in',
    category: 21,
    delivery: 'blended',
    validity: null,
    cc: true,
  },
  {
    key: 'l2',
    name: 'Level 2 Adult Social Care Certificate',
    provider: 'col',
    category: 21,
    delivery: 'blended',
    validity: null,
    accredited: true,
    qual: true,
    otj: true,
  },
  {
    key: 'diabetes',
    name: 'Diabetes awareness',
    provider: 'in',
    category: 29,
    delivery: 'face_to_face',
    validity: 36,
    skills: ['diabetes'],
  },
  {
    key: 'epilepsy',
    name: 'Epilepsy and rescue medication',
    provider: 'in',
    category: 27,
    delivery: 'face_to_face',
    validity: 12,
    accredited: true,
    skills: ['epilepsy'],
  },
  {
    key: 'stoma',
    name: 'Catheter and stoma care',
    provider: 'in',
    category: 33,
    delivery: 'face_to_face',
    validity: 24,
    skills: ['stoma_catheter'],
  },
  {
    key: 'peg',
    name: 'PEG feeding',
    provider: 'in',
    category: 16,
    delivery: 'face_to_face',
    validity: 12,
    accredited: true,
    skills: ['peg_feeding'],
  },
  {
    key: 'leadership',
    name: 'Leading a wellbeing team',
    provider: 'col',
    category: 11,
    delivery: 'blended',
    validity: null,
    accredited: true,
    qual: true,
    otj: true,
  },
  {
    key: 'eol_found',
    name: 'End of life care: foundations',
    provider: 'eol',
    category: 17,
    strand: 'end_of_life',
    delivery: 'face_to_face',
    validity: 36,
    skills: ['end_of_life'],
    otj: true,
  },
  {
    key: 'eol_acp',
    name: 'End of life care: advance care planning',
    provider: 'eol',
    category: 17,
    strand: 'end_of_life',
    delivery: 'face_to_face',
    validity: 36,
    skills: ['end_of_life'],
  },
  {
    key: 'mh_first',
    name: 'Mental health awareness and first aid',
    provider: 'mh',
    category: 31,
    strand: 'mental_health',
    delivery: 'face_to_face',
    validity: 36,
    accredited: true,
    skills: ['mental_health'],
    otj: true,
  },
  {
    key: 'dem_adv',
    name: 'Advanced dementia care',
    provider: 'dem',
    category: 2,
    strand: 'dementia',
    delivery: 'face_to_face',
    validity: 36,
    skills: ['dementia'],
    otj: true,
  },
  {
    key: 'dem_btc',
    name: 'Behaviours that challenge in dementia',
    provider: 'dem',
    category: 19,
    strand: 'dementia',
    delivery: 'face_to_face',
    validity: 36,
    skills: ['dementia'],
  },
  {
    key: 'ld_pcs',
    name: 'Learning disability: person-centred support',
    provider: 'ld',
    category: 12,
    strand: 'learning_disability',
    delivery: 'face_to_face',
    validity: 36,
    skills: ['learning_disability'],
    otj: true,
  },
  {
    key: 'autism',
    name: 'Autism: understanding and support',
    provider: 'ld',
    category: 32,
    strand: 'learning_disability',
    delivery: 'blended',
    validity: 36,
    skills: ['autism'],
  },
  {
    key: 'meaningful',
    name: 'Meaningful life roles and community connection',
    provider: 'ml',
    category: 39,
    strand: 'meaningful_life',
    delivery: 'face_to_face',
    validity: 36,
    otj: true,
  },
];

const CARE_ROLES = [7, 8, 52, 45];
const OFFICE_ROLES = [4, 43, 40, 44, 25];
const CARE_SET = [
  'safeguarding',
  'moving_people',
  'moving_objects',
  'medication',
  'bls',
  'fire',
  'ipc',
  'hs',
  'food',
  'data',
  'mca',
  'equality',
  'pbs',
  'children',
  'omt_e',
];
const OFFICE_SET = ['safeguarding', 'fire', 'ipc', 'hs', 'data', 'equality', 'children', 'moving_objects', 'omt_e'];
const STRAND_SETS: Record<Strand, string[]> = {
  dementia: ['dem_adv', 'dem_btc'],
  end_of_life: ['eol_found'],
  mental_health: ['mh_first'],
  learning_disability: ['ld_pcs', 'autism'],
  meaningful_life: ['meaningful'],
};

function minutes(h: number, m = 0): number {
  return h * 60 + m;
}

/**
 * Seed the training catalogue, requirements, five years of records, sessions, competencies and Care Certificate
 * progress.
 */
export async function seedTraining(
  ctx: HandlerContext,
  random: Random,
  staff: readonly SeededStaff[],
  plannedStrands: ReadonlyMap<string, ReadonlySet<Strand>>,
): Promise<void> {
  const today = londonDate(ctx.deps.clock.now());
  const providers = new Map<string, string>();
  for (const { key, ...input } of PROVIDERS) providers.set(key, (await saveProvider(ctx, null, input)).id);
  const courses = new Map<string, { id: string; validity: number | null }>();
  for (const seed of COURSES) {
    const course = await saveCourse(ctx, null, {
      name: seed.name,
      providerId: providers.get(seed.provider) ?? '',
      ascwdsCategory: seed.category,
      strand: seed.strand ?? null,
      delivery: seed.delivery,
      accredited: seed.accredited ?? false,
      validityMonths: seed.validity,
      countsCareCertificate: seed.cc ?? false,
      countsQualification: seed.qual ?? false,
      countsOtj: seed.otj ?? false,
      skills: seed.skills ?? [],
    });
    courses.set(seed.key, { id: course.id, validity: seed.validity });
  }
  const courseId = (key: string) => courses.get(key)?.id ?? '';
  const effectiveFrom = addMonths(today, -60);
  for (const role of CARE_ROLES) {
    for (const key of CARE_SET)
      await addRequirement(ctx, {
        jobRole: role,
        strand: null,
        courseId: courseId(key),
        anyOfGroup: null,
        effectiveFrom,
      });
    // Oliver McGowan part 2: Tier 1 OR Tier 2 (domain.md §2.4); care staff normally take Tier 2.
    for (const key of ['omt_1', 'omt_2'])
      await addRequirement(ctx, {
        jobRole: role,
        strand: null,
        courseId: courseId(key),
        anyOfGroup: 'Oliver McGowan part 2',
        effectiveFrom,
      });
  }
  await addRequirement(ctx, {
    jobRole: 45,
    strand: null,
    courseId: courseId('leadership'),
    anyOfGroup: null,
    effectiveFrom,
  });
  for (const role of OFFICE_ROLES) {
    for (const key of OFFICE_SET)
      await addRequirement(ctx, {
        jobRole: role,
        strand: null,
        courseId: courseId(key),
        anyOfGroup: null,
        effectiveFrom,
      });
    for (const key of ['omt_1', 'omt_2'])
      await addRequirement(ctx, {
        jobRole: role,
        strand: null,
        courseId: courseId(key),
        anyOfGroup: 'Oliver McGowan part 2',
        effectiveFrom,
      });
  }
  for (const [strand, keys] of Object.entries(STRAND_SETS)) {
    for (const key of keys)
      await addRequirement(ctx, {
        jobRole: null,
        strand: strand as Strand,
        courseId: courseId(key),
        anyOfGroup: null,
        effectiveFrom,
      });
  }

  // Five years of records: each course renewed a little before it lapses, with some lapsed and some never done.
  const staffStart = new Map<string, string>();
  for (const row of await ctx.deps.db.selectFrom('staff').select(['id', 'start_date']).execute())
    staffStart.set(row.id, row.start_date);
  const facts: CompletionFacts[] = [];
  const teamNeeds = await teamNeedsByStaff(
    ctx.deps.db,
    staff.filter((p) => CARE_ROLES.includes(p.jobRole)).map((p) => p.id),
  );
  const windowStart = addMonths(today, -60);
  const chain = (staffId: string, key: string, start: string, lapseChance: number) => {
    const course = courses.get(key);
    if (!course) return;
    let completedOn = addDays(start, random.int(3, 60));
    while (completedOn <= today) {
      facts.push({
        staffId,
        courseId: course.id,
        completedOn,
        expiresOn: null,
        certificateId: null,
        sessionId: null,
        source: 'demo',
        notes: null,
      });
      const expiry = expiryFor(completedOn, course.validity);
      if (expiry === null || random.chance(lapseChance)) return;
      completedOn = addDays(expiry, -random.int(0, 60));
    }
  };
  for (const person of staff) {
    const started = staffStart.get(person.id) ?? today;
    const from = started > windowStart ? started : addDays(windowStart, -random.int(0, 300));
    const care = CARE_ROLES.includes(person.jobRole);
    const set = care ? CARE_SET : OFFICE_ROLES.includes(person.jobRole) ? OFFICE_SET : [];
    for (const key of set) if (!random.chance(0.03)) chain(person.id, key, from, 0.02);
    if (set.length > 0 && !random.chance(0.05)) chain(person.id, care ? 'omt_2' : 'omt_1', from, 0.05);
    if (care && started < addDays(today, -120)) chain(person.id, 'care_cert', started, 0);
    if (care) {
      // The strands the branch's training plan gives the worker are kept current (their teams were chosen on them);
      // other strands the people in their teams need (the requirements the matrix checks) are often not done yet,
      // so the matrix shows realistic gaps. Meaningful life roles are chosen.
      const planned = plannedStrands.get(person.id) ?? new Set<Strand>();
      const strands = new Set<Strand>();
      for (const skill of teamNeeds.get(person.id) ?? []) {
        const strand = STRAND_FOR_SKILL[skill];
        if (strand && !planned.has(strand)) strands.add(strand);
      }
      if (random.chance(0.15)) strands.add('meaningful_life');
      for (const strand of planned)
        for (const key of STRAND_SETS[strand]) chain(person.id, key, addDays(from, random.int(30, 400)), 0);
      for (const strand of strands)
        if (random.chance(0.4))
          for (const key of STRAND_SETS[strand]) chain(person.id, key, addDays(from, random.int(30, 400)), 0.05);
    }
    if (care && random.chance(0.15))
      chain(person.id, random.pick(['diabetes', 'epilepsy', 'stoma', 'peg']), addDays(from, random.int(0, 600)), 0.1);
    if (person.jobRole === 45 && random.chance(0.6))
      chain(person.id, 'leadership', addDays(from, random.int(0, 900)), 0);
  }
  await insertCompletionsBulk(ctx, facts);

  // Observed competencies: medication and moving and handling, reassessed yearly (some now overdue).
  const careStaff = staff.filter((s) => CARE_ROLES.includes(s.jobRole));
  for (const person of careStaff.slice(0, 45)) {
    const competency = random.chance(0.5) ? ('medication' as const) : ('moving_and_handling' as const);
    const assessedOn = addDays(today, -random.int(10, 420));
    await recordCompetency(ctx, {
      staffId: person.id,
      competency,
      assessedOn,
      outcome: random.chance(0.92) ? 'competent' : 'not_yet_competent',
      nextDueOn: addMonths(assessedOn, 12),
      notes: null,
    });
  }

  // Care Certificate progress for the newest starters.
  const newest = [...careStaff].filter((s) => (staffStart.get(s.id) ?? '') > addDays(today, -120));
  for (const person of newest) {
    const started = staffStart.get(person.id) ?? today;
    const done = Math.min(16, random.int(2, 14));
    for (let standard = 1; standard <= done; standard += 1) {
      const on = addDays(
        started,
        Math.min(standard * 5, Math.max(0, Math.floor((Date.parse(today) - Date.parse(started)) / 86_400_000))),
      );
      await signOffStandard(ctx, { staffId: person.id, standard, signedOffOn: on > today ? today : on });
    }
  }

  // Sessions: one today in the hub's training room (the trainer's register has people), a few ahead, one cancelled.
  const trainer = staff.find((s) => s.jobRole === 44);
  const trainerName = trainer ? `${trainer.givenName} ${trainer.familyName}` : null;
  const worker = staff.find((s) => s.jobRole === 8);
  const pool = careStaff.filter((s) => s.id !== worker?.id);
  const plan: {
    key: string;
    days: number;
    start: number;
    duration: number;
    venue: 'hub_room' | 'provider_site' | 'online';
    detail: string | null;
    capacity: number;
    book: number;
    trainer: string | null;
  }[] = [
    {
      key: 'moving_people',
      days: 0,
      start: minutes(9, 30),
      duration: 180,
      venue: 'hub_room',
      detail: 'Catford hub, training room',
      capacity: 16,
      book: 12,
      trainer: trainerName,
    },
    {
      key: 'medication',
      days: 2,
      start: minutes(10),
      duration: 240,
      venue: 'hub_room',
      detail: 'Catford hub, training room',
      capacity: 12,
      book: 8,
      trainer: trainerName,
    },
    {
      key: 'dem_adv',
      days: 6,
      start: minutes(9, 30),
      duration: 360,
      venue: 'provider_site',
      detail: 'Dementia Care Matters, Deptford',
      capacity: 14,
      book: 10,
      trainer: null,
    },
    {
      key: 'omt_2',
      days: 9,
      start: minutes(9),
      duration: 420,
      venue: 'hub_room',
      detail: 'Catford hub, training room',
      capacity: 20,
      book: 15,
      trainer: null,
    },
    {
      key: 'eol_found',
      days: 13,
      start: minutes(13),
      duration: 180,
      venue: 'online',
      detail: 'Video call link sent the day before',
      capacity: 25,
      book: 9,
      trainer: null,
    },
    {
      key: 'bls',
      days: 16,
      start: minutes(9, 30),
      duration: 180,
      venue: 'hub_room',
      detail: 'Catford hub, training room',
      capacity: 12,
      book: 6,
      trainer: trainerName,
    },
    {
      key: 'pbs',
      days: 20,
      start: minutes(10),
      duration: 240,
      venue: 'hub_room',
      detail: 'Catford hub, training room',
      capacity: 12,
      book: 5,
      trainer: trainerName,
    },
  ];
  let cursor = random.int(0, Math.max(0, pool.length - 1));
  for (const [index, item] of plan.entries()) {
    const session = await saveSession(ctx, null, {
      courseId: courseId(item.key),
      date: addDays(today, item.days),
      startMinute: item.start,
      durationMinutes: item.duration,
      venue: item.venue,
      venueDetail: item.detail,
      trainerName: item.trainer,
      capacity: item.capacity,
    });
    const booked: string[] = [];
    if (worker && (index === 1 || index === 4)) booked.push(worker.id);
    while (booked.length < item.book && pool.length > 0) {
      cursor = (cursor + random.int(1, 7)) % pool.length;
      const pick = pool[cursor];
      if (pick && !booked.includes(pick.id)) booked.push(pick.id);
    }
    await bookStaff(ctx, session.id, booked);
    if (index === 4) await cancelSession(ctx, session.id);
  }
}
