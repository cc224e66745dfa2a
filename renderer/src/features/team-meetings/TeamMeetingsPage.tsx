import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BookedMeeting, MeetingSlot } from '@shared/domain/team-meetings/meeting-times';
import { meetingTimeInWords, notFreeInWords } from '@shared/domain/team-meetings/meeting-words';
import { formatDuration } from '@shared/domain/time/format';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { WeekPicker } from '@renderer/features/rota/WeekPicker';
import { BookMeetingForm } from './BookMeetingForm';
import { InvitedMeetings } from './InvitedMeetings';

const LENGTHS = [30, 45, 60, 90, 120];

const slotKey = (s: MeetingSlot) => `${s.date}-${s.startMinute}`;

/**
 * Find a time for a team meeting: for one person's team and a week, the times most of the team are free (their
 * working hours, leave, training, meetings and visits), most free first, each with who cannot come and why; book one
 * after checking it, and it goes into every invited worker's week as paid time.
 */
export function TeamMeetingsPage() {
  const api = useApi();
  const today = useToday();
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const [chosenTeam, setChosenTeam] = useState('');
  const [minutes, setMinutes] = useState(60);
  const [booking, setBooking] = useState<MeetingSlot | null>(null);
  const [booked, setBooked] = useState<BookedMeeting | null>(null);
  const teams = useQuery(procedureQuery(api, 'teamMeetings.teams', {}));
  const clientId = chosenTeam || teams.data?.[0]?.clientId || '';
  const times = useQuery({
    ...procedureQuery(api, 'teamMeetings.findTimes', { clientId, isoWeek, durationMinutes: minutes }),
    enabled: clientId !== '',
  });
  const found = times.data;
  const columns: Column<MeetingSlot>[] = [
    { key: 'when', header: 'When', width: '16em', render: meetingTimeInWords },
    {
      key: 'free',
      header: 'Free',
      width: '6em',
      render: (s) => `${s.free.length} of ${s.free.length + s.notFree.length}`,
    },
    { key: 'notFree', header: 'Not free', render: notFreeInWords },
    {
      key: 'book',
      header: 'Book',
      width: '10em',
      render: (s) => (
        <Button
          variant="secondary"
          aria-label={`Book ${meetingTimeInWords(s)}`}
          onClick={() => {
            setBooked(null);
            setBooking(s);
          }}
        >
          Book this time
        </Button>
      ),
    },
  ];
  const reset = () => {
    setBooking(null);
    setBooked(null);
  };
  return (
    <>
      <PageHeader caption="Team meetings" title="Find a time for a team meeting" />
      <InvitedMeetings title="Meetings you are invited to" />
      <QueryState isLoading={teams.isLoading} error={teams.error} what="your teams">
        {teams.data?.length === 0 && <Panel>You are not in anyone’s team yet, so there is no team to meet.</Panel>}
        {teams.data && teams.data.length > 0 && (
          <div className="rota-toolbar">
            <label>
              Whose team
              <select
                className="select"
                value={clientId}
                onChange={(e) => {
                  setChosenTeam(e.target.value);
                  reset();
                }}
              >
                {teams.data.map((t) => (
                  <option key={t.clientId} value={t.clientId}>
                    {`${t.personName}’s team (${t.members.length})`}
                  </option>
                ))}
              </select>
            </label>
            <label>
              How long
              <select
                className="select"
                value={minutes}
                onChange={(e) => {
                  setMinutes(Number(e.target.value));
                  reset();
                }}
              >
                {LENGTHS.map((m) => (
                  <option key={m} value={m}>
                    {formatDuration(m)}
                  </option>
                ))}
              </select>
            </label>
            <WeekPicker
              value={isoWeek}
              onChange={(w) => {
                setIsoWeek(w);
                reset();
              }}
            />
          </div>
        )}
      </QueryState>
      {booked && (
        <Banner tone="success" title="Team meeting booked">
          {`${meetingTimeInWords(booked)}, ${booked.personName}’s team. `}
          {`It is in the week of ${booked.invited.map((m) => m.name).join(', ')} as paid time, and each has been told.`}
        </Banner>
      )}
      {booking && found && (
        <Panel>
          <BookMeetingForm
            key={slotKey(booking)}
            times={found}
            slot={booking}
            onBooked={(meeting) => {
              setBooking(null);
              setBooked(meeting);
            }}
            onCancel={() => setBooking(null)}
          />
        </Panel>
      )}
      {clientId !== '' && (
        <QueryState isLoading={times.isLoading} error={times.error} what="the team’s free times">
          {found && (
            <Panel title={`Best times for ${found.personName}’s team, most free first`}>
              {!found.planned && (
                <p>
                  The rota for this week is not planned yet, so visits are not counted: only working hours, leave,
                  training and meetings already booked.
                </p>
              )}
              <DataTable
                label="Best times for the meeting"
                columns={columns}
                rows={found.slots}
                rowKey={slotKey}
                empty={
                  `Nobody in ${found.personName}’s team is free for ${formatDuration(minutes)} in this week from now ` +
                  'on. Try another week or a shorter meeting.'
                }
              />
            </Panel>
          )}
        </QueryState>
      )}
    </>
  );
}
