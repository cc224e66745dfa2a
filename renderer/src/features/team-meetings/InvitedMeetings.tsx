import { useQuery } from '@tanstack/react-query';
import type { InvitedMeeting } from '@shared/domain/team-meetings/invited-meetings';
import { meetingTimeInWords } from '@shared/domain/team-meetings/meeting-words';
import { formatDuration } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Panel, QueryState, Tag } from '@renderer/components/Layout';

/**
 * The caller's own team meetings from now on, soonest first (the backend's clock decides what has passed): when in
 * words, whose team, who else is invited and the paid time; one a coordinator cancelled says so. Shown on a worker's
 * or coordinator's home page and on the Team meetings page, under the title each gives it.
 */
export function InvitedMeetings({ title }: { title: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'teamMeetings.invited', {}));
  return (
    <Panel title={title}>
      <QueryState isLoading={query.isLoading} error={query.error} what="your team meetings">
        {query.data &&
          (query.data.length === 0 ? (
            <p>You are not invited to any team meetings from now on.</p>
          ) : (
            <ul className="home-list" aria-label={title}>
              {query.data.map((m) => (
                <MeetingItem key={m.id} meeting={m} />
              ))}
            </ul>
          ))}
      </QueryState>
    </Panel>
  );
}

function MeetingItem({ meeting: m }: { meeting: InvitedMeeting }) {
  const team = m.personName === null ? 'Team meeting' : `${m.personName}’s team`;
  const others =
    m.others.length === 0 ? 'Nobody else is invited.' : `Also invited: ${m.others.map((o) => o.name).join(', ')}.`;
  return (
    <li>
      <strong>{meetingTimeInWords(m)}</strong> {m.cancelled && <Tag tone="red">Cancelled</Tag>}
      <br />
      {team}. {m.cancelled ? 'This meeting was cancelled for you.' : others}{' '}
      {!m.cancelled && `${formatDuration(m.endMinute - m.startMinute)} of paid time.`}
      {m.note !== null && (
        <>
          <br />
          About: {m.note}
        </>
      )}
    </li>
  );
}
