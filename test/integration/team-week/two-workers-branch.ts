import {
  anAccount,
  aQuickPlanner,
  aWeekOfVisits,
  aWorkerClearedToWork,
  CLEARED_DBS,
  openBranch,
  write,
} from '@test/fixtures/builders';
import { mondayOf } from '@shared/domain/time/iso-week';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';

/** A branch for the team week's tests: a coordinator, a manager and two workers with accounts, signed in. */
export interface TwoWorkersBranch {
  t: TestBackend;
  coordinator: TestClient;
  manager: TestClient;
  /** The `worker` account, in every person's team. */
  first: TestClient;
  /** The `worker2` account, in the teams of people 0, 2 and 3 only. */
  second: TestClient;
  firstId: string;
  secondId: string;
  hood: RotaNeighbourhood;
}

/**
 * Four people with teams of four from five cleared workers (two of them with accounts), their ideal weeks in force
 * from today; `before` runs before the week is planned (a meeting, say), then the week is planned as a draft.
 */
export async function aTwoWorkersBranch(
  isoWeek: string,
  before: (b: Omit<TwoWorkersBranch, 'coordinator' | 'manager' | 'first' | 'second'>) => Promise<void> = async () => {},
): Promise<TwoWorkersBranch> {
  const t = await openBranch();
  await aQuickPlanner(t);
  await anAccount(t, 'coordinator');
  await anAccount(t, 'manager');
  const firstId = (await anAccount(t, 'worker', { staff: { sensitive: CLEARED_DBS } })).staffId as string;
  const secondId = (await anAccount(t, 'worker', { username: 'worker2', staff: { sensitive: CLEARED_DBS } }))
    .staffId as string;
  const others = [];
  for (let i = 0; i < 3; i += 1) others.push((await aWorkerClearedToWork(t)).id);
  const hood = await aWeekOfVisits(t, { people: 4, workers: [firstId, secondId, ...others] });
  await before({ t, firstId, secondId, hood });
  const coordinator = await t.signedIn('coordinator');
  await coordinator.ok('rota.planWeek', { isoWeek, iterations: 3000 });
  await firstWorkerTakesSharedVisits(
    coordinator,
    isoWeek,
    firstId,
    [0, 2, 3].map((i) => hood.clientIds[i] ?? ''),
  );
  return {
    t,
    coordinator,
    manager: await t.signedIn('manager'),
    first: await t.signedIn('worker'),
    second: await t.signedIn('worker2'),
    firstId,
    secondId,
    hood,
  };
}

/**
 * The tests need to know the week's shape, whatever the planner chose (it balances hours, so it spreads visits): the
 * first worker takes every single visit to people in both workers' teams that the rules let them, so on every day
 * they have visits a teammate could swap or take, and the second worker (and the others) keep the rest.
 */
async function firstWorkerTakesSharedVisits(
  coordinator: TestClient,
  isoWeek: string,
  firstId: string,
  sharedPeople: readonly string[],
): Promise<void> {
  const { visits } = await coordinator.ok('rota.getWeek', { isoWeek });
  const shared = visits
    .filter((v) => v.workersNeeded === 1 && sharedPeople.includes(v.clientId) && v.workerIds[0] !== firstId)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startMinute - b.startMinute);
  // A refusal (the first worker is busy then, or would break a rule) leaves that visit where the planner put it.
  for (const v of shared)
    await coordinator.call('rota.edit', { isoWeek, edit: { kind: 'assign', visitId: v.id, workerIds: [firstId] } });
}

/** A staff member's name as the team's pages show it ("Erin Gallagher"). */
export async function staffNameOf(t: TestBackend, staffId: string): Promise<string> {
  const staff = await t.backend.deps.db
    .selectFrom('staff')
    .select(['given_name', 'family_name'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  return `${staff.given_name} ${staff.family_name}`;
}

/**
 * The branch of the swap tests, published: the second worker is at a team meeting until 23:30 on the week's Monday,
 * so 11 hours' rest rules them out of Tuesday before 10:30.
 */
export async function aPublishedWeekWithALateMeeting(isoWeek: string): Promise<TwoWorkersBranch> {
  const branch = await aTwoWorkersBranch(isoWeek, async (b) => {
    await write(b.t, 'availability.addTeamMeeting', {
      staffIds: [b.secondId],
      date: mondayOf(isoWeek),
      startMinute: 20 * 60,
      endMinute: 23 * 60 + 30,
      note: null,
    });
  });
  const { stamp } = await branch.coordinator.ok('rota.getWeek', { isoWeek });
  await branch.coordinator.ok('rota.publish', { isoWeek, stamp });
  return branch;
}
