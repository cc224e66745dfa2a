import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  EXCEPTION_KIND_LABELS,
  TRAVEL_MODE_LABELS,
  type AvailabilityException,
  type AvailabilityWindow,
  type TravelModeName,
  type WorkerAvailability,
} from '@shared/domain/availability/availability';
import { WEEKDAY_NAMES } from '@shared/domain/clients/ideal-week';
import { formatDate, formatMinute, parseClockTime } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole, useSession } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { fieldId, formErrorsFrom, NO_ERRORS, type FormErrors } from '@renderer/components/form-errors';
import { Banner, PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { hoursText } from './people-options';
import './people.css';

const MODE_OPTIONS = (Object.keys(TRAVEL_MODE_LABELS) as TravelModeName[]).map((m) => ({
  value: m,
  label: TRAVEL_MODE_LABELS[m],
}));

/**
 * Availability: a worker enters their own windows, travel and leave requests; a coordinator picks any worker and
 * approves leave.
 */
export function AvailabilityPage() {
  const privileged = useHasRole('manager', 'coordinator');
  const session = useSession();
  return privileged ? (
    <CoordinatorView />
  ) : session.staffId ? (
    <WorkerPanels staffId={session.staffId} privileged={false} />
  ) : (
    <Banner>This account is not linked to a staff record.</Banner>
  );
}

function CoordinatorView() {
  const api = useApi();
  const workers = useQuery(procedureQuery(api, 'availability.workers', {}));
  const [staffId, setStaffId] = useState('');
  const chosen = staffId || workers.data?.[0]?.staffId || '';
  return (
    <>
      <PageHeader
        title="Availability"
        caption="Wellbeing workers’ weekly windows, travel, leave, sickness and team meetings"
      />
      <PendingLeave />
      <div className="filter-bar">
        <div className="field">
          <label className="field__label" htmlFor="availability-worker">
            Worker
          </label>
          <select
            id="availability-worker"
            className="select"
            value={chosen}
            onChange={(e) => setStaffId(e.target.value)}
          >
            {(workers.data ?? []).map((w) => (
              <option key={w.staffId} value={w.staffId}>
                {w.name} ({hoursText(w.weeklyMinutes)} a week{w.hasTravelProfile ? '' : ', no travel profile'})
              </option>
            ))}
          </select>
        </div>
      </div>
      {chosen && <WorkerPanels key={chosen} staffId={chosen} privileged />}
      <TeamMeetingPanel workers={workers.data ?? []} />
    </>
  );
}

function PendingLeave() {
  const api = useApi();
  const queryClient = useQueryClient();
  const pending = useQuery(procedureQuery(api, 'availability.listExceptions', { pendingOnly: true }));
  const [error, setError] = useState<string | null>(null);
  const decide = async (id: string, decision: 'approved' | 'declined') => {
    try {
      await api.call('availability.decideLeave', { id, decision });
      setError(null);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not record the decision.');
    }
  };
  return (
    <Panel title="Leave requests waiting for a decision">
      {error && <Banner tone="error">{error}</Banner>}
      {(pending.data ?? []).length === 0 ? (
        <p className="muted">None waiting.</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">Leave requests waiting</caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Decision</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(pending.data ?? []).map((e) => (
              <tr key={e.id}>
                <td>{e.staffName}</td>
                <td>{formatDate(e.startDate)}</td>
                <td>{e.endDate ? formatDate(e.endDate) : 'Not yet known'}</td>
                <td>{e.note ?? ''}</td>
                <td>
                  <div className="inline-row">
                    <Button onClick={() => void decide(e.id, 'approved')}>
                      Approve<span className="visually-hidden"> leave for {e.staffName}</span>
                    </Button>
                    <Button variant="secondary" onClick={() => void decide(e.id, 'declined')}>
                      Decline<span className="visually-hidden"> leave for {e.staffName}</span>
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function WorkerPanels({ staffId, privileged }: { staffId: string; privileged: boolean }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'availability.get', { staffId }));
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {query.data && (
        <>
          {!privileged && (
            <PageHeader title="My availability" caption="When you can work, how you travel, and your leave" />
          )}
          <WindowsPanel data={query.data} />
          <TravelPanel data={query.data} />
          <LeavePanel data={query.data} />
          {privileged && <SicknessPanel staffId={staffId} />}
          <ExceptionsPanel data={query.data} privileged={privileged} />
        </>
      )}
    </QueryState>
  );
}

interface WindowDraft {
  weekday: number;
  start: string;
  end: string;
}

function WindowsPanel({ data }: { data: WorkerAvailability }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<WindowDraft[]>(
    data.windows.map((w) => ({
      weekday: w.weekday,
      start: formatMinute(w.startMinute),
      end: formatMinute(w.endMinute === 1440 ? 0 : w.endMinute),
    })),
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const form = 'windows';
  const save = async () => {
    const windows: AvailabilityWindow[] = rows.map((r) => {
      const start = parseClockTime(r.start);
      const end = parseClockTime(r.end);
      return {
        weekday: r.weekday,
        startMinute: start ?? Number.NaN,
        endMinute: end === 0 ? 1440 : (end ?? Number.NaN),
      };
    });
    try {
      await api.call('availability.saveWindows', { staffId: data.staffId, windows });
      setErrors(NO_ERRORS);
      setSaved(true);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    } catch (e) {
      setSaved(false);
      setErrors(formErrorsFrom(e));
    }
  };
  const set = (i: number, change: Partial<WindowDraft>) =>
    setRows((list) => list.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <Panel title={`Weekly windows (${hoursText(data.weeklyMinutes)} a week)`}>
      <ErrorSummary errors={errors} formId={form} />
      {saved && <p role="status">Windows saved.</p>}
      {rows.map((r, i) => (
        <div className="window-row" key={i}>
          <div className="field">
            <label className="field__label" htmlFor={fieldId(form, `windows.${i}.weekday`)}>
              Day
            </label>
            <select
              id={fieldId(form, `windows.${i}.weekday`)}
              className="select"
              value={r.weekday}
              onChange={(e) => set(i, { weekday: Number(e.target.value) })}
            >
              {WEEKDAY_NAMES.map((d, k) => (
                <option key={d} value={k + 1}>
                  {d}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={fieldId(form, `windows.${i}.startMinute`)}>
              From
            </label>
            <input
              id={fieldId(form, `windows.${i}.startMinute`)}
              className="input input--narrow"
              type="time"
              value={r.start}
              onChange={(e) => set(i, { start: e.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={fieldId(form, `windows.${i}.endMinute`)}>
              Until
            </label>
            <input
              id={fieldId(form, `windows.${i}.endMinute`)}
              className="input input--narrow"
              type="time"
              value={r.end}
              onChange={(e) => set(i, { end: e.target.value })}
            />
          </div>
          <Button variant="link" onClick={() => setRows((list) => list.filter((_, j) => j !== i))}>
            Remove<span className="visually-hidden"> window {i + 1}</span>
          </Button>
          {errors.byField[`windows.${i}.startMinute`] || errors.byField[`windows.${i}.endMinute`] ? (
            <span className="field__error">
              {errors.byField[`windows.${i}.startMinute`] ?? errors.byField[`windows.${i}.endMinute`]}
            </span>
          ) : null}
        </div>
      ))}
      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => setRows((list) => [...list, { weekday: 1, start: '07:00', end: '14:00' }])}
        >
          Add a window
        </Button>
        <Button onClick={() => void save()}>Save windows</Button>
      </div>
    </Panel>
  );
}

function TravelPanel({ data }: { data: WorkerAvailability }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const p = data.travelProfile;
  const form = useForm({
    travelMode: p?.travelMode ?? 'public_transport',
    homePostcode: p?.homePostcode ?? '',
    homeLat: p ? String(p.homeLat) : '',
    homeLon: p ? String(p.homeLon) : '',
  });
  const [saved, setSaved] = useState(false);
  const save = () =>
    form.submit(async () => {
      const num = (v: string | boolean) => (String(v).trim() === '' ? Number.NaN : Number(v));
      await api.call('availability.saveTravelProfile', {
        staffId: data.staffId,
        travelMode: form.values.travelMode as TravelModeName,
        homePostcode: orNull(form.values.homePostcode),
        homeLat: num(form.values.homeLat),
        homeLon: num(form.values.homeLon),
      });
      setSaved(true);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    });
  return (
    <Panel title="Travel and home">
      {saved && <p role="status">Travel profile saved.</p>}
      <GovForm
        formId="travel-profile"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save travel and home"
        onSubmit={() => void save()}
      >
        <SelectField
          formId="travel-profile"
          errors={form.errors}
          label="Travel mode"
          options={MODE_OPTIONS}
          {...form.bind('travelMode')}
        />
        <TextField
          formId="travel-profile"
          errors={form.errors}
          label="Home postcode (optional)"
          className="input--narrow"
          {...form.bind('homePostcode')}
        />
        <TextField
          formId="travel-profile"
          errors={form.errors}
          label="Home latitude"
          inputMode="decimal"
          className="input--narrow"
          {...form.bind('homeLat')}
        />
        <TextField
          formId="travel-profile"
          errors={form.errors}
          label="Home longitude"
          inputMode="decimal"
          className="input--narrow"
          {...form.bind('homeLon')}
        />
      </GovForm>
    </Panel>
  );
}

function LeavePanel({ data }: { data: WorkerAvailability }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const form = useForm({ startDate: '', endDate: '', note: '' });
  const [saved, setSaved] = useState(false);
  const save = () =>
    form.submit(async () => {
      await api.call('availability.requestLeave', {
        staffId: data.staffId,
        startDate: form.values.startDate,
        endDate: form.values.endDate,
        note: orNull(form.values.note),
      });
      setSaved(true);
      form.setValues({ startDate: '', endDate: '', note: '' });
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    });
  return (
    <Panel title="Request annual leave">
      {saved && <p role="status">Leave requested: a coordinator will approve it.</p>}
      <GovForm
        formId="leave"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Request leave"
        onSubmit={() => void save()}
      >
        <TextField
          formId="leave"
          errors={form.errors}
          label="First day of leave"
          type="date"
          className="input--narrow"
          {...form.bind('startDate')}
        />
        <TextField
          formId="leave"
          errors={form.errors}
          label="Last day of leave"
          type="date"
          className="input--narrow"
          {...form.bind('endDate')}
        />
        <TextField formId="leave" errors={form.errors} label="Note (optional)" {...form.bind('note')} />
      </GovForm>
    </Panel>
  );
}

function SicknessPanel({ staffId }: { staffId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const form = useForm({ startDate: '', startTime: '00:00', expectedEndDate: '', ospRecorded: true, note: '' });
  const [saved, setSaved] = useState(false);
  const save = () =>
    form.submit(async () => {
      await api.call('availability.recordSickness', {
        staffId,
        startDate: form.values.startDate,
        startMinute: parseClockTime(String(form.values.startTime)) ?? 0,
        expectedEndDate: orNull(form.values.expectedEndDate),
        ospRecorded: Boolean(form.values.ospRecorded),
        note: orNull(form.values.note),
      });
      setSaved(true);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    });
  return (
    <Panel title="Record sickness">
      {saved && <p role="status">Sickness recorded.</p>}
      <GovForm
        formId="sickness"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Record sickness"
        onSubmit={() => void save()}
        after={
          <label className="checkbox">
            <input type="checkbox" {...form.bindCheckbox('ospRecorded')} />
            Occupational sick pay recorded for this absence
          </label>
        }
      >
        <TextField
          formId="sickness"
          errors={form.errors}
          label="Off sick from"
          type="date"
          className="input--narrow"
          {...form.bind('startDate')}
        />
        <TextField
          formId="sickness"
          errors={form.errors}
          label="From time"
          type="time"
          className="input--narrow"
          {...form.bind('startTime')}
          name="startMinute"
        />
        <TextField
          formId="sickness"
          errors={form.errors}
          label="Expected last day off (if known)"
          type="date"
          className="input--narrow"
          {...form.bind('expectedEndDate')}
        />
        <TextField formId="sickness" errors={form.errors} label="Note (optional)" {...form.bind('note')} />
      </GovForm>
    </Panel>
  );
}

function describe(e: AvailabilityException): string {
  const from = `${formatDate(e.startDate)}${e.startMinute > 0 ? ` ${formatMinute(e.startMinute)}` : ''}`;
  if (e.endDate === null) return `from ${from} (end not yet known)`;
  const to = `${formatDate(e.endDate)}${e.endMinute < 1440 ? ` ${formatMinute(e.endMinute)}` : ''}`;
  return e.kind === 'team_meeting'
    ? `${formatDate(e.startDate)} ${formatMinute(e.startMinute)}–${formatMinute(e.endMinute)}`
    : `${from} to ${to}`;
}

const STATUS_TONE = {
  requested: 'amber',
  approved: 'green',
  declined: 'red',
  recorded: 'blue',
  cancelled: 'grey',
} as const;

function ExceptionsPanel({ data, privileged }: { data: WorkerAvailability; privileged: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const cancel = async (id: string) => {
    try {
      await api.call('availability.cancelException', { id });
      setError(null);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not cancel.');
    }
  };
  return (
    <Panel title="Leave, sickness and meetings">
      {error && <Banner tone="error">{error}</Banner>}
      {data.exceptions.length === 0 ? (
        <p className="muted">Nothing recorded.</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">Leave, sickness and meetings</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">When</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.exceptions.map((e) => (
              <tr key={e.id}>
                <td>
                  {EXCEPTION_KIND_LABELS[e.kind]}
                  {e.kind === 'sickness' && e.ospRecorded ? ' (occupational sick pay recorded)' : ''}
                </td>
                <td>{describe(e)}</td>
                <td>
                  <Tag tone={STATUS_TONE[e.status]}>{e.status}</Tag>
                </td>
                <td>{e.note ?? ''}</td>
                <td>
                  {(privileged || (e.kind === 'annual_leave' && e.status === 'requested')) && (
                    <Button variant="link" onClick={() => void cancel(e.id)}>
                      Cancel
                      <span className="visually-hidden">
                        {' '}
                        {EXCEPTION_KIND_LABELS[e.kind]} {describe(e)}
                      </span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function TeamMeetingPanel({ workers }: { workers: { staffId: string; name: string }[] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const form = useForm({ date: '', start: '14:00', end: '15:30', note: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const save = () =>
    form.submit(async () => {
      const made = await api.call('availability.addTeamMeeting', {
        staffIds: chosen,
        date: form.values.date,
        startMinute: parseClockTime(String(form.values.start)) ?? Number.NaN,
        endMinute: parseClockTime(String(form.values.end)) ?? Number.NaN,
        note: orNull(form.values.note),
      });
      setSaved(`Team meeting booked for ${made.length} workers (paid time).`);
      setChosen([]);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('availability.') });
    });
  return (
    <Panel title="Book a team meeting">
      <p className="field__hint">
        Paid time for co-workers to meet (Ethical Care Charter stage 2); the planner keeps it free of visits.
      </p>
      {saved && <p role="status">{saved}</p>}
      <GovForm
        formId="meeting"
        errors={form.errors}
        pending={form.pending}
        submitLabel="Book the meeting"
        onSubmit={() => void save()}
        after={
          <div className="field">
            <label className="field__label" htmlFor={fieldId('meeting', 'staffIds')}>
              Who attends
            </label>
            <span className="field__hint">Hold Ctrl (or Cmd) to choose several</span>
            {form.errors.byField.staffIds && <span className="field__error">{form.errors.byField.staffIds}</span>}
            <select
              id={fieldId('meeting', 'staffIds')}
              className="select"
              multiple
              size={6}
              value={chosen}
              onChange={(e) => setChosen([...e.target.selectedOptions].map((o) => o.value))}
            >
              {workers.map((w) => (
                <option key={w.staffId} value={w.staffId}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        }
      >
        <TextField
          formId="meeting"
          errors={form.errors}
          label="Date"
          type="date"
          className="input--narrow"
          {...form.bind('date')}
        />
        <TextField
          formId="meeting"
          errors={form.errors}
          label="From"
          type="time"
          className="input--narrow"
          {...form.bind('start')}
          name="startMinute"
        />
        <TextField
          formId="meeting"
          errors={form.errors}
          label="Until"
          type="time"
          className="input--narrow"
          {...form.bind('end')}
          name="endMinute"
        />
        <TextField formId="meeting" errors={form.errors} label="Note (optional)" {...form.bind('note')} />
      </GovForm>
    </Panel>
  );
}
