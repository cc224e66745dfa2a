import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { WEEKDAY_NAMES } from '@shared/domain/clients/ideal-week';
import type {
  IdealWeekProposal,
  TeamIdealWeek,
  TeamIdealWeekItem,
} from '@shared/domain/ideal-week-proposals/proposals';
import { proposedChangeInWords, proposedVisitInWords } from '@shared/domain/ideal-week-proposals/proposal-words';
import { formatDuration, formatMinute } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { ProposalStatusTag } from './ProposalStatusTag';
import { ProposeChangeForm } from './ProposeChangeForm';

const REPEAT_WORDS = { weekly: 'Every week', week_a: 'Week A', week_b: 'Week B' } as const;

/** The proposals the worker has made, newest first, with where each stands. */
const MINE: Column<IdealWeekProposal>[] = [
  { key: 'person', header: 'Person', width: '12em', render: (p) => p.personName },
  { key: 'visit', header: 'Visit', render: proposedVisitInWords },
  { key: 'change', header: 'Change', width: '14em', render: proposedChangeInWords },
  { key: 'why', header: 'Why', render: (p) => p.reason },
  { key: 'status', header: 'Where it stands', width: '16em', render: (p) => <ProposalStatusTag proposal={p} /> },
];

/**
 * The ideal weeks of the people in the worker's teams (only what a worker may see: name, how they like to be
 * addressed, what matters to them, and each visit's day, time, length and what it is for), and a change to propose
 * to the coordinator for any visit: the week the team co-designs.
 */
export function TeamIdealWeeksPage() {
  const api = useApi();
  const weeks = useQuery(procedureQuery(api, 'idealWeekProposals.teamWeeks', {}));
  const mine = useQuery(procedureQuery(api, 'idealWeekProposals.list', { waitingOnly: false }));
  const [proposing, setProposing] = useState<{ person: TeamIdealWeek; item: TeamIdealWeekItem } | null>(null);
  const [sent, setSent] = useState<IdealWeekProposal | null>(null);
  // One person's week at a time: a worker in many teams would otherwise scroll through dozens of tables.
  const [chosen, setChosen] = useState('');
  const person = weeks.data?.find((p) => p.clientId === chosen) ?? weeks.data?.[0];
  const columns = (person: TeamIdealWeek): Column<TeamIdealWeekItem>[] => [
    { key: 'day', header: 'Day', width: '8em', render: (i) => WEEKDAY_NAMES[i.weekday - 1] ?? '' },
    { key: 'time', header: 'Time', width: '5em', render: (i) => formatMinute(i.startMinute) },
    { key: 'length', header: 'Length', width: '7em', render: (i) => formatDuration(i.durationMinutes) },
    { key: 'for', header: 'For', render: (i) => i.purpose },
    { key: 'workers', header: 'Workers', width: '6em', render: (i) => String(i.workersNeeded) },
    { key: 'repeat', header: 'Repeats', width: '8em', render: (i) => REPEAT_WORDS[i.repeat] },
    {
      key: 'propose',
      header: 'Propose',
      width: '12em',
      render: (i) => (
        <Button
          variant="secondary"
          aria-label={`Propose a change to ${person.name}’s visit, ${proposedVisitInWords(i)}`}
          onClick={() => {
            setSent(null);
            setProposing({ person, item: i });
          }}
        >
          Propose a change
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader caption="Team" title="Ideal weeks of the people in your teams" />
      {sent && (
        <Banner tone="success" title="Proposal sent">
          {`${sent.personName}: ${proposedVisitInWords(sent)}, to ${proposedChangeInWords(sent)}. `}
          The coordinator has been told; you will be told what they decide.
        </Banner>
      )}
      {proposing && (
        <Panel>
          <ProposeChangeForm
            key={proposing.item.itemId}
            person={proposing.person}
            item={proposing.item}
            onSent={(p) => {
              setProposing(null);
              setSent(p);
            }}
            onCancel={() => setProposing(null)}
          />
        </Panel>
      )}
      <QueryState isLoading={weeks.isLoading} error={weeks.error} what="your teams’ ideal weeks">
        {weeks.data?.length === 0 && <Panel>You are not in anyone’s team yet.</Panel>}
        {weeks.data && weeks.data.length > 0 && (
          <div className="rota-toolbar">
            <label>
              Whose ideal week
              <select
                className="select"
                value={person?.clientId ?? ''}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setProposing(null);
                }}
              >
                {weeks.data.map((p) => (
                  <option key={p.clientId} value={p.clientId}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {person && (
          <Panel title={person.name}>
            <p>
              {`Likes to be called ${person.addressedAs}.`}
              {person.whatMatters && ` What matters to them: ${person.whatMatters}`}
            </p>
            <DataTable
              label={`${person.name}’s ideal week`}
              columns={columns(person)}
              rows={person.items}
              rowKey={(i) => i.itemId}
              empty="No ideal week has been agreed yet."
            />
          </Panel>
        )}
      </QueryState>
      <QueryState isLoading={mine.isLoading} error={mine.error} what="your proposals">
        <Panel title="Your proposals">
          <DataTable
            label="Your proposals"
            columns={MINE}
            rows={mine.data ?? []}
            rowKey={(p) => p.id}
            empty="You have not proposed any changes."
          />
        </Panel>
      </QueryState>
    </>
  );
}
