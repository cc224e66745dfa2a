import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { IdealWeekProposal } from '@shared/domain/ideal-week-proposals/proposals';
import { proposedChangeInWords, proposedVisitInWords } from '@shared/domain/ideal-week-proposals/proposal-words';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { TextAreaField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { ProposalStatusTag } from './ProposalStatusTag';

const about = (p: IdealWeekProposal) => `${p.personName}, ${proposedVisitInWords(p)}`;

const COMMON: Column<IdealWeekProposal>[] = [
  { key: 'person', header: 'Person', width: '11em', render: (p) => p.personName },
  { key: 'visit', header: 'Visit', render: proposedVisitInWords },
  { key: 'change', header: 'Proposed', width: '12em', render: proposedChangeInWords },
  { key: 'why', header: 'Why', render: (p) => p.reason },
  { key: 'by', header: 'By', width: '12em', render: (p) => `${p.proposedByName}, ${formatInstant(p.createdAt)}` },
];

/** Decline a proposal: the reason is required, because the worker who made it is told it. */
function DeclineForm({ proposal, onDone }: { proposal: IdealWeekProposal; onDone: (p: IdealWeekProposal) => void }) {
  const form = useProcedureForm('idealWeekProposals.decide', {
    id: 'decline',
    initial: { reason: '' },
    toInput: (v) => ({ id: proposal.id, decision: 'decline' as const, reason: orNull(v.reason) }),
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel="Decline the proposal" submitVariant="primary" onCancel={() => onDone(proposal)}>
      <h3>{`Decline: ${about(proposal)}, to ${proposedChangeInWords(proposal)}`}</h3>
      <TextAreaField
        label="Why is it declined?"
        hint={`${proposal.proposedByName} is told this.`}
        {...form.field('reason')}
      />
    </GovForm>
  );
}

/**
 * The changes teams propose to their people's ideal weeks: accept one (the ideal week changes from today, checked as
 * any edit of it) or decline it with a reason; the worker who proposed it is told either way.
 */
export function ProposalsPage() {
  const api = useApi();
  const list = useQuery(procedureQuery(api, 'idealWeekProposals.list', { waitingOnly: false }));
  const accept = useProcedureMutation('idealWeekProposals.decide');
  const [declining, setDeclining] = useState<IdealWeekProposal | null>(null);
  const [done, setDone] = useState<IdealWeekProposal | null>(null);
  const waiting = (list.data ?? []).filter((p) => p.status === 'proposed');
  const decided = (list.data ?? []).filter((p) => p.status !== 'proposed');
  const decideColumn: Column<IdealWeekProposal> = {
    key: 'decide',
    header: 'Decide',
    width: '14em',
    render: (p) => (
      <div className="button-row">
        <ConfirmAction
          label={
            <>
              Accept<span className="visually-hidden">{` ${about(p)}`}</span>
            </>
          }
          confirmLabel="Yes, accept it"
          title="Accept this change?"
          variant="primary"
          pending={accept.isPending}
          onConfirm={() => accept.mutate({ id: p.id, decision: 'accept', reason: null }, { onSuccess: setDone })}
        >
          {`${p.personName}’s ideal week changes from today: ${proposedVisitInWords(p)}, to ` +
            `${proposedChangeInWords(p)}. ${p.proposedByName} is told.`}
        </ConfirmAction>
        <Button
          variant="secondary"
          onClick={() => {
            setDone(null);
            setDeclining(p);
          }}
        >
          Decline<span className="visually-hidden">{` ${about(p)}`}</span>
        </Button>
      </div>
    ),
  };
  return (
    <>
      <PageHeader caption="Ideal weeks" title="Changes teams propose" />
      {done && done.status !== 'proposed' && (
        <Banner tone="success" title={done.status === 'accepted' ? 'Proposal accepted' : 'Proposal declined'}>
          {`${about(done)}. ${done.proposedByName} has been told.`}
        </Banner>
      )}
      <ErrorSummary error={accept.error} />
      {declining && (
        <Panel>
          <DeclineForm
            key={declining.id}
            proposal={declining}
            onDone={(p) => {
              setDeclining(null);
              setDone(p);
            }}
          />
        </Panel>
      )}
      <QueryState isLoading={list.isLoading} error={list.error} what="the proposals">
        <Panel title="Waiting for a decision">
          <DataTable
            label="Proposals waiting"
            columns={[...COMMON, decideColumn]}
            rows={waiting}
            rowKey={(p) => p.id}
            empty="No proposals are waiting."
          />
        </Panel>
        <Panel title="Decided">
          <DataTable
            label="Proposals decided"
            columns={[
              ...COMMON,
              { key: 'status', header: 'Decision', width: '16em', render: (p) => <ProposalStatusTag proposal={p} /> },
            ]}
            rows={decided}
            rowKey={(p) => p.id}
            empty="None decided yet."
          />
        </Panel>
      </QueryState>
    </>
  );
}
