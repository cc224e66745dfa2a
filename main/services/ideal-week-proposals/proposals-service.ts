import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type {
  DecideProposalInput,
  IdealWeekProposal,
  ProposalQuery,
  ProposeChangeInput,
  TeamIdealWeek,
} from '@shared/domain/ideal-week-proposals/proposals';
import { proposedChangeInWords, proposedVisitInWords } from '@shared/domain/ideal-week-proposals/proposal-words';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '@main/services/clients/client-access';
import { isTeamMember } from '@main/services/clients/client-queries';
import { getIdealWeek, writeIdealWeek } from '@main/services/clients/ideal-week-service';
import { coordinatorStaffIds } from '@main/services/notices/coordinators';
import { sendNotices } from '@main/services/notices/send-notices';
import { ownStaffId } from '@main/services/rota/my-week-service';
import { teamPeopleOf } from '@main/services/team-week/team-week-queries';
import { proposalQuery, toProposal } from './proposal-queries';

/**
 * The ideal weeks in force today of the people in the signed-in worker's teams, with only what security.md lets a
 * worker see: name, how they like to be addressed, what matters to them, and each visit's day, time, length, what it
 * is for and how many go (never support needs, required skills or preferred workers).
 */
export async function teamIdealWeeks(ctx: HandlerContext): Promise<TeamIdealWeek[]> {
  const people = await teamPeopleOf(ctx.deps.db, ownStaffId(ctx));
  return Promise.all(
    people.map(async (p): Promise<TeamIdealWeek> => {
      const week = await getIdealWeek(ctx, p.id, null, null);
      return {
        clientId: p.id,
        name: `${p.preferred_name ?? p.given_name} ${p.family_name}`,
        addressedAs: p.addressed_as,
        whatMatters: p.what_matters,
        versionId: week.version?.id ?? null,
        items: (week.version?.items ?? []).map((i) => ({
          itemId: i.id,
          weekday: i.weekday,
          startMinute: i.startMinute,
          durationMinutes: i.durationMinutes,
          purpose: i.purpose,
          workersNeeded: i.workersNeeded,
          repeat: i.repeat,
        })),
      };
    }),
  );
}

async function findProposal(db: Kysely<Database>, id: string): Promise<IdealWeekProposal> {
  const row = await proposalQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw AppError.field(['id'], 'That proposal does not exist');
  return toProposal(row);
}

/** A worker proposes a new start or length for one visit of the ideal week of a person in their team. */
export async function proposeChange(ctx: HandlerContext, input: ProposeChangeInput): Promise<IdealWeekProposal> {
  const staffId = ownStaffId(ctx);
  const db = ctx.deps.db;
  if (!(await isTeamMember(db, input.clientId, staffId)))
    throw new AppError('FORBIDDEN', 'You can propose changes only to the ideal weeks of the people in your teams.');
  const week = await getIdealWeek(ctx, input.clientId, null, null);
  const item = week.version?.items.find((i) => i.id === input.itemId);
  if (!week.version || !item) throw AppError.field(['itemId'], 'That visit is not in the person’s ideal week today');
  if (
    (input.startMinute ?? item.startMinute) === item.startMinute &&
    (input.durationMinutes ?? item.durationMinutes) === item.durationMinutes
  )
    throw AppError.field(['startMinute'], 'That is the visit as it is already: propose a different time or length');
  const id = ctx.deps.ids();
  const version = week.version;
  const told = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ideal_week_proposal')
      .values({
        id,
        client_id: input.clientId,
        version_id: version.id,
        item_id: item.id,
        weekday: item.weekday,
        start_minute: item.startMinute,
        duration_minutes: item.durationMinutes,
        purpose: item.purpose,
        proposed_start_minute: input.startMinute,
        proposed_duration_minutes: input.durationMinutes,
        reason: input.reason,
        proposed_by: staffId,
        created_at: ctx.deps.clock.now().toISOString(),
        decided_by: null,
        decided_at: null,
        decline_reason: null,
        applied_version_id: null,
      })
      .execute();
    const proposal = await findProposal(trx, id);
    const text =
      `${proposal.proposedByName} proposes a change to ${proposal.personName}’s ideal week: ` +
      `${proposedVisitInWords(proposal)} to ${proposedChangeInWords(proposal)}. See Ideal week proposals.`;
    const sent = await sendNotices(
      ctx,
      trx,
      (await coordinatorStaffIds(trx)).map((c) => ({ staffId: c, text })),
    );
    await ctx.audit(trx, {
      action: 'idealWeekProposals.propose',
      entity: 'client',
      entityId: input.clientId,
      outcome: 'success',
      detail: id,
    });
    return sent;
  });
  ctx.deps.events.publish('notices.changed', { ids: told });
  return findProposal(db, id);
}

/** Proposals: a worker's own; every one (or those waiting) for coordinators and managers; newest first. */
export async function listProposals(ctx: HandlerContext, input: ProposalQuery): Promise<IdealWeekProposal[]> {
  const access = callerAccess(ctx);
  let query = proposalQuery(ctx.deps.db);
  if (!access.privileged) query = query.where('p.proposed_by', '=', access.staffId ?? '');
  if (input.waitingOnly) query = query.where('p.status', '=', 'proposed');
  const rows = await query.orderBy('p.created_at', 'desc').orderBy('p.id').limit(500).execute();
  return rows.map(toProposal);
}

/**
 * Accept a proposal, through the ideal week's own update path (a new version from today, checked against the branch's
 * policy and the team like any edit, audited), or decline it with a reason; the worker who proposed it is told.
 */
export async function decideProposal(ctx: HandlerContext, input: DecideProposalInput): Promise<IdealWeekProposal> {
  const db = ctx.deps.db;
  const current = await findProposal(db, input.id);
  if (current.status !== 'proposed') throw new AppError('CONFLICT', `This proposal is already ${current.status}.`);
  const access = callerAccess(ctx);
  const now = ctx.deps.clock.now().toISOString();
  const row = await db
    .selectFrom('ideal_week_proposal')
    .select(['version_id', 'item_id'])
    .where('id', '=', input.id)
    .executeTakeFirstOrThrow();
  const decided = async (trx: Kysely<Database>, appliedVersionId: string | null): Promise<void> => {
    const accepted = appliedVersionId !== null;
    const done = await trx
      .updateTable('ideal_week_proposal')
      .set({
        status: accepted ? 'accepted' : 'declined',
        decided_by: access.actor,
        decided_at: now,
        decline_reason: accepted ? null : input.reason,
        applied_version_id: appliedVersionId,
      })
      .where('id', '=', input.id)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new AppError('CONFLICT', 'This proposal has just been decided.');
    const words = `${proposedVisitInWords(current)} to ${proposedChangeInWords(current)}`;
    const text = accepted
      ? `Your proposal for ${current.personName}’s ideal week (${words}) was accepted: it applies from today.`
      : `Your proposal for ${current.personName}’s ideal week (${words}) was declined: ${input.reason ?? ''}`;
    await sendNotices(ctx, trx, [{ staffId: current.proposedBy, text }]);
    await ctx.audit(trx, {
      action: accepted ? 'idealWeekProposals.accept' : 'idealWeekProposals.decline',
      entity: 'client',
      entityId: current.clientId,
      outcome: 'success',
      detail: input.id,
    });
  };
  if (input.decision === 'decline') await db.transaction().execute((trx) => decided(trx, null));
  else {
    const week = await getIdealWeek(ctx, current.clientId, null, null);
    const version = week.version;
    if (!version || version.id !== row.version_id || !version.items.some((i) => i.id === row.item_id))
      throw new AppError(
        'CONFLICT',
        `${current.personName}’s ideal week has changed since this was proposed: decline it, and the worker can ` +
          'propose again against the week as it is now.',
      );
    await writeIdealWeek(
      ctx,
      {
        clientId: current.clientId,
        effectiveFrom: week.onDate,
        anchorDate: version.anchorDate,
        note: `Proposed by ${current.proposedByName}: ${current.reason}`.slice(0, 500),
        items: version.items.map(({ id, ...item }) =>
          id === row.item_id
            ? {
                ...item,
                startMinute: current.proposedStartMinute ?? item.startMinute,
                durationMinutes: current.proposedDurationMinutes ?? item.durationMinutes,
              }
            : item,
        ),
      },
      decided,
    );
  }
  ctx.deps.events.publish('notices.changed', { ids: [current.proposedBy] });
  return findProposal(db, input.id);
}
