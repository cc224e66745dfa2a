import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { VENUE_LABELS, type TrainingSession } from '@shared/domain/training/sessions';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Panel, QueryState, Tag } from '@renderer/components/Layout';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { VENUE_OPTIONS } from './training-ui';
import { addDays } from '@shared/domain/time/iso-week';
import { useToday } from '@renderer/app/use-clock';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';

/** Sessions for the next eight weeks: schedule, book staff, cancel, open today's register. */
export function SessionsView() {
  const api = useApi();
  const today = useToday();
  const canSchedule = useHasRole('manager', 'trainer');
  const canBook = useHasRole('manager', 'coordinator');
  const sessions = useQuery(
    procedureQuery(api, 'training.listSessions', { from: addDays(today, -14), to: addDays(today, 56) }),
  );
  const cancel = useProcedureMutation('training.cancelSession');
  const columns: Column<TrainingSession>[] = [
    {
      key: 'date',
      header: 'Date',
      width: '13em',
      render: (s) =>
        `${formatDate(s.date)}, ${formatMinute(s.startMinute)}–${formatMinute(s.startMinute + s.durationMinutes)}`,
      sortValue: (s) => [s.date, s.startMinute],
    },
    {
      key: 'course',
      header: 'Course',
      sortValue: (s) => s.courseName,
      render: (s) => (
        <>
          {s.courseName} {s.status === 'cancelled' && <Tag tone="grey">Cancelled</Tag>}{' '}
          {s.registerSubmitted && <Tag tone="green">Register submitted</Tag>}
          {s.trainerName && <div className="field__hint">Trainer: {s.trainerName}</div>}
        </>
      ),
    },
    {
      key: 'venue',
      header: 'Venue',
      sortValue: (s) => VENUE_LABELS[s.venue],
      render: (s) => (
        <>
          {VENUE_LABELS[s.venue]}
          {s.venueDetail && <div className="field__hint">{s.venueDetail}</div>}
        </>
      ),
    },
    {
      key: 'booked',
      header: 'Booked',
      width: '7em',
      render: (s) => `${s.booked} of ${s.capacity}`,
      sortValue: (s) => s.booked,
    },
    {
      key: 'actions',
      header: 'Actions',
      render: (s) => (
        <div className="button-row">
          {canSchedule && s.status === 'scheduled' && s.date <= today && (
            <Link className="button button--primary" to={`/training/sessions/${s.id}/register`}>
              Register
              <span className="visually-hidden">
                {' '}
                for {s.courseName} on {formatDate(s.date)}
              </span>
            </Link>
          )}
          {canBook && s.status === 'scheduled' && s.date >= today && (
            <BookStaff sessionId={s.id} label={`${s.courseName} on ${formatDate(s.date)}`} />
          )}
          {canSchedule && s.status === 'scheduled' && !s.registerSubmitted && s.date >= today && (
            <ConfirmAction
              label={
                <>
                  Cancel session
                  <span className="visually-hidden">
                    {' '}
                    {s.courseName} on {formatDate(s.date)}
                  </span>
                </>
              }
              confirmLabel={`Yes, cancel ${s.courseName} on ${formatDate(s.date)}`}
              title="Cancel this session?"
              pending={cancel.isPending}
              onConfirm={() => cancel.mutate({ id: s.id })}
            >
              <p>
                {s.booked === 0
                  ? 'Nobody is booked on it.'
                  : `${s.booked === 1 ? 'The 1 person' : `The ${s.booked} people`} booked on it ` +
                    'get a notice in the app that it is cancelled, and the training room is freed.'}
              </p>
            </ConfirmAction>
          )}
        </div>
      ),
    },
  ];
  return (
    <>
      {canSchedule && <ScheduleForm />}
      <ErrorSummary error={cancel.error} />
      <QueryState isLoading={sessions.isLoading} error={sessions.error} what="the sessions">
        <DataTable
          label="Training sessions"
          columns={columns}
          rows={sessions.data ?? []}
          rowKey={(s) => s.id}
          initialSort={{ key: 'date', direction: 'asc' }}
          search={{ label: 'Search by course or trainer', text: (s) => `${s.courseName} ${s.trainerName ?? ''}` }}
          empty="No sessions in the last two weeks or the next eight."
        />
      </QueryState>
    </>
  );
}

function BookStaff({ sessionId, label }: { sessionId: string; label: string }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const staff = useQuery({ ...procedureQuery(api, 'staff.list', { limit: 5000 }), enabled: open });
  const form = useProcedureForm('training.book', {
    id: `book-${sessionId}`,
    initial: { staffId: '' },
    toInput: (v) => ({ sessionId, staffIds: v.staffId === '' ? [] : [v.staffId] }),
    resetOnSuccess: true,
    success: 'Booked.',
  });
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Book staff<span className="visually-hidden"> on {label}</span>
      </Button>
    );
  }
  return (
    <GovForm
      form={form}
      submitLabel="Book"
      grid={false}
      actions={
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Done
        </Button>
      }
    >
      <SelectField
        label={`Person to book on ${label}`}
        placeholder="Choose a person"
        options={(staff.data?.rows ?? []).map((s) => ({
          value: s.id,
          label: `${s.familyName}, ${s.preferredName ?? s.givenName} (${s.reference})`,
        }))}
        {...form.field('staffId', 'staffIds')}
      />
    </GovForm>
  );
}

function ScheduleForm() {
  const api = useApi();
  const courses = useQuery(procedureQuery(api, 'training.listCourses', {}));
  const [open, setOpen] = useState(false);
  const form = useProcedureForm('training.saveSession', {
    id: 'session',
    initial: {
      courseId: '',
      date: '',
      start: '09:30',
      duration: '180',
      venue: 'hub_room',
      venueDetail: '',
      trainerName: '',
      capacity: '12',
    },
    errorPrefix: ['session'],
    toInput: (v) => ({
      id: null,
      session: {
        courseId: v.courseId,
        date: v.date,
        startMinute: parseClockTime(v.start) ?? Number.NaN,
        durationMinutes: toNumber(v.duration),
        venue: v.venue,
        venueDetail: orNull(v.venueDetail),
        trainerName: orNull(v.trainerName),
        capacity: toNumber(v.capacity),
      },
    }),
    onSuccess: () => setOpen(false),
  });
  if (!open) {
    return (
      <div className="button-row">
        <Button onClick={() => setOpen(true)}>Schedule a session</Button>
      </div>
    );
  }
  return (
    <Panel title="Schedule a session">
      <GovForm form={form} submitLabel="Schedule" onCancel={() => setOpen(false)}>
        <SelectField
          label="Course"
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="Choose a course"
          {...form.field('courseId')}
        />
        <TextField label="Date" type="date" className="input--narrow" {...form.field('date')} />
        <TextField
          label="Start time"
          hint="24-hour clock, for example 09:30"
          className="input--narrow"
          {...form.field('start', 'startMinute')}
        />
        <TextField
          label="Duration in minutes"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('duration', 'durationMinutes')}
        />
        <SelectField label="Venue" options={VENUE_OPTIONS} {...form.field('venue')} />
        <TextField label="Venue details (optional)" {...form.field('venueDetail')} />
        <TextField label="Trainer (optional)" {...form.field('trainerName')} />
        <TextField label="Capacity" inputMode="numeric" className="input--narrow" {...form.field('capacity')} />
      </GovForm>
    </Panel>
  );
}
