import type { IdealWeekProposal } from '@shared/domain/ideal-week-proposals/proposals';
import { Tag } from '@renderer/components/Layout';

/** Where a proposal stands, as a tag (and the coordinator's reason when declined). */
export function ProposalStatusTag({ proposal }: { proposal: IdealWeekProposal }) {
  if (proposal.status === 'proposed') return <Tag tone="amber">Waiting for the coordinator</Tag>;
  if (proposal.status === 'accepted') return <Tag tone="green">Accepted</Tag>;
  return (
    <>
      <Tag tone="red">Declined</Tag> {proposal.declineReason}
    </>
  );
}
