import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import {
  MAX_TEAM_SIZE,
  skillCoverage,
  teamJoinProblem,
  type ClientTeam,
  type DeclineChange,
  type InterviewInput,
  type TeamMemberChange,
} from '@shared/domain/clients/team';
import type { Skill } from '@shared/domain/skills';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import type { Database } from '@main/db/schema';
import { clientNeeds, declinedIds, findClient, teamMemberIds } from './client-queries';
import { findStaff } from '../staff/staff-queries';
import { heldSkillsByStaff } from '../training/training-facts';

function staffName(row: { given_name: string; family_name: string; preferred_name: string | null }): string {
  return `${row.preferred_name ?? row.given_name} ${row.family_name}`;
}

/** A person's chosen team with declined workers, interviews and skill coverage on today's date. */
export async function getTeam(ctx: HandlerContext, clientId: string): Promise<ClientTeam> {
  const db = ctx.deps.db;
  if (!(await findClient(db, clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  const today = londonDate(ctx.deps.clock.now());
  const [members, declined, interviews, needs] = await Promise.all([
    db
      .selectFrom('client_team_member as t')
      .innerJoin('staff as s', 's.id', 't.staff_id')
      .select(['t.staff_id', 't.added_on', 's.given_name', 's.family_name', 's.preferred_name', 's.job_role'])
      .where('t.client_id', '=', clientId)
      .orderBy('s.family_name')
      .orderBy('s.given_name')
      .execute(),
    db
      .selectFrom('client_declined_worker as d')
      .innerJoin('staff as s', 's.id', 'd.staff_id')
      .select(['d.staff_id', 'd.declined_on', 'd.reason', 's.given_name', 's.family_name', 's.preferred_name'])
      .where('d.client_id', '=', clientId)
      .orderBy('s.family_name')
      .execute(),
    db
      .selectFrom('client_interview as i')
      .innerJoin('staff as s', 's.id', 'i.staff_id')
      .select([
        'i.id',
        'i.staff_id',
        'i.interview_date',
        'i.outcome',
        'i.decided_by',
        'i.notes',
        's.given_name',
        's.family_name',
        's.preferred_name',
      ])
      .where('i.client_id', '=', clientId)
      .orderBy('i.interview_date', 'desc')
      .orderBy('i.created_at', 'desc')
      .execute(),
    clientNeeds(db, clientId),
  ]);
  const held = await heldSkillsByStaff(
    db,
    members.map((m) => m.staff_id),
    today,
  );
  const coverage = skillCoverage(needs, held);
  return {
    clientId,
    maxSize: MAX_TEAM_SIZE,
    members: members.map((m) => ({
      staffId: m.staff_id,
      name: staffName(m),
      jobRole: m.job_role,
      since: m.added_on,
      heldSkills: [...(held.get(m.staff_id) ?? new Set<Skill>())].sort(),
    })),
    declined: declined.map((d) => ({
      staffId: d.staff_id,
      name: staffName(d),
      declinedOn: d.declined_on,
      reason: d.reason,
    })),
    interviews: interviews.map((i) => ({
      id: i.id,
      staffId: i.staff_id,
      staffName: staffName(i),
      interviewDate: i.interview_date,
      outcome: i.outcome,
      decidedBy: i.decided_by,
      notes: i.notes,
    })),
    coverage,
    gaps: coverage.filter((c) => c.gap).map((c) => c.skill),
  };
}

async function requireActiveStaff(db: Kysely<Database>, staffId: string): Promise<void> {
  const row = await findStaff(db, staffId);
  if (!row) throw AppError.field(['staffId'], 'That worker is not on record');
  if (row.status !== 'active') throw AppError.field(['staffId'], 'That worker’s record is archived');
}

/** Add a worker to the team inside a transaction, enforcing the size limit and the declined list. */
async function addMember(db: Kysely<Database>, clientId: string, staffId: string, onDate: string): Promise<boolean> {
  const team = { members: await teamMemberIds(db, clientId), declined: await declinedIds(db, clientId) };
  const problem = teamJoinProblem(team, staffId);
  if (problem) throw AppError.field(['staffId'], problem);
  if (team.members.includes(staffId)) return false;
  await db
    .insertInto('client_team_member')
    .values({ client_id: clientId, staff_id: staffId, added_on: onDate })
    .execute();
  return true;
}

/** Record an interview; a chosen worker joins the approved team. */
export async function recordInterview(ctx: HandlerContext, input: InterviewInput): Promise<ClientTeam> {
  const db = ctx.deps.db;
  if (!(await findClient(db, input.clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  await requireActiveStaff(db, input.staffId);
  const id = ctx.deps.ids();
  await db.transaction().execute(async (trx) => {
    if (input.outcome === 'chosen') await addMember(trx, input.clientId, input.staffId, input.interviewDate);
    await trx
      .insertInto('client_interview')
      .values({
        id,
        client_id: input.clientId,
        staff_id: input.staffId,
        interview_date: input.interviewDate,
        outcome: input.outcome,
        decided_by: input.decidedBy,
        notes: input.notes,
        created_at: ctx.deps.clock.now().toISOString(),
      })
      .execute();
    await ctx.audit(trx, {
      action: 'clients.recordInterview',
      entity: 'client',
      entityId: input.clientId,
      outcome: 'success',
      detail: `${input.outcome} ${input.staffId}`,
    });
  });
  ctx.deps.events.publish('clients.changed', { ids: [input.clientId] });
  return getTeam(ctx, input.clientId);
}

/** Add a worker to, or take them off, the approved team. */
export async function setTeamMember(ctx: HandlerContext, input: TeamMemberChange): Promise<ClientTeam> {
  const db = ctx.deps.db;
  if (!(await findClient(db, input.clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  if (input.member) await requireActiveStaff(db, input.staffId);
  const today = londonDate(ctx.deps.clock.now());
  await db.transaction().execute(async (trx) => {
    if (input.member) await addMember(trx, input.clientId, input.staffId, today);
    else
      await trx
        .deleteFrom('client_team_member')
        .where('client_id', '=', input.clientId)
        .where('staff_id', '=', input.staffId)
        .execute();
    await ctx.audit(trx, {
      action: input.member ? 'clients.addTeamMember' : 'clients.removeTeamMember',
      entity: 'client',
      entityId: input.clientId,
      outcome: 'success',
      detail: input.staffId,
    });
  });
  ctx.deps.events.publish('clients.changed', { ids: [input.clientId] });
  return getTeam(ctx, input.clientId);
}

/** Record (or withdraw) a declined worker; declining takes the worker off the team and out of preferred lists. */
export async function setDeclined(ctx: HandlerContext, input: DeclineChange): Promise<ClientTeam> {
  const db = ctx.deps.db;
  if (!(await findClient(db, input.clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  if (!(await findStaff(db, input.staffId))) throw AppError.field(['staffId'], 'That worker is not on record');
  const today = londonDate(ctx.deps.clock.now());
  await db.transaction().execute(async (trx) => {
    if (input.declined) {
      await trx
        .deleteFrom('client_team_member')
        .where('client_id', '=', input.clientId)
        .where('staff_id', '=', input.staffId)
        .execute();
      await trx
        .insertInto('client_declined_worker')
        .values({ client_id: input.clientId, staff_id: input.staffId, declined_on: today, reason: input.reason })
        .onConflict((oc) => oc.columns(['client_id', 'staff_id']).doUpdateSet({ reason: input.reason }))
        .execute();
    } else {
      await trx
        .deleteFrom('client_declined_worker')
        .where('client_id', '=', input.clientId)
        .where('staff_id', '=', input.staffId)
        .execute();
    }
    await ctx.audit(trx, {
      action: input.declined ? 'clients.declineWorker' : 'clients.undeclineWorker',
      entity: 'client',
      entityId: input.clientId,
      outcome: 'success',
      detail: input.staffId,
    });
  });
  ctx.deps.events.publish('clients.changed', { ids: [input.clientId] });
  return getTeam(ctx, input.clientId);
}

/**
 * Set up a new person's chosen team in one transaction: an interview per worker (all chosen) and the team, with the
 * same rules as one at a time. For onboarding a person whose interviews happened together (and the demo branch).
 */
export async function recordChosenTeam(
  ctx: HandlerContext,
  clientId: string,
  staffIds: readonly string[],
  interviewDate: string,
  decidedBy: string,
): Promise<void> {
  const db = ctx.deps.db;
  if (!(await findClient(db, clientId))) throw new AppError('NOT_FOUND', 'That person is not on record.');
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    // Check the whole list against the rules first, then write it in two statements.
    const team = { members: await teamMemberIds(trx, clientId), declined: await declinedIds(trx, clientId) };
    const added: string[] = [];
    staffIds.forEach((staffId, i) => {
      const problem = teamJoinProblem({ members: [...team.members, ...added], declined: team.declined }, staffId);
      if (problem) throw AppError.field(['staffIds', i], problem);
      if (!team.members.includes(staffId) && !added.includes(staffId)) added.push(staffId);
    });
    if (added.length > 0) {
      await trx
        .insertInto('client_team_member')
        .values(added.map((staffId) => ({ client_id: clientId, staff_id: staffId, added_on: interviewDate })))
        .execute();
      await trx
        .insertInto('client_interview')
        .values(
          added.map((staffId) => ({
            id: ctx.deps.ids(),
            client_id: clientId,
            staff_id: staffId,
            interview_date: interviewDate,
            outcome: 'chosen' as const,
            decided_by: decidedBy,
            notes: null,
            created_at: now,
          })),
        )
        .execute();
    }
    await ctx.audit(trx, {
      action: 'clients.recordChosenTeam',
      entity: 'client',
      entityId: clientId,
      outcome: 'success',
      detail: `${staffIds.length} workers`,
    });
  });
  ctx.deps.events.publish('clients.changed', { ids: [clientId] });
}
