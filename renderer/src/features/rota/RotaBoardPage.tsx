import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EventPayload } from '@shared/contract/events';
import type { BoardVisit, PayView, RotaChange, RotaWeekView } from '@shared/domain/rota-board/board';
import { PAY_BENCHMARK_LABELS } from '@shared/domain/policy/pay-policy';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { OneOffsPanel } from './OneOffsPanel';
import { SicknessPanel } from './SicknessPanel';
import { WHOLE_BOARD, type BoardView } from './BoardFilters';
import { PlanSummary } from './PlanSummary';
import { WeekBoard } from './WeekBoard';
import { hoursText, pounds, saveFile } from './rota-format';
import { PayrollExportPanel } from './PayrollExportPanel';
import { useHasRole } from '@renderer/app/session-context';
import { addDays, isoWeekOf } from '@shared/domain/time/iso-week';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { PublishCheck } from './PublishCheck';
import { nextStepsFor } from '@shared/domain/rota-board/next-steps';
import { WeekPicker } from './WeekPicker';
import { UndoRedoButtons, useUndoRedo } from './UndoRedo';
import { BoardKeyboardHelp } from './BoardKeyboardHelp';
import './rota.css';
import { formatDate, formatInstant, formatMinute, formatWeek, formatWeekInSentence } from '@shared/domain/time/format';
import { useToday } from '@renderer/app/use-clock';

type Tab = 'board' | 'unassigned' | 'sickness' | 'changes' | 'pay' | 'oneoffs';
const TABS: { id: Tab; label: string }[] = [
  { id: 'board', label: 'Board' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'sickness', label: 'Sickness' },
  { id: 'changes', label: 'Changes' },
  { id: 'pay', label: 'Pay' },
  { id: 'oneoffs', label: 'One-off changes' },
];

function unassignedWhy(v: BoardVisit): string {
  return v.unassignedReasons.length === 0
    ? 'Left for action.'
    : v.unassignedReasons
        .map((r) => `${r.message}${r.workerNames.length > 0 ? ` (${r.workerNames.join(', ')})` : ''}`)
        .join('; ');
}

/** Plan a week, see and edit the board, cover sickness, publish and see changes and pay. */
export function RotaBoardPage() {
  const api = useApi();
  const today = useToday();
  // A coordinator plans ahead: the board opens on next week; this week is one click back ("This week").
  const thisWeek = isoWeekOf(today);
  const nextWeek = isoWeekOf(addDays(today, 7));
  const [isoWeek, setIsoWeek] = useState(nextWeek);
  const [checking, setChecking] = useState(false);
  const [told, setTold] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('board');
  const [selected, setSelected] = useState<string | null>(null);
  // Rows, day and filters live here, not in the board, so they survive switching weeks.
  const [view, setView] = useState<BoardView>(WHOLE_BOARD);
  const [progress, setProgress] = useState<{ fraction: number; phase: string } | null>(null);
  const query = useQuery(procedureQuery(api, 'rota.getWeek', { isoWeek }));
  const plan = useProcedureMutation('rota.planWeek');
  const roll = useProcedureMutation('rota.rollForward');
  useEffect(
    () =>
      api.transport.onEvent((event) => {
        if (event.kind !== 'rota.progress') return;
        const p = event.payload as EventPayload<'rota.progress'>;
        if (p.isoWeek === isoWeek) setProgress({ fraction: p.fraction, phase: p.phase });
      }),
    [api, isoWeek],
  );
  const week = query.data;
  const undoRedo = useUndoRedo(isoWeek, week?.status === 'draft' && !checking);
  const busy = plan.isPending || roll.isPending;
  const error = plan.error ?? roll.error ?? undoRedo.error;
  const startPlan = (fromCurrent: boolean) => {
    setProgress({ fraction: 0, phase: 'construct' });
    plan.mutate({ isoWeek, fromCurrent });
  };
  const changeWeek = (next: string) => {
    setIsoWeek(next);
    setChecking(false);
    setTold(null);
    setSelected(null);
  };
  return (
    <div className="rota-page">
      <PageHeader
        title={formatWeek(isoWeek)}
        actions={
          <>
            {week && (
              <Tag tone={week.status === 'published' ? 'green' : week.status === 'draft' ? 'amber' : 'grey'}>
                {week.status}
              </Tag>
            )}
            <WeekPicker value={isoWeek} onChange={changeWeek} />
            {isoWeek === thisWeek ? (
              <Button variant="link" onClick={() => changeWeek(nextWeek)}>
                Go to next week (to plan)
              </Button>
            ) : (
              <Button variant="link" onClick={() => changeWeek(thisWeek)}>
                Go to this week
              </Button>
            )}
          </>
        }
      />
      <div className="rota-toolbar">
        {week && <PlanSummary week={week} />}
        <span className="rota-toolbar__actions">
          {week?.status === 'unplanned' && (
            <Button disabled={busy} onClick={() => startPlan(false)}>
              Plan week
            </Button>
          )}
          {week?.status === 'draft' && !checking && (
            <ConfirmAction
              label="Re-plan week"
              variant="primary"
              title={`Plan the ${formatWeekInSentence(isoWeek)} again?`}
              confirmLabel="Yes, re-plan the week"
              disabled={busy}
              onConfirm={() => startPlan(true)}
            >
              <p>
                The planner starts again from this draft. Pinned visits stay with their workers; every other visit may
                move to another worker or time. The week is not published and nobody is told.
              </p>
            </ConfirmAction>
          )}
          {week?.status === 'unplanned' && (
            <Button variant="secondary" disabled={busy} onClick={() => roll.mutate({ isoWeek })}>
              Start from last week
            </Button>
          )}
          {week?.status === 'draft' && !checking && (
            <Button variant="secondary" disabled={busy} onClick={() => setChecking(true)}>
              Publish
            </Button>
          )}
          <Link to="/rota/priorities">Planning priorities</Link>
        </span>
      </div>
      {busy && (
        <div className="rota-progress" role="status">
          <label htmlFor="plan-progress">
            Planning the {formatWeekInSentence(isoWeek)}:{' '}
            {progress?.phase === 'improve'
              ? 'improving the plan'
              : progress?.phase === 'saving'
                ? 'saving'
                : 'assigning visits'}
            …
          </label>
          <br />
          <progress id="plan-progress" className="progress" max={1} value={progress?.fraction ?? 0} />
        </div>
      )}
      <ErrorSummary error={error} />
      <p className="visually-hidden" role="status">
        {undoRedo.said}
      </p>
      <QueryState isLoading={query.isLoading} error={query.error} what="the week">
        {week && (
          <>
            {week.status === 'unplanned' ? (
              <Panel>
                <p>
                  This week has not been planned. Plan it from everyone’s ideal week (one-off cancellations and extras
                  included), or start from last week’s published rota.
                </p>
              </Panel>
            ) : null}
            {told !== null && week.status === 'published' && (
              <Banner tone="success" title="Week published.">
                {told} worker{told === 1 ? ' was' : 's were'} sent a notice of their week.
              </Banner>
            )}
            {checking && week.status === 'draft' ? (
              <PublishCheck
                week={week}
                onBack={() => setChecking(false)}
                onPublished={(n) => {
                  setChecking(false);
                  setTold(n);
                }}
              />
            ) : week.status === 'unplanned' ? (
              <OneOffsPanel week={week} />
            ) : (
              <div className="rota-views">
                {/* Undo, Redo and the board's keyboard help sit at the right of the tab row, where they take no
                    room from the board. */}
                <div className="rota-views__tools">
                  {tab === 'board' && view.weekday !== null && (
                    // One day fits the window by default; wide, each visit's time and name read, scrolled across.
                    <Button
                      variant="secondary"
                      aria-pressed={view.dayWidth === 'wide'}
                      onClick={() => setView({ ...view, dayWidth: view.dayWidth === 'wide' ? 'fit' : 'wide' })}
                    >
                      Wide day
                    </Button>
                  )}
                  {tab === 'board' && <BoardKeyboardHelp />}
                  <UndoRedoButtons state={undoRedo} />
                </div>
                <Tabs
                  label="Rota views"
                  tabs={TABS.map((t) => ({
                    key: t.id,
                    label:
                      t.label +
                      (t.id === 'unassigned' && week.measures ? ` (${week.measures.unassignedVisits})` : '') +
                      (t.id === 'changes' && week.status === 'published' ? ` (${week.changesSincePublish})` : ''),
                  }))}
                  selected={tab}
                  onSelect={setTab}
                >
                  {tab === 'board' && (
                    <WeekBoard
                      week={week}
                      today={today}
                      view={view}
                      onView={setView}
                      selected={selected}
                      onSelect={setSelected}
                    />
                  )}
                  {tab === 'unassigned' && (
                    <UnassignedList
                      week={week}
                      onOpen={(id) => {
                        setSelected(id);
                        setTab('board');
                      }}
                    />
                  )}
                  {tab === 'sickness' && <SicknessPanel week={week} />}
                  {tab === 'changes' && <Changes week={week} />}
                  {tab === 'pay' && <Pay isoWeek={week.isoWeek} />}
                  {tab === 'oneoffs' && <OneOffsPanel week={week} />}
                </Tabs>
              </div>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

function UnassignedList({ week, onOpen }: { week: RotaWeekView; onOpen: (id: string) => void }) {
  const list = week.visits.filter((v) => v.workerIds.length === 0);
  if (list.length === 0) return <Panel>Every visit is covered.</Panel>;
  const byReason = new Map<string, number>();
  for (const v of list)
    for (const r of v.unassignedReasons.length > 0 ? v.unassignedReasons : [{ message: 'left for action' }])
      byReason.set(r.message, (byReason.get(r.message) ?? 0) + 1);
  return (
    <>
      <Panel title="What stands in the way">
        <ul className="rota-list">
          {[...byReason.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([message, n]) => (
              <li key={message}>
                <strong>{n}</strong> visit(s): {message}
              </li>
            ))}
        </ul>
      </Panel>
      <DataTable
        label="Unassigned visits with reasons"
        columns={[
          {
            key: 'visit',
            header: 'Visit',
            width: '22em',
            render: (v) => (
              <Button variant="link" onClick={() => onOpen(v.id)}>
                {formatDate(v.date)} {formatMinute(v.startMinute)} · {v.clientName}
              </Button>
            ),
          },
          { key: 'why', header: 'Why nobody could take it', render: unassignedWhy },
          {
            key: 'todo',
            header: 'What is left to do',
            render: (v) => `${v.personTold ? 'Person told. ' : ''}${nextStepsFor(v.unassignedReasons).join('; ')}.`,
          },
        ]}
        rows={list}
        rowKey={(v) => v.id}
        search={{ label: 'Search by person or reason', text: (v) => `${v.clientName} ${unassignedWhy(v)}` }}
      />
    </>
  );
}

const CHANGE_COLUMNS: Column<RotaChange>[] = [
  {
    key: 'when',
    header: 'When',
    width: '10em',
    render: (c) => formatInstant(c.at),
    sortValue: (c) => c.at,
  },
  {
    key: 'visit',
    header: 'Visit',
    render: (c) => `${formatDate(c.date)} · ${c.clientName}`,
    sortValue: (c) => [c.date, c.clientName],
  },
  { key: 'was', header: 'Was', render: (c) => c.before },
  { key: 'now', header: 'Now', render: (c) => c.after },
  { key: 'by', header: 'By', render: (c) => c.by, sortValue: (c) => c.by },
];

function Changes({ week }: { week: RotaWeekView }) {
  const api = useApi();
  const notice = useProcedureMutation('rota.printChangeNotice');
  const query = useQuery(procedureQuery(api, 'rota.changes', { isoWeek: week.isoWeek }));
  if (week.status !== 'published') return <Panel>Changes are recorded once the week is published.</Panel>;
  const workers = [...new Set((query.data ?? []).flatMap((c) => c.workerIds))];
  const names = new Map(
    (query.data ?? []).flatMap((c) => c.workerIds.map((id, i) => [id, c.workerNames[i] ?? id] as const)),
  );
  const people = [...new Map((query.data ?? []).map((c) => [c.clientId, c.clientName] as const)).entries()];
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {(query.data ?? []).length === 0 ? (
        <Panel>No changes since publishing.</Panel>
      ) : (
        <>
          <DataTable
            label="Changes since publishing"
            columns={CHANGE_COLUMNS}
            rows={query.data ?? []}
            rowKey={(c) => c.id}
            initialSort={{ key: 'when', direction: 'desc' }}
            search={{
              label: 'Search by person or worker',
              text: (c) => `${c.clientName} ${c.before} ${c.after} ${c.by}`,
            }}
          />
          <h3>Change notices to print</h3>
          <ErrorSummary error={notice.error} />
          <p>One notice per worker and per person affected, listing what changed and when.</p>
          <div className="button-row">
            {workers.map((id) => (
              <Button
                key={id}
                variant="secondary"
                disabled={notice.isPending}
                onClick={() => notice.mutate({ isoWeek: week.isoWeek, staffId: id }, { onSuccess: saveFile })}
              >
                Notice for {names.get(id) ?? id}
              </Button>
            ))}
          </div>
          <div className="button-row">
            {people.map(([id, name]) => (
              <Button
                key={id}
                variant="secondary"
                disabled={notice.isPending}
                onClick={() => notice.mutate({ isoWeek: week.isoWeek, clientId: id }, { onSuccess: saveFile })}
              >
                Notice for {name}
              </Button>
            ))}
          </div>
        </>
      )}
    </QueryState>
  );
}

type WorkerPay = PayView['workers'][number];
const minutesOf = (w: WorkerPay, part: 'visitMinutes' | 'travelMinutes' | 'waitingMinutes') =>
  w.stretches.reduce((sum, s) => sum + s[part] + (part === 'travelMinutes' ? s.breakTravelMinutes : 0), 0);

const PAY_COLUMNS: Column<WorkerPay>[] = [
  { key: 'worker', header: 'Worker', render: (w) => w.name, sortValue: (w) => w.name },
  {
    key: 'stretches',
    header: 'Stretches',
    render: (w) => `${w.stretches.length}${w.splitShifts > 0 ? ` (${w.splitShifts} split)` : ''}`,
    sortValue: (w) => w.stretches.length,
  },
  { key: 'visits', header: 'Visits', render: (w) => hoursText(minutesOf(w, 'visitMinutes')) },
  {
    key: 'travel',
    header: 'Travel',
    render: (w) => hoursText(minutesOf(w, 'travelMinutes')),
    sortValue: (w) => minutesOf(w, 'travelMinutes'),
  },
  { key: 'waiting', header: 'Waiting', render: (w) => hoursText(minutesOf(w, 'waitingMinutes')) },
  { key: 'commitments', header: 'Training and meetings', render: (w) => hoursText(w.commitmentMinutes) },
  { key: 'paid', header: 'Paid', render: (w) => hoursText(w.paidMinutes), sortValue: (w) => w.paidMinutes },
  {
    key: 'topUp',
    header: 'Guaranteed hours top-up',
    render: (w) =>
      w.topUpMinutes > 0
        ? `${hoursText(w.topUpMinutes)} short of ${hoursText(w.guaranteedMinutes)}: ${pounds(w.topUpPence)}`
        : 'None',
    sortValue: (w) => w.topUpMinutes,
  },
  {
    key: 'sick',
    header: 'Sick pay',
    render: (w) =>
      w.sickDays > 0
        ? `${w.sickDays} day${w.sickDays === 1 ? '' : 's'}: ${pounds(w.sspPence)} statutory` +
          (w.ospPence > 0 ? ` + ${pounds(w.ospPence)} occupational` : '')
        : 'None',
    sortValue: (w) => w.sspPence + w.ospPence,
  },
  {
    key: 'holiday',
    header: 'Holiday pay',
    render: (w) =>
      [
        w.holidayDays > 0
          ? `${w.holidayDays} day${w.holidayDays === 1 ? '' : 's'} (${hoursText(w.holidayMinutes)}): ` +
            (w.holidayPence > 0 ? pounds(w.holidayPence) : 'paid as rolled-up pay')
          : null,
        w.rolledUpHolidayPence > 0 ? `${pounds(w.rolledUpHolidayPence)} rolled-up` : null,
      ]
        .filter((part) => part !== null)
        .join('; ') || 'None',
    sortValue: (w) => w.holidayPence + w.rolledUpHolidayPence,
  },
  {
    key: 'rate',
    header: 'Rate',
    render: (w) => (
      <>
        {pounds(w.ratePencePerHour)} {w.belowFloor && <Tag tone="red">Below floor</Tag>}
      </>
    ),
    sortValue: (w) => w.ratePencePerHour,
  },
  { key: 'gross', header: 'Gross', render: (w) => pounds(w.grossPence), sortValue: (w) => w.grossPence },
];

const belowFloorText = (w: WorkerPay) =>
  `${w.name}: ${pounds(w.ratePencePerHour)} an hour against ${pounds(w.floorPencePerHour)} ` +
  `(${PAY_BENCHMARK_LABELS[w.floorSource]}): ${pounds(w.floorPencePerHour - w.ratePencePerHour)} an hour short, ` +
  `${pounds(w.floorShortfallPence)} this week`;

/** Each worker paid below the floor in force for them, with the gap an hour and over the week. */
function BelowFloor({ workers }: { workers: WorkerPay[] }) {
  if (workers.length === 0) return <p>Everyone is paid at least the floor in force for them.</p>;
  return (
    <Banner tone="warning" title={`${workers.length} paid below the floor`}>
      <ul>
        {workers.map((w) => (
          <li key={w.staffId}>{belowFloorText(w)}</li>
        ))}
      </ul>
    </Banner>
  );
}

function Pay({ isoWeek }: { isoWeek: string }) {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'rota.payView', { isoWeek }));
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {query.data && (
        <>
          <p>
            Shift-based pay: each working stretch is paid in full (visits, travel between them at the full rate, and
            waiting), and so is travel to the first visit after a break. Training and meetings are paid once. A week
            below the worker’s guaranteed hours is made up by a top-up; days off sick are paid as sick pay (statutory,
            and occupational on top from the branch’s scheme) and count in the gross, as does holiday: approved annual
            leave on a worker’s usual days, or rolled-up holiday pay where the branch pays it. Pay floor in force:{' '}
            {pounds(query.data.payFloorPencePerHour)} an hour for adults (the minimum for a younger worker’s age can be
            lower; a Living Wage the branch commits to can be higher).
          </p>
          <BelowFloor workers={query.data.workers.filter((w) => w.belowFloor)} />
          <DataTable
            label="Pay per worker"
            columns={PAY_COLUMNS}
            rows={query.data.workers}
            rowKey={(w) => w.staffId}
            initialSort={{ key: 'worker', direction: 'asc' }}
            search={{ label: 'Search by worker', text: (w) => w.name }}
          />
          {isManager && <PayrollExportPanel isoWeek={isoWeek} />}
        </>
      )}
    </QueryState>
  );
}
