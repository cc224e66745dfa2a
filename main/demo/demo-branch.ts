import { AppError } from '@shared/contract/errors';
import type { Role } from '@shared/contract/roles';
import type { BackendDeps, HandlerContext } from '../rpc/context';
import { systemContext } from '../rpc/handler-context';
import { seededRandom } from '../platform/random';
import { insertAccount } from '../services/accounts/account-service';
import { hashPassword } from '../services/auth/passwords';
import { insertBranch, storeIsEmpty } from '../services/setup/setup-service';
import { seedStaff, type SeededStaff } from './seed-staff';
import { seedPeople } from './seed-people';
import { directoryOfPlacedHomes, replaceDirectory } from '../services/postcodes/directory-store';
import { seedTraining } from './seed-training';
import { seedPathwayDemo } from './seed-pathway';
import { seedHub } from './seed-hub';

/** The password of every demo account; printed at start and stated in the README. */
export const DEMO_PASSWORD = 'demo-hub-wellbeing';
/** The default seed: the same demo branch everywhere (app, e2e tests, benchmarks). */
export const DEMO_SEED = 20_261_122;

/** Who to sign in as in the demo, one account per role. */
export const DEMO_ACCOUNTS: { username: string; role: Role; jobRole: number | null }[] = [
  { username: 'manager', role: 'manager', jobRole: 4 },
  { username: 'coordinator', role: 'coordinator', jobRole: 40 },
  { username: 'trainer', role: 'trainer', jobRole: 44 },
  { username: 'worker', role: 'worker', jobRole: 8 },
  { username: 'visitor', role: 'visitor', jobRole: null },
];

/** What the demo created, for the set-up screen and the command line. */
export interface DemoSummary {
  accounts: { username: string; role: Role }[];
  password: string;
  staff: SeededStaff[];
}

/** Options for the demo generator. */
export interface DemoOptions {
  seed?: number;
  /** Multiplies the wellbeing workforce (benchmarks use larger branches). */
  scale?: number;
}

/** The set-up screen's "explore the demo": fill the empty store, audited, and say how to sign in. */
export async function createDemoBranch(
  ctx: HandlerContext,
): Promise<{ accounts: DemoSummary['accounts']; password: string }> {
  const demo = await buildDemoBranch(ctx.deps);
  await ctx.audit(ctx.deps.db, {
    action: 'setup.createDemo',
    entity: 'branch',
    outcome: 'success',
    detail: `${demo.staff.length} staff`,
  });
  return { accounts: demo.accounts, password: demo.password };
}

/**
 * Fill an empty store with a realistic demo branch, through the services (not raw SQL), deterministically
 * for a seed and clock. Later domains add their own seeders after staff.
 */
export async function buildDemoBranch(deps: BackendDeps, options: DemoOptions = {}): Promise<DemoSummary> {
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const ctx = systemContext(deps, 'demo');
  // The emptiness check and the branch row in one transaction: a real set-up fired at the same moment either fills
  // the store first (and the demo is refused here) or finds the demo's branch and is refused itself.
  const branchId = await deps.db.transaction().execute(async (trx) => {
    if (!(await storeIsEmpty(trx)))
      throw new AppError('CONFLICT', 'The demo branch can only be created in an empty store.');
    const id = await insertBranch(deps, trx, {
      providerName: 'Lewisham Wellbeing Partnership (demo)',
      providerId: 'LWP-DEMO',
      branchName: 'Catford Neighbourhood Hub',
      neighbourhood: 'South-East Lewisham',
      cqcLocationId: '1-000000001',
      isDemo: true,
    });
    await ctx.audit(trx, { action: 'setup.createDemo', entity: 'branch', entityId: id, outcome: 'success' });
    return id;
  });
  const staff = await seedStaff(ctx, random, options.scale ?? 1);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accountIds = await deps.db.transaction().execute(async (trx) => {
    // Demo accounts share a published password: they go only into the demo branch this call made.
    const branches = await trx.selectFrom('branch').select(['id', 'is_demo']).execute();
    if (branches.length !== 1 || branches[0]?.id !== branchId || branches[0].is_demo !== 1)
      throw new AppError('CONFLICT', 'The demo branch can only be created in an empty store.');
    const ids = new Map<Role, string>();
    for (const account of DEMO_ACCOUNTS) {
      const person = account.jobRole === null ? null : staff.find((s) => s.jobRole === account.jobRole);
      const id = await insertAccount(trx, deps, {
        username: account.username,
        displayName: person ? `${person.givenName} ${person.familyName}` : 'Visiting health staff (demo)',
        roles: [account.role],
        staffId: person?.id ?? null,
        passwordHash,
        mustChangePassword: false,
      });
      ids.set(account.role, id);
    }
    return ids;
  });
  const people = await seedPeople(ctx, random, staff);
  await seedTraining(ctx, random, staff, people.strands);
  await seedPathwayDemo(ctx, random, staff);
  await seedHub(ctx, random, accountIds.get('visitor') ?? '', DEMO_PASSWORD);
  // Last, so the ids and times of everything seeded before stay as they were.
  await replaceDirectory(ctx, await directoryOfPlacedHomes(ctx), { terminated: 0, unlocated: 0 }, 'demo');
  return { accounts: DEMO_ACCOUNTS.map(({ username, role }) => ({ username, role })), password: DEMO_PASSWORD, staff };
}
