import type { Kysely, Selectable } from 'kysely';
import type { IdealWeekProposal } from '@shared/domain/ideal-week-proposals/proposals';
import type { Database, IdealWeekProposalTable } from '@main/db/schema';

type Row = Selectable<IdealWeekProposalTable> & {
  c_given: string;
  c_family: string;
  c_preferred: string | null;
  s_given: string;
  s_family: string;
  s_preferred: string | null;
};

/** Proposals with the person's and proposer's names. */
export function proposalQuery(db: Kysely<Database>) {
  return db
    .selectFrom('ideal_week_proposal as p')
    .innerJoin('client as c', 'c.id', 'p.client_id')
    .innerJoin('staff as s', 's.id', 'p.proposed_by')
    .selectAll('p')
    .select([
      'c.given_name as c_given',
      'c.family_name as c_family',
      'c.preferred_name as c_preferred',
      's.given_name as s_given',
      's.family_name as s_family',
      's.preferred_name as s_preferred',
    ]);
}

/** A stored proposal as the contract has it. */
export function toProposal(r: Row): IdealWeekProposal {
  return {
    id: r.id,
    clientId: r.client_id,
    personName: `${r.c_preferred ?? r.c_given} ${r.c_family}`,
    weekday: r.weekday,
    startMinute: r.start_minute,
    durationMinutes: r.duration_minutes,
    purpose: r.purpose,
    proposedStartMinute: r.proposed_start_minute,
    proposedDurationMinutes: r.proposed_duration_minutes,
    reason: r.reason,
    proposedBy: r.proposed_by,
    proposedByName: `${r.s_preferred ?? r.s_given} ${r.s_family}`,
    createdAt: r.created_at,
    status: r.status,
    decidedBy: r.decided_by,
    declineReason: r.decline_reason,
  };
}
