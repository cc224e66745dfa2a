import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { VENUE_LABELS, type VenueKind } from '@shared/domain/training/sessions';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { Banner, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { formErrorsFrom, NO_ERRORS } from '@renderer/components/form-errors';
import { orNull, toNumber, useForm } from '@renderer/components/use-form';
import { VENUE_OPTIONS } from './training-ui';
import { addDays } from '@shared/domain/time/iso-week';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';
import { useToday } from '@renderer/app/use-clock';

const FORM = 'session';

/** Sessions for the next eight weeks: schedule, book staff, cancel, open today's register. */
export function SessionsView() {
  const api = useApi();
  const today = useToday();
  const canSchedule = useHasRole('manager', 'trainer');
  const canBook = useHasRole('manager', 'coordinator');
  const sessions = useQuery(
    procedureQuery(api, 'training.listSessions', { from: addDays(today, -14), to: addDays(today, 56) }),
  );
  const cancel = useProcedureMutation('training.cancelSession', ['training', 'notices']);
  return (
    <>
      {canSchedule && <ScheduleForm />}
      {cancel.error && <Banner tone="error">{cancel.error.message}</Banner>}
      <QueryState isLoading={sessions.isLoading} error={sessions.error}>
        <table className="simple-table">
          <caption className="visually-hidden">Training sessions</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Course</th>
              <th scope="col">Venue</th>
              <th scope="col">Booked</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {(sessions.data ?? []).map((s) => (
              <tr key={s.id}>
                <td>
                  {formatDate(s.date)} {formatMinute(s.startMinute)}–{formatMinute(s.startMinute + s.durationMinutes)}
                </td>
                <td>
                  {s.courseName} {s.status === 'cancelled' && <Tag tone="grey">Cancelled</Tag>}{' '}
                  {s.registerSubmitted && <Tag tone="green">Register submitted</Tag>}
                  {s.trainerName && <div className="field__hint">Trainer: {s.trainerName}</div>}
                </td>
                <td>
                  {VENUE_LABELS[s.venue]}
                  {s.venueDetail && <div className="field__hint">{s.venueDetail}</div>}
                </td>
                <td>
                  {s.booked} of {s.capacity}
                </td>
                <td>
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
                      <Button variant="warning" onClick={() => cancel.mutate({ id: s.id })} disabled={cancel.isPending}>
                        Cancel session
                        <span className="visually-hidden">
                          {' '}
                          {s.courseName} on {formatDate(s.date)}
                        </span>
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </QueryState>
    </>
  );
}

function BookStaff({ sessionId, label }: { sessionId: string; label: string }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [staffId, setStaffId] = useState('');
  const staff = useQuery({ ...procedureQuery(api, 'staff.list', { limit: 5000 }), enabled: open });
  const book = useProcedureMutation('training.book', ['training']);
  const errors = book.error ? formErrorsFrom(book.error) : NO_ERRORS;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Book staff<span className="visually-hidden"> on {label}</span>
      </Button>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (staffId) book.mutate({ sessionId, staffIds: [staffId] }, { onSuccess: () => setStaffId('') });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`book-${sessionId}`}>
          Person to book on {label}
        </label>
        {(errors.general ?? errors.summary[0]?.message) && (
          <span className="field__error">{errors.general ?? errors.summary[0]?.message}</span>
        )}
        <select
          id={`book-${sessionId}`}
          className="select"
          value={staffId}
          onChange={(e) => setStaffId(e.target.value)}
        >
          <option value="">Choose a person</option>
          {(staff.data?.rows ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.familyName}, {s.preferredName ?? s.givenName} ({s.reference})
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <Button type="submit" disabled={book.isPending || staffId === ''}>
          Book
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Done
        </Button>
      </div>
    </form>
  );
}

function ScheduleForm() {
  const api = useApi();
  const courses = useQuery(procedureQuery(api, 'training.listCourses', {}));
  const save = useProcedureMutation('training.saveSession', ['training']);
  const [open, setOpen] = useState(false);
  const form = useForm(
    {
      courseId: '',
      date: '',
      start: '09:30',
      duration: '180',
      venue: 'hub_room',
      venueDetail: '',
      trainerName: '',
      capacity: '12',
    },
    { errorPrefix: ['session'] },
  );
  const { values } = form;
  if (!open) {
    return (
      <div className="button-row">
        <Button onClick={() => setOpen(true)}>Schedule a session</Button>
      </div>
    );
  }
  return (
    <Panel title="Schedule a session">
      <GovForm
        formId={FORM}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Schedule"
        onCancel={() => setOpen(false)}
        onSubmit={() =>
          void form.submit(async () => {
            await save.mutateAsync({
              id: null,
              session: {
                courseId: values.courseId,
                date: values.date,
                // Not a time: NaN, so the schema names the field.
                startMinute: parseClockTime(values.start) ?? Number.NaN,
                durationMinutes: toNumber(values.duration),
                venue: values.venue as VenueKind,
                venueDetail: orNull(values.venueDetail),
                trainerName: orNull(values.trainerName),
                capacity: toNumber(values.capacity),
              },
            });
            setOpen(false);
          })
        }
      >
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Course"
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="Choose a course"
          {...form.bind('courseId')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Date"
          type="date"
          className="input--narrow"
          {...form.bind('date')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          name="startMinute"
          label="Start time"
          hint="24-hour clock, for example 09:30"
          className="input--narrow"
          value={values.start}
          onChange={(e) => form.setValues((v) => ({ ...v, start: e.target.value }))}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          name="durationMinutes"
          label="Duration in minutes"
          inputMode="numeric"
          className="input--narrow"
          value={values.duration}
          onChange={(e) => form.setValues((v) => ({ ...v, duration: e.target.value }))}
        />
        <SelectField formId={FORM} errors={form.errors} label="Venue" options={VENUE_OPTIONS} {...form.bind('venue')} />
        <TextField formId={FORM} errors={form.errors} label="Venue details (optional)" {...form.bind('venueDetail')} />
        <TextField formId={FORM} errors={form.errors} label="Trainer (optional)" {...form.bind('trainerName')} />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Capacity"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('capacity')}
        />
      </GovForm>
    </Panel>
  );
}
