import { useQuery } from '@tanstack/react-query';
import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Panel, QueryState } from '@renderer/components/Layout';
import { DecisionButtons } from './DecisionButtons';
import { aboutInWords, changeInWords, statusInWords } from './team-change-words';

const ASKED: Column<ChangeRequest>[] = [
  { key: 'what', header: 'What is asked', render: changeInWords },
  { key: 'status', header: 'Where it stands', width: '18em', render: statusInWords },
];

/**
 * The worker's swaps and give-ups of the week: the swaps teammates ask of them, to accept or decline, and every
 * request they made or answered with where it stands, in words.
 */
export function RequestsPanel({ isoWeek }: { isoWeek: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'teamWeek.changeRequests', { isoWeek }));
  const respond = useProcedureMutation('teamWeek.respondToSwap');
  const all = query.data ?? [];
  const waiting = all.filter((r) => r.awaitingYou);
  const answer: Column<ChangeRequest> = {
    key: 'answer',
    header: 'Your answer',
    width: '22em',
    render: (r) => (
      <DecisionButtons
        yes={{
          label: 'Accept',
          confirmLabel: 'Yes, accept the swap',
          title: 'Accept this swap?',
          detail: `${changeInWords(r)}. The rota checks every rule first; the coordinator may need to approve it too.`,
        }}
        no={{
          label: 'Decline',
          confirmLabel: 'Yes, decline the swap',
          title: 'Decline this swap?',
          detail: `${r.fromName} is told, and nothing in the rota changes.`,
        }}
        about={aboutInWords(r)}
        pending={respond.isPending}
        onDecide={(accept) => respond.mutate({ requestId: r.id, accept })}
      />
    ),
  };
  return (
    <Panel title="Requests">
      <ErrorSummary error={respond.error} />
      <QueryState isLoading={query.isLoading} error={query.error} what="your requests">
        <h3>Swaps asked of you</h3>
        <DataTable
          label="Swaps asked of you"
          columns={[ASKED[0] as Column<ChangeRequest>, answer]}
          rows={waiting}
          rowKey={(r) => r.id}
          empty="No teammate is waiting for your answer."
        />
        <h3>All your requests this week</h3>
        <DataTable
          label="Your requests"
          columns={ASKED}
          rows={all}
          rowKey={(r) => r.id}
          empty="No swaps or give-ups this week."
        />
      </QueryState>
    </Panel>
  );
}
