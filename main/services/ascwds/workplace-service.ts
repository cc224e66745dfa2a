import { AppError } from '@shared/contract/errors';
import { WorkplaceDetails, type Employer } from '@shared/domain/ascwds/workplace';
import type { HandlerContext } from '@main/rpc/context';
import type { BackendDeps } from '@main/rpc/context';
import { readSetting, writeSetting } from '../settings/settings';
import { getBranch } from '../setup/setup-service';
import { LEAD_PROVIDER, findEmployerByName, listEmployers } from './employers';

const KEY = 'ascwds.workplace';

/** Workplace details, or a starting point made from the branch until a manager saves them. */
export async function readWorkplace(deps: Pick<BackendDeps, 'db'>): Promise<WorkplaceDetails> {
  const branch = await getBranch(deps);
  const fallback: WorkplaceDetails = {
    localEstId: (branch?.providerId ?? 'BRANCH').replace(/[^A-Za-z0-9_.\-/]/g, '').slice(0, 49) || 'BRANCH',
    name: branch?.branchName ?? 'Branch',
    address1: 'Address not recorded',
    address2: '',
    address3: '',
    postTown: 'London',
    postcode: 'SE6 4RU',
    establishmentType: 6,
    otherType: '',
    shareWithCqc: true,
    shareWithLocalAuthority: true,
    cqcRegulated: true,
    cqcProviderId: '',
    cqcLocationId: branch?.cqcLocationId ?? '',
    mainService: 8,
    otherServices: [],
    peopleSupported: null,
    vacancies: [],
    sickPay: 'yes',
    pension: 'unknown',
    pensionContributionPercent: null,
    holidayDays: 28,
    travelTime: 1,
    travelTimeRatePence: null,
    concernsProcedure: null,
    trainingInPaidTime: null,
    coworkerMeetings: null,
  };
  return readSetting(deps.db, KEY, WorkplaceDetails, fallback);
}

/** Save workplace details (manager). */
export async function saveWorkplace(ctx: HandlerContext, details: WorkplaceDetails): Promise<WorkplaceDetails> {
  await ctx.deps.db.transaction().execute(async (trx) => {
    await writeSetting(trx, KEY, details, ctx.deps.clock.now());
    await ctx.audit(trx, { action: 'workplace.update', entity: 'setting', entityId: KEY, outcome: 'success' });
  });
  ctx.deps.events.publish('workplace.changed', { ids: [KEY] });
  return details;
}

/** The lead provider and its partner providers. */
export async function employers(ctx: HandlerContext): Promise<Employer[]> {
  const [branch, partners] = await Promise.all([getBranch(ctx.deps), listEmployers(ctx.deps.db)]);
  return [
    { id: null, name: branch?.providerName ?? LEAD_PROVIDER, lead: true },
    ...partners.map((p) => ({ id: p.id, name: p.name, lead: false })),
  ];
}

/** Add a partner provider. */
export async function addPartner(ctx: HandlerContext, name: string): Promise<Employer[]> {
  const clash = await findEmployerByName(ctx.deps.db, name);
  if (clash) throw AppError.field(['name'], 'A partner provider with this name already exists');
  const id = ctx.deps.ids();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('employer').values({ id, name, created_at: ctx.deps.clock.now().toISOString() }).execute();
    await ctx.audit(trx, { action: 'workplace.addPartner', entity: 'employer', entityId: id, outcome: 'success' });
  });
  ctx.deps.events.publish('workplace.changed', { ids: [id] });
  return employers(ctx);
}
