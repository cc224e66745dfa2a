import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CONTACT_KIND_LABELS, type ClientRecord } from '@shared/domain/clients/client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { Banner, PageHeader, Panel, QueryError, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { STATUS_LABELS, needLabel, statusTone } from './people-options';
import { TeamPanel } from './TeamPanel';
import { TravelPanel } from './TravelPanel';
import './people.css';
import { formatDate } from '@shared/domain/time/format';

type TabKey = 'about' | 'team' | 'travel';
const TABS: { key: TabKey; label: string }[] = [
  { key: 'about', label: 'About' },
  { key: 'team', label: 'Chosen team' },
  { key: 'travel', label: 'Travel times' },
];

/** One person: managers and coordinators see the whole record; a worker in their team sees what the team needs. */
export function PersonPage() {
  const privileged = useHasRole('manager', 'coordinator');
  return privileged ? <FullPersonPage /> : <TeamViewPage />;
}

/** Access notes are fetched only when asked for, because every view is recorded in the audit log. */
function AccessNotes({ clientId, has }: { clientId: string; has: boolean }) {
  const api = useApi();
  const [shown, setShown] = useState(false);
  const query = useQuery({
    ...procedureQuery(api, 'clients.getAccessNotes', { id: clientId }),
    enabled: shown,
    staleTime: 0,
    gcTime: 0,
  });
  if (!has) return <span className="muted">None recorded</span>;
  if (!shown) {
    return (
      <Button variant="secondary" onClick={() => setShown(true)}>
        Show access notes (recorded in the audit log)
      </Button>
    );
  }
  if (query.isLoading) return <span role="status">Loading…</span>;
  if (query.error) return <QueryError error={query.error} what="the access notes" />;
  return <p className="prewrap">{query.data?.accessNotes}</p>;
}

function FullPersonPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'clients.get', { id }));
  const [tab, setTab] = useState<TabKey>('about');
  const person = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {person && (
        <>
          <PageHeader
            caption="People"
            title={`${person.preferredName ?? person.givenName} ${person.familyName}`}
            actions={
              <>
                <Link className="button button--secondary" to={`/people/${person.id}/edit`}>
                  Edit
                </Link>
                <Link className="button button--primary" to={`/people/${person.id}/ideal-week`}>
                  Ideal week
                </Link>
              </>
            }
          />
          {person.status === 'paused' && (
            <Banner tone="warning" title="Paused.">
              {person.pauseReason ?? 'Support is paused'} from {person.pausedFrom ? formatDate(person.pausedFrom) : ''}
              {person.pausedUntil ? ` until ${formatDate(person.pausedUntil)}` : ''}: no visits are planned on these
              days.
            </Banner>
          )}
          {person.status === 'ended' && <Banner tone="warning">Support ended on {person.endedOn}.</Banner>}
          <Tabs label="About this person" tabs={TABS} selected={tab} onSelect={setTab}>
            {tab === 'about' && <About person={person} />}
            {tab === 'team' && <TeamPanel clientId={person.id} />}
            {tab === 'travel' && <TravelPanel clientId={person.id} />}
          </Tabs>
        </>
      )}
    </QueryState>
  );
}

function About({ person }: { person: ClientRecord }) {
  return (
    <>
      <Panel title="Details">
        <SummaryList
          items={[
            { key: 'Name', value: `${person.givenName} ${person.familyName}` },
            { key: 'Likes to be addressed as', value: person.addressedAs },
            {
              key: 'Address',
              value: [person.addressLine1, person.addressLine2, person.town, person.postcode]
                .filter(Boolean)
                .join(', '),
            },
            {
              key: 'Location',
              value: <span className="mono">{`${person.lat.toFixed(5)}, ${person.lon.toFixed(5)}`}</span>,
            },
            { key: 'Support started', value: formatDate(person.startDate) },
            { key: 'Status', value: <Tag tone={statusTone(person.status)}>{STATUS_LABELS[person.status]}</Tag> },
            {
              key: 'Support needs',
              value: person.supportNeeds.length === 0 ? null : person.supportNeeds.map(needLabel).join(', '),
            },
          ]}
        />
      </Panel>
      <Panel title="What matters to them">
        <p className="prewrap">{person.whatMatters ?? 'Not recorded yet.'}</p>
      </Panel>
      <Panel title="Access notes">
        <AccessNotes clientId={person.id} has={person.hasAccessNotes} />
      </Panel>
      <Panel title="Key contacts">
        {person.keyContacts.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <SummaryList
            items={person.keyContacts.map((c, i) => ({
              key: `${CONTACT_KIND_LABELS[c.kind]} ${i + 1}`,
              value: [c.name, c.relationship, c.phone].filter(Boolean).join(' · '),
            }))}
          />
        )}
      </Panel>
    </>
  );
}

function TeamViewPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'clients.getForTeam', { id }));
  const person = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {person && (
        <>
          <PageHeader
            caption="People in your teams"
            title={`${person.preferredName ?? person.givenName} ${person.familyName}`}
          />
          <Panel title="What the team needs to know">
            <SummaryList
              items={[
                { key: 'Likes to be addressed as', value: person.addressedAs },
                { key: 'What matters to them', value: person.whatMatters },
              ]}
            />
          </Panel>
          <Panel title="Access notes">
            <AccessNotes clientId={person.id} has={person.hasAccessNotes} />
          </Panel>
        </>
      )}
    </QueryState>
  );
}
