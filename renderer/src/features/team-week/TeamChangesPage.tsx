import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChangeRequest } from '@shared/domain/team-week/team-changes';
import { formatWeek } from '@shared/domain/time/format';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { WeekPicker } from '@renderer/features/rota/WeekPicker';
import { ApprovalSettingPanel } from './ApprovalSettingPanel';
import { DecisionButtons } from './DecisionButtons';
import { aboutInWords, changeInWords, statusInWords } from './team-change-words';

const WHAT: Column<ChangeRequest> = { key: 'what', header: 'What is asked', render: changeInWords };
const REASON: Column<ChangeRequest> = { key: 'reason', header: 'Reason', width: '16em', render: (r) => r.reason ?? '' };
const EVERY: Column<ChangeRequest>[] = [
  WHAT,
  REASON,
  { key: 'status', header: 'Where it stands', width: '16em', render: statusInWords },
];

/**
 * For coordinators and managers: the week's swaps and give-ups waiting for approval, to approve (checked again against
 * every rule) or decline, every change of the week with where it stands, and the branch's approval setting.
 */
export function TeamChangesPage() {
  const api = useApi();
  const today = useToday();
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const query = useQuery(procedureQuery(api, 'teamWeek.changeRequests', { isoWeek }));
  const decide = useProcedureMutation('teamWeek.decideChange');
  const [decided, setDecided] = useState<string | null>(null);
  const all = query.data ?? [];
  const waiting = all.filter((r) => r.status === 'awaiting_coordinator');
  const run = (r: ChangeRequest, approve: boolean) =>
    decide.mutate(
      { requestId: r.id, approve, note: null },
      { onSuccess: () => setDecided(`${approve ? 'Approved' : 'Declined'}: ${changeInWords(r)}.`) },
    );
  const decision: Column<ChangeRequest> = {
    key: 'decide',
    header: 'Your decision',
    width: '22em',
    render: (r) => (
      <DecisionButtons
        yes={{
          label: 'Approve',
          confirmLabel: 'Yes, approve the change',
          title: 'Approve this change?',
          detail: `${changeInWords(r)}. Every rule is checked again, then the rota changes and the workers are told.`,
        }}
        no={{
          label: 'Decline',
          confirmLabel: 'Yes, decline the change',
          title: 'Decline this change?',
          detail: 'Nothing in the rota changes; the workers are told.',
        }}
        about={aboutInWords(r)}
        pending={decide.isPending}
        onDecide={(approve) => run(r, approve)}
      />
    ),
  };
  return (
    <>
      <PageHeader caption="Swaps and give-ups" title={formatWeek(isoWeek)} />
      <div className="rota-toolbar">
        <WeekPicker value={isoWeek} onChange={setIsoWeek} />
      </div>
      {decided && (
        <Banner tone="success" title="Decision made">
          {decided}
        </Banner>
      )}
      <ErrorSummary error={decide.error} />
      <QueryState isLoading={query.isLoading} error={query.error} what="the week’s swaps and give-ups">
        <Panel title="Waiting for approval">
          <DataTable
            label="Changes waiting for approval"
            columns={[WHAT, REASON, decision]}
            rows={waiting}
            rowKey={(r) => r.id}
            empty="No swap or give-up is waiting for approval this week."
          />
        </Panel>
        <Panel title="Every swap and give-up this week">
          <DataTable
            label="Every swap and give-up this week"
            columns={EVERY}
            rows={all}
            rowKey={(r) => r.id}
            empty="No swaps or give-ups this week."
          />
        </Panel>
      </QueryState>
      <ApprovalSettingPanel />
    </>
  );
}
