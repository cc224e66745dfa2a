import type { FunctionalSkillStatus } from '@shared/domain/apprenticeships/apprenticeships';
import { REVIEW_INTERVAL_DAYS } from '@shared/domain/apprenticeships/policy';
import { plannedTotalOtjHours } from '@shared/domain/apprenticeships/rules';
import { addMonths } from '@shared/domain/time/calendar';
import { addDays, daysBetween } from '@shared/domain/time/iso-week';
import type { PathwayStepInput } from '@shared/domain/pathway/steps';
import { londonDate } from '../platform/clock';
import type { Random } from '../platform/random';
import type { HandlerContext } from '../rpc/context';
import { createHandlerContext } from '../rpc/handler-context';
import { findStaff } from '../services/staff/staff-queries';
import { apprenticeshipDetail } from '../services/apprenticeships/apprenticeship-detail';
import { standardByCode } from '../services/apprenticeships/apprenticeship-queries';
import { heldQualification } from '../services/pathway/pathway-queries';
import { enrol } from '../services/apprenticeships/enrolment-service';
import { recordEpa, setGatewayItem } from '../services/apprenticeships/epa-service';
import { logOtj } from '../services/apprenticeships/otj-service';
import { recordReview } from '../services/apprenticeships/review-service';
import { GATEWAY_ITEMS } from '@shared/domain/apprenticeships/apprenticeships';
import { recordProgression, setMember, signOff } from '../services/pathway/progression-service';
import { recordQualification } from '../services/pathway/qualifications-service';
import { saveStep } from '../services/pathway/steps-service';
import type { SeededStaff } from './seed-staff';

type StepKey = 'new' | 'ww' | 'senior' | 'tl' | 'dementia' | 'eol' | 'deputy' | 'rm';

const STEPS: { key: StepKey; prev: StepKey | null; input: Omit<PathwayStepInput, 'previousStepId'> }[] = [
  {
    key: 'new',
    prev: null,
    input: {
      name: 'New Wellbeing Worker',
      cwpCategory: 1,
      route: 'core',
      description: 'Induction and the Care Certificate; shadowing, then visits with a buddy.',
      minMonthsInPrevious: 0,
      requiresSignOff: false,
      requiredCourses: [],
      requiredQualifications: [],
      sortOrder: 0,
    },
  },
  {
    key: 'ww',
    prev: 'new',
    input: {
      name: 'Wellbeing Worker',
      cwpCategory: 2,
      route: 'core',
      description: 'Established in the role and trusted with the whole of a person’s visits.',
      minMonthsInPrevious: 6,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [158],
      sortOrder: 0,
    },
  },
  {
    key: 'senior',
    prev: 'ww',
    input: {
      name: 'Senior Wellbeing Worker',
      cwpCategory: 3,
      route: 'core',
      description: 'Delegated health tasks, spot checks and buddying new starters.',
      minMonthsInPrevious: 12,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [129],
      sortOrder: 0,
    },
  },
  {
    key: 'tl',
    prev: 'senior',
    input: {
      name: 'Team Leader',
      cwpCategory: 4,
      route: 'core',
      description: 'Leads a neighbourhood team: supervision, rotas with the coordinators, first on call.',
      minMonthsInPrevious: 12,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [130],
      sortOrder: 0,
    },
  },
  {
    key: 'dementia',
    prev: 'senior',
    input: {
      name: 'Dementia Lead',
      cwpCategory: 5,
      route: 'specialist',
      description: 'Specialist practice lead for people living with dementia; no line management.',
      minMonthsInPrevious: 12,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [56],
      sortOrder: 1,
    },
  },
  {
    key: 'eol',
    prev: 'senior',
    input: {
      name: 'End of Life Lead',
      cwpCategory: 5,
      route: 'specialist',
      description: 'Specialist practice lead for end of life care with the district nurses and hospice.',
      minMonthsInPrevious: 12,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [130],
      sortOrder: 2,
    },
  },
  {
    key: 'deputy',
    prev: 'tl',
    input: {
      name: 'Deputy Manager',
      cwpCategory: 6,
      route: 'core',
      description: 'Helps run the branch; people management.',
      minMonthsInPrevious: 18,
      requiresSignOff: true,
      requiredCourses: [],
      requiredQualifications: [109],
      sortOrder: 0,
    },
  },
  {
    key: 'rm',
    prev: 'deputy',
    input: {
      name: 'Registered Manager',
      cwpCategory: 7,
      route: 'core',
      description: 'Registered with CQC; runs the service.',
      minMonthsInPrevious: 24,
      requiresSignOff: false,
      requiredCourses: [],
      requiredQualifications: [132],
      sortOrder: 0,
    },
  },
];

/** The ladder a demo person climbed, by job role; specialists branch off at senior. */
function ladderFor(jobRole: number): StepKey[] | null {
  switch (jobRole) {
    case 8:
    case 52:
      return ['new', 'ww'];
    case 7:
      return ['new', 'ww', 'senior'];
    case 45:
      return ['new', 'ww', 'senior', 'tl'];
    case 43:
      return ['new', 'ww', 'senior', 'tl', 'deputy'];
    case 4:
      return ['new', 'ww', 'senior', 'tl', 'deputy', 'rm'];
    default:
      return null; // office roles are not on the care pathway
  }
}

const QUAL_FOR_STEP: Partial<Record<StepKey, number>> = {
  ww: 158,
  senior: 129,
  tl: 130,
  dementia: 56,
  eol: 130,
  deputy: 109,
  rm: 132,
};
const RATE_FOR_STEP: Record<StepKey, number> = {
  new: 1385,
  ww: 1420,
  senior: 1510,
  tl: 1640,
  dementia: 1600,
  eol: 1600,
  deputy: 1900,
  rm: 2400,
};

/** Fill the pathway: steps on the CWP backbone, every care worker placed with history, qualifications, supervisors. */
export async function seedPathway(ctx: HandlerContext, random: Random, staff: readonly SeededStaff[]): Promise<void> {
  const today = londonDate(ctx.deps.clock.now());
  const ids = new Map<StepKey, string>();
  for (const step of STEPS) {
    const saved = await saveStep(ctx, null, { ...step.input, previousStepId: step.prev ? ids.get(step.prev)! : null });
    ids.set(step.key, saved.id);
  }
  const teamLeaders = staff.filter((s) => s.jobRole === 45);
  const deputy = staff.find((s) => s.jobRole === 43);
  const manager = staff.find((s) => s.jobRole === 4);
  let n = 0;
  let specialists = 0;
  for (const person of staff) {
    const ladder = ladderFor(person.jobRole);
    if (!ladder) continue;
    n += 1;
    // The first few seniors took a specialist route instead.
    if (person.jobRole === 7 && specialists < 3)
      ladder.push((['dementia', 'eol', 'dementia'] as const)[specialists++]!);
    const record = (await findStaff(ctx.deps.db, person.id))!;
    const supervisor =
      person.jobRole === 8 || person.jobRole === 52 || person.jobRole === 7
        ? teamLeaders[n % teamLeaders.length]
        : person.jobRole === 45
          ? deputy
          : person.jobRole === 43
            ? manager
            : undefined;
    await setMember(ctx, {
      staffId: person.id,
      supervisorStaffId: supervisor?.id ?? null,
      boroughResident: random.chance(0.1) ? null : random.chance(0.62),
    });
    // Walk up the ladder from the start date; someone who joined recently was appointed straight onto a later step.
    let steps = ladder;
    let dates = ladderDates(record.start_date, steps, random);
    while (steps.length > 1 && dates.at(-1)! > today) {
      steps = steps.slice(1);
      dates = ladderDates(record.start_date, steps, random);
    }
    // A care worker who started in the last 200 days is still new to care.
    if (ladder.length === 2 && daysBetween(record.start_date, today) < 200) {
      steps = ['new'];
      dates = [record.start_date];
    }
    for (let i = 0; i < steps.length; i += 1) {
      const key = steps[i]!;
      const effective = dates[i]!;
      if (i > 0) {
        // Met the step's requirements before moving up: its qualification and a supervisor's sign-off.
        const qual = QUAL_FOR_STEP[key];
        if (qual) await recordIfMissing(ctx, person.id, qual, Number(addDays(effective, -30).slice(0, 4)));
        if (STEPS.find((s) => s.key === key)!.input.requiresSignOff)
          await signOff(ctx, {
            staffId: person.id,
            stepId: ids.get(key)!,
            signedOn: addDays(effective, -14),
            note: null,
          });
      }
      await recordProgression(ctx, {
        staffId: person.id,
        stepId: ids.get(key)!,
        kind: i === 0 ? 'appointed' : 'progressed',
        effectiveDate: effective,
        newHourlyRatePence: RATE_FOR_STEP[key],
        note: i === 0 ? 'Joined the branch' : null,
        overrideReason: null,
      });
    }
    // Some supervisors have already signed off their worker for the next step.
    const next = STEPS.find((s) => s.prev === steps.at(-1) && s.input.route === 'core');
    if (next?.input.requiresSignOff && random.chance(0.2)) {
      await signOff(ctx, {
        staffId: person.id,
        stepId: ids.get(next.key)!,
        signedOn: addDays(today, -random.int(3, 60)),
        note: 'Ready when a vacancy comes up',
      });
    }
    // Some workers already hold the next step's qualification; a few have extra certificates.
    if (steps.at(-1) === 'ww' && random.chance(0.25))
      await recordIfMissing(ctx, person.id, 129, Number(today.slice(0, 4)) - random.int(0, 3));
    else if (random.chance(0.1))
      await recordIfMissing(
        ctx,
        person.id,
        random.pick([148, 149, 150, 154, 156]),
        Number(today.slice(0, 4)) - random.int(0, 5),
      );
  }
}

function ladderDates(start: string, steps: readonly StepKey[], random: Random): string[] {
  const dates = [start];
  for (let i = 1; i < steps.length; i += 1) {
    const months = STEPS.find((s) => s.key === steps[i])!.input.minMonthsInPrevious || 6;
    dates.push(addMonths(dates[i - 1]!, months + random.int(0, 14)));
  }
  return dates;
}

async function recordIfMissing(ctx: HandlerContext, staffId: string, code: number, year: number): Promise<void> {
  const held = await heldQualification(ctx.deps.db, staffId, code);
  const thisYear = ctx.deps.clock.now().getUTCFullYear();
  if (!held)
    await recordQualification(ctx, {
      staffId,
      qualificationCode: code,
      yearAchieved: Math.min(year, thisYear),
      notes: null,
    });
}

type Plan = {
  standard: string;
  monthsAgo: number;
  months: number;
  pace: number;
  overdueReview?: boolean;
  completed?: 'pass' | 'merit' | 'distinction';
  nearGateway?: boolean;
  age?: number;
};

const APPRENTICE_PLANS: Plan[] = [
  { standard: 'ST0005', monthsAgo: 3, months: 14, pace: 1.1, age: 18 },
  { standard: 'ST0005', monthsAgo: 7, months: 14, pace: 0.55 },
  { standard: 'ST0005', monthsAgo: 10, months: 14, pace: 1.05, overdueReview: true },
  { standard: 'ST0005', monthsAgo: 5, months: 14, pace: 1.0 },
  { standard: 'ST0005', monthsAgo: 12, months: 14, pace: 1.15, nearGateway: true },
  { standard: 'ST0005', monthsAgo: 22, months: 14, pace: 1.1, completed: 'merit' },
  { standard: 'ST0006', monthsAgo: 2, months: 18, pace: 1.0 },
  { standard: 'ST0006', monthsAgo: 9, months: 18, pace: 0.6, overdueReview: true },
  { standard: 'ST0006', monthsAgo: 14, months: 18, pace: 1.05 },
  { standard: 'ST0006', monthsAgo: 26, months: 18, pace: 1.1, completed: 'pass' },
  { standard: 'ST0006', monthsAgo: 6, months: 18, pace: 0.95, age: 17 },
  { standard: 'ST0007', monthsAgo: 8, months: 18, pace: 1.0 },
  { standard: 'ST0007', monthsAgo: 15, months: 18, pace: 0.7 },
  { standard: 'ST0007', monthsAgo: 4, months: 18, pace: 1.05 },
  { standard: 'ST0008', monthsAgo: 11, months: 18, pace: 1.0 },
  { standard: 'ST0008', monthsAgo: 5, months: 18, pace: 0.9, overdueReview: true },
];

const PROVIDERS = ['South London Care Academy', 'Lewisham College (Apprenticeships)', 'Skills Partnership London'];
const ACTIVITIES = [
  'Diploma unit study with tutor',
  'Shadowing a district nurse',
  'E-learning: safeguarding adults',
  'Reflective account write-up',
  'Workshop: person-centred planning',
  'Observed practice and feedback',
];

/** ~16 apprentices across the four standards with OTJ logs, reviews, a couple completed and one near gateway. */
export async function seedApprenticeships(
  ctx: HandlerContext,
  random: Random,
  staff: readonly SeededStaff[],
  workerStaffId: string | null,
): Promise<void> {
  const today = londonDate(ctx.deps.clock.now());
  const byRole = (roles: number[]) => staff.filter((s) => roles.includes(s.jobRole));
  const pools: Record<string, SeededStaff[]> = {
    ST0005: byRole([8, 52]).filter((s) => s.id !== workerStaffId),
    ST0006: byRole([8, 7])
      .filter((s) => s.id !== workerStaffId)
      .reverse(),
    ST0007: byRole([7, 45]),
    ST0008: byRole([45, 43]).reverse(),
  };
  const mentors = byRole([45, 7]);
  const used = new Set<string>();
  const take = (code: string): SeededStaff => {
    const person = pools[code]!.find((s) => !used.has(s.id))!;
    used.add(person.id);
    return person;
  };
  const plans = APPRENTICE_PLANS.map((plan, i) => ({
    plan,
    person: i === 0 && workerStaffId ? staff.find((s) => s.id === workerStaffId)! : take(plan.standard),
  }));
  if (workerStaffId) used.add(workerStaffId);
  for (const { plan, person } of plans) {
    const startDate = addDays(addMonths(today, -plan.monthsAgo), -random.int(0, 20));
    const plannedEndDate = addMonths(startDate, plan.months);
    const weeklyHours = random.pick([37.5, 37.5, 30, 24, 20]);
    const mentor =
      mentors.find((m) => m.id !== person.id && !used.has(m.id) && random.chance(0.5)) ??
      mentors.find((m) => m.id !== person.id)!;
    const age = plan.age ?? random.int(19, 52);
    const skill = (): FunctionalSkillStatus =>
      age < 19 ? 'in_progress' : random.pick(['exempt', 'not_taking', 'achieved'] as const);
    const { id } = await enrol(ctx, {
      staffId: person.id,
      standardCode: plan.standard,
      providerName: random.pick(PROVIDERS),
      startDate,
      plannedEndDate,
      mentorStaffId: mentor.id,
      weeklyHours,
      ageAtStart: age,
      englishStatus: plan.completed || plan.nearGateway ? 'exempt' : skill(),
      mathsStatus: plan.completed || plan.nearGateway ? 'achieved' : skill(),
    });
    const standard = (await standardByCode(ctx.deps.db, plan.standard).executeTakeFirstOrThrow()).minimum_otj_hours;
    const total = plannedTotalOtjHours({ startDate, plannedEndDate, weeklyHours, standardMinimumHours: standard });
    const end = plan.completed ? addDays(plannedEndDate, -20) : today;
    // An entry every four weeks (a study block) at the apprentice's pace against the even line.
    const blocks = Math.max(1, Math.floor(daysBetween(startDate, plannedEndDate) / 28));
    const perEntry = (total / blocks) * (plan.completed || plan.nearGateway ? 1.25 : plan.pace);
    for (let d = addDays(startDate, 3); d <= end; d = addDays(d, 28)) {
      const hours = Math.max(0.25, Math.min(23.75, Math.round(perEntry * (0.8 + random.next() * 0.4) * 4) / 4));
      await logOtj(ctx, {
        apprenticeshipId: id,
        date: d,
        hours,
        activity: random.pick(ACTIVITIES),
        evidence: random.chance(0.5) ? 'Tutor sign-off in portfolio' : null,
      });
    }
    if (plan.completed || plan.nearGateway) {
      // Those at or past gateway have done all their hours: top up any shortfall left by the random pace.
      let short = (await apprenticeshipDetail(ctx, id)).otj;
      for (let d = addDays(end, -1); short.actualToDate < short.plannedTotal; d = addDays(d, -1)) {
        const hours = Math.min(20, Math.ceil((short.plannedTotal - short.actualToDate) * 4) / 4);
        await logOtj(ctx, {
          apprenticeshipId: id,
          date: d,
          hours,
          activity: 'Study block before gateway',
          evidence: 'Portfolio evidence',
        });
        short = (await apprenticeshipDetail(ctx, id)).otj;
      }
    }
    // Reviews roughly every 10 weeks; an overdue one stops early.
    const lastReviewBy = plan.overdueReview ? addDays(today, -(REVIEW_INTERVAL_DAYS + random.int(5, 30))) : end;
    for (let r = addDays(startDate, 70); r <= lastReviewBy; r = addDays(r, 70 - random.int(0, 10))) {
      await recordReview(ctx, {
        apprenticeshipId: id,
        reviewDate: r,
        apprenticePresent: true,
        employerRep: mentor.givenName + ' ' + mentor.familyName,
        providerRep: random.pick(['Tutor: J. Okafor', 'Tutor: M. Brennan', 'Assessor: R. Shah']),
        progressSummary: random.pick([
          'On plan; diploma units progressing.',
          'Some slippage on OTJ; agreed a catch-up plan.',
          'Strong practice observation.',
        ]),
        actions: random.pick([
          'Complete next diploma unit by the next review.',
          'Book two study afternoons a month.',
          'Gather testimonies from two families.',
        ]),
      });
    }
    if (plan.completed || plan.nearGateway) {
      for (const item of GATEWAY_ITEMS) {
        if (plan.nearGateway && item.key === 'three_party_agreement') continue;
        await setGatewayItem(ctx, { apprenticeshipId: id, key: item.key, doneOn: addDays(end, -random.int(1, 10)) });
      }
    }
    if (plan.completed)
      await recordEpa(ctx, {
        apprenticeshipId: id,
        epaDate: addDays(plannedEndDate, random.int(10, 40)),
        result: plan.completed,
        overrideReason: null,
      });
  }
  // The demo worker has logged some hours of their own, waiting for their mentor to approve.
  const mine = plans[0];
  if (workerStaffId && mine) {
    const row = await ctx.deps.db
      .selectFrom('apprenticeship')
      .select('id')
      .where('staff_id', '=', workerStaffId)
      .executeTakeFirstOrThrow();
    const self = createHandlerContext(
      ctx.deps,
      {
        tokenHash: 'demo',
        accountId: 'demo',
        username: 'worker',
        displayName: 'demo worker',
        roles: ['worker'],
        staffId: workerStaffId,
        mustChangePassword: false,
        reauthUntil: null,
      },
      { sessionToken: null, setSessionToken: () => undefined, transport: 'cli' },
    );
    for (const days of [6, 2]) {
      await logOtj(self, {
        apprenticeshipId: row.id,
        date: addDays(today, -days),
        hours: 3,
        activity: 'Diploma unit: communication in care',
        evidence: 'Workbook pages 12-18',
      });
    }
  }
}

/** The pathway and apprenticeship demo, after staff and accounts (the demo worker account is the first care worker). */
export async function seedPathwayDemo(
  ctx: HandlerContext,
  random: Random,
  staff: readonly SeededStaff[],
): Promise<void> {
  await seedPathway(ctx, random, staff);
  await seedApprenticeships(ctx, random, staff, staff.find((s) => s.jobRole === 8)?.id ?? null);
}
