import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  EXCEPTION_KIND_LABELS,
  TRAVEL_MODE_LABELS,
  type AvailabilityException,
  type WorkerAvailability,
} from '@shared/domain/availability/availability';
import { WEEKDAY_NAMES } from '@shared/domain/clients/ideal-week';
import { formatDate, formatMinute, formatWeekInSentence, parseClockTime } from '@shared/domain/time/format';
import { describeSickPay } from '@shared/domain/policy/sick-pay-record';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole, useSession } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { fieldId } from '@renderer/components/form-errors';
import { Banner, PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { orNull, toNumberOrNull, useProcedureForm } from '@renderer/components/use-form';
import { hoursText } from './people-options';
import { usePostcodeHint } from './postcode-hint';
import './people.css';

const MODE_OPTIONS = optionsFrom(TRAVEL_MODE_LABELS);

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

/** What approving a leave request does to the rota: the worker's planned visits in those days need new workers. */
function LeaveImpact({ leave }: { leave: AvailabilityException }) {
  const api = useApi();
  const query = useQuery(
    procedureQuery(api, 'rota.visitsDuring', { staffId: leave.staffId, from: leave.startDate, to: leave.endDate }),
  );
  const days = leave.endDate
    ? `from ${formatDate(leave.startDate)} to ${formatDate(leave.endDate)}`
    : `from ${formatDate(leave.startDate)} until further notice`;
  const found = query.data;
  return (
    <>
      <p>
        {leave.staffName} will not be planned {days}.
      </p>
      <QueryState isLoading={query.isLoading} error={query.error} what="their planned visits">
        {found && (
          <p>
            {found.visits === 0
              ? 'They have no visits on the rota in those days.'
              : `They have ${found.visits} visit${found.visits === 1 ? '' : 's'} on the rota in those days ` +
                `(${found.isoWeeks.map(formatWeekInSentence).join(', ')})` +
                (found.publishedVisits > 0 ? `, ${found.publishedVisits} of them already published` : '') +
                '. They stay with the worker until you give each to someone else on the rota board (workers on ' +
                'a published week are told of each change); planning a week again leaves the worker out.'}
          </p>
        )}
      </QueryState>
    </>
  );
}

function PendingLeave() {
  const api = useApi();
  const pending = useQuery(procedureQuery(api, 'availability.listExceptions', { pendingOnly: true }));
  const decide = useProcedureMutation('availability.decideLeave');
  const columns: Column<AvailabilityException>[] = [
    { key: 'worker', header: 'Worker', render: (e) => e.staffName, sortValue: (e) => e.staffName },
    {
      key: 'from',
      header: 'From',
      width: '9.5em',
      render: (e) => formatDate(e.startDate),
      sortValue: (e) => e.startDate,
    },
    {
      key: 'to',
      header: 'To',
      width: '9.5em',
      render: (e) => (e.endDate ? formatDate(e.endDate) : 'Not yet known'),
      sortValue: (e) => e.endDate,
    },
    { key: 'note', header: 'Note', render: (e) => e.note ?? '' },
    {
      key: 'decision',
      header: 'Decision',
      width: '15em',
      render: (e) => (
        <div className="inline-row">
          <ConfirmAction
            label={
              <>
                Approve<span className="visually-hidden"> leave for {e.staffName}</span>
              </>
            }
            variant="primary"
            title={`Approve ${e.staffName}’s leave?`}
            confirmLabel="Yes, approve the leave"
            pending={decide.isPending}
            onConfirm={() => decide.mutate({ id: e.id, decision: 'approved' })}
          >
            <LeaveImpact leave={e} />
          </ConfirmAction>
          <Button
            variant="secondary"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: e.id, decision: 'declined' })}
          >
            Decline<span className="visually-hidden"> leave for {e.staffName}</span>
          </Button>
        </div>
      ),
    },
  ];
  return (
    <Panel title="Leave requests waiting for a decision">
      <ErrorSummary error={decide.error} />
      <QueryState isLoading={pending.isLoading} error={pending.error} what="the leave requests">
        <DataTable
          label="Leave requests waiting"
          columns={columns}
          rows={pending.data ?? []}
          rowKey={(e) => e.id}
          initialSort={{ key: 'from', direction: 'asc' }}
          empty="None waiting."
        />
      </QueryState>
    </Panel>
  );
}

function WorkerPanels({ staffId, privileged }: { staffId: string; privileged: boolean }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'availability.get', { staffId }));
  return (
    <QueryState isLoading={query.isLoading} error={query.error} what="the availability">
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
  const [rows, setRows] = useState<WindowDraft[]>(
    data.windows.map((w) => ({
      weekday: w.weekday,
      start: formatMinute(w.startMinute),
      end: formatMinute(w.endMinute === 1440 ? 0 : w.endMinute),
    })),
  );
  // The windows are a list the person grows and shrinks, so they live beside the form rather than in its values.
  const form = useProcedureForm('availability.saveWindows', {
    id: 'windows',
    initial: {},
    toInput: () => ({
      staffId: data.staffId,
      windows: rows.map((r) => {
        const start = parseClockTime(r.start);
        const end = parseClockTime(r.end);
        return {
          weekday: r.weekday,
          startMinute: start ?? Number.NaN,
          endMinute: end === 0 ? 1440 : (end ?? Number.NaN),
        };
      }),
    }),
    success: 'Windows saved.',
  });
  const { errors } = form;
  const set = (i: number, change: Partial<WindowDraft>) =>
    setRows((list) => list.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <Panel title={`Weekly windows (${hoursText(data.weeklyMinutes)} a week)`}>
      <GovForm
        form={form}
        submitLabel="Save windows"
        grid={false}
        actions={
          <Button
            variant="secondary"
            onClick={() => setRows((list) => [...list, { weekday: 1, start: '07:00', end: '14:00' }])}
          >
            Add a window
          </Button>
        }
      >
        {rows.map((r, i) => (
          <div className="window-row" key={i}>
            <div className="field">
              <label className="field__label" htmlFor={fieldId(form.id, `windows.${i}.weekday`)}>
                Day
              </label>
              <select
                id={fieldId(form.id, `windows.${i}.weekday`)}
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
              <label className="field__label" htmlFor={fieldId(form.id, `windows.${i}.startMinute`)}>
                From
              </label>
              <input
                id={fieldId(form.id, `windows.${i}.startMinute`)}
                className="input input--narrow"
                type="time"
                value={r.start}
                onChange={(e) => set(i, { start: e.target.value })}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={fieldId(form.id, `windows.${i}.endMinute`)}>
                Until
              </label>
              <input
                id={fieldId(form.id, `windows.${i}.endMinute`)}
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
      </GovForm>
    </Panel>
  );
}

function TravelPanel({ data }: { data: WorkerAvailability }) {
  const p = data.travelProfile;
  const hint = usePostcodeHint();
  const form = useProcedureForm('availability.saveTravelProfile', {
    id: 'travel-profile',
    initial: {
      travelMode: p?.travelMode ?? 'public_transport',
      homePostcode: p?.homePostcode ?? '',
      homeLat: p ? String(p.homeLat) : '',
      homeLon: p ? String(p.homeLon) : '',
    },
    toInput: (v) => ({
      staffId: data.staffId,
      travelMode: v.travelMode,
      homePostcode: orNull(v.homePostcode),
      homeLat: toNumberOrNull(v.homeLat),
      homeLon: toNumberOrNull(v.homeLon),
    }),
    success: 'Travel profile saved.',
  });
  return (
    <Panel title="Travel and home">
      <GovForm form={form} submitLabel="Save travel and home">
        <SelectField label="Travel mode" options={MODE_OPTIONS} {...form.field('travelMode')} />
        <TextField
          label="Home postcode"
          hint={hint.postcode}
          className="input--narrow"
          {...form.field('homePostcode')}
        />
        <TextField
          label="Home latitude"
          hint={hint.coordinates}
          inputMode="decimal"
          className="input--narrow"
          {...form.field('homeLat')}
        />
        <TextField
          label="Home longitude"
          hint={hint.coordinates}
          inputMode="decimal"
          className="input--narrow"
          {...form.field('homeLon')}
        />
      </GovForm>
    </Panel>
  );
}

function LeavePanel({ data }: { data: WorkerAvailability }) {
  const form = useProcedureForm('availability.requestLeave', {
    id: 'leave',
    initial: { startDate: '', endDate: '', note: '' },
    toInput: (v) => ({ staffId: data.staffId, startDate: v.startDate, endDate: v.endDate, note: orNull(v.note) }),
    resetOnSuccess: true,
    success: 'Leave requested: a coordinator will approve it.',
  });
  return (
    <Panel title="Request annual leave">
      <GovForm form={form} submitLabel="Request leave">
        <TextField label="First day of leave" type="date" className="input--narrow" {...form.field('startDate')} />
        <TextField label="Last day of leave" type="date" className="input--narrow" {...form.field('endDate')} />
        <TextField label="Note (optional)" {...form.field('note')} />
      </GovForm>
    </Panel>
  );
}

function SicknessPanel({ staffId }: { staffId: string }) {
  const form = useProcedureForm('availability.recordSickness', {
    id: 'sickness',
    initial: { startDate: '', startTime: '00:00', expectedEndDate: '', note: '' },
    toInput: (v) => ({
      staffId,
      startDate: v.startDate,
      startMinute: parseClockTime(v.startTime) ?? Number.NaN,
      expectedEndDate: orNull(v.expectedEndDate),
      note: orNull(v.note),
    }),
    resetOnSuccess: true,
    success: 'Sickness recorded. Its sick pay is worked out from the branch’s scheme.',
  });
  return (
    <Panel title="Record sickness">
      <GovForm form={form} submitLabel="Record sickness">
        <TextField label="Off sick from" type="date" className="input--narrow" {...form.field('startDate')} />
        <TextField
          label="From time"
          type="time"
          className="input--narrow"
          {...form.field('startTime', 'startMinute')}
        />
        <TextField
          label="Expected last day off (if known)"
          type="date"
          className="input--narrow"
          {...form.field('expectedEndDate')}
        />
        <TextField label="Note (optional)" {...form.field('note')} />
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

const KIND_OPTIONS = optionsFrom(EXCEPTION_KIND_LABELS);

function ExceptionsPanel({ data, privileged }: { data: WorkerAvailability; privileged: boolean }) {
  const cancel = useProcedureMutation('availability.cancelException');
  const columns: Column<AvailabilityException>[] = [
    {
      key: 'what',
      header: 'What',
      render: (e) => EXCEPTION_KIND_LABELS[e.kind] + (e.sickPay ? ` (${describeSickPay(e.sickPay)})` : ''),
      sortValue: (e) => EXCEPTION_KIND_LABELS[e.kind],
    },
    { key: 'when', header: 'When', render: describe, sortValue: (e) => [e.startDate, e.startMinute] },
    {
      key: 'status',
      header: 'Status',
      width: '8em',
      render: (e) => <Tag tone={STATUS_TONE[e.status]}>{e.status}</Tag>,
      sortValue: (e) => e.status,
    },
    { key: 'note', header: 'Note', render: (e) => e.note ?? '' },
    {
      key: 'actions',
      header: 'Actions',
      width: '6em',
      render: (e) =>
        (privileged || (e.kind === 'annual_leave' && e.status === 'requested')) && (
          <Button variant="link" disabled={cancel.isPending} onClick={() => cancel.mutate({ id: e.id })}>
            Cancel
            <span className="visually-hidden">
              {' '}
              {EXCEPTION_KIND_LABELS[e.kind]} {describe(e)}
            </span>
          </Button>
        ),
    },
  ];
  return (
    <Panel title="Leave, sickness and meetings">
      <ErrorSummary error={cancel.error} />
      <DataTable
        label="Leave, sickness and meetings"
        columns={columns}
        rows={data.exceptions}
        rowKey={(e) => e.id}
        initialSort={{ key: 'when', direction: 'desc' }}
        filters={
          data.exceptions.length > 10
            ? [{ key: 'kind', label: 'What', allLabel: 'Everything', options: KIND_OPTIONS, value: (e) => e.kind }]
            : undefined
        }
        empty="Nothing recorded."
      />
    </Panel>
  );
}

function TeamMeetingPanel({ workers }: { workers: { staffId: string; name: string }[] }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useProcedureForm('availability.addTeamMeeting', {
    id: 'meeting',
    initial: { date: '', start: '14:00', end: '15:30', note: '' },
    toInput: (v) => ({
      staffIds: chosen,
      date: v.date,
      startMinute: parseClockTime(v.start) ?? Number.NaN,
      endMinute: parseClockTime(v.end) ?? Number.NaN,
      note: orNull(v.note),
    }),
    success: (made) => `Team meeting booked for ${made.length} workers (paid time).`,
    onSuccess: () => setChosen([]),
  });
  return (
    <Panel title="Book a team meeting">
      <p className="field__hint">
        Paid time for co-workers to meet (Ethical Care Charter stage 2); the planner keeps it free of visits.
      </p>
      <GovForm
        form={form}
        submitLabel="Book the meeting"
        after={
          <div className={`field${form.errors.byField.staffIds ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={fieldId(form.id, 'staffIds')}>
              Who attends
            </label>
            <span className="field__hint">Hold Ctrl (or Cmd) to choose several</span>
            {form.errors.byField.staffIds && <span className="field__error">{form.errors.byField.staffIds}</span>}
            <select
              id={fieldId(form.id, 'staffIds')}
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
        <TextField label="Date" type="date" className="input--narrow" {...form.field('date')} />
        <TextField label="From" type="time" className="input--narrow" {...form.field('start', 'startMinute')} />
        <TextField label="Until" type="time" className="input--narrow" {...form.field('end', 'endMinute')} />
        <TextField label="Note (optional)" {...form.field('note')} />
      </GovForm>
    </Panel>
  );
}
