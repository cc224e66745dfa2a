import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
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
import { VisitPanel } from './VisitPanel';
import { hoursText, pounds, saveFile } from './rota-format';
import { PayrollExportPanel } from './PayrollExportPanel';
import { useHasRole } from '@renderer/app/session-context';
import { addDays, isoWeekOf } from '@shared/domain/time/iso-week';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { PublishCheck } from './PublishCheck';
import { nextStepsFor } from '@shared/domain/rota-board/next-steps';
import { WeekPicker } from './WeekPicker';
import './rota.css';
import {
  formatDate,
  formatDayOfWeek,
  formatInstant,
  formatMinute,
  formatWeek,
  formatWeekInSentence,
} from '@shared/domain/time/format';
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

// The board shows a few unassigned visits per day; the Unassigned tab lists them all with reasons.
const UNASSIGNED_ROW_CAP = 12;

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
  const busy = plan.isPending || roll.isPending;
  const error = plan.error ?? roll.error;
  const selectedVisit = week?.visits.find((v) => v.id === selected) ?? null;
  const startPlan = (fromCurrent: boolean) => {
    setProgress({ fraction: 0, phase: 'construct' });
    plan.mutate({ isoWeek, fromCurrent });
  };
  const changeWeek = (next: string) => {
    setIsoWeek(next);
    setChecking(false);
    setTold(null);
  };
  return (
    <>
      <PageHeader
        caption="Rota"
        title={formatWeek(isoWeek)}
        actions={
          <>
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
          </>
        }
      />
      <div className="rota-toolbar">
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
        {week && (
          <Tag tone={week.status === 'published' ? 'green' : week.status === 'draft' ? 'amber' : 'grey'}>
            {week.status}
          </Tag>
        )}
        <Link to="/rota/priorities">Planning priorities</Link>
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
      <QueryState isLoading={query.isLoading} error={query.error} what="the week">
        {week && (
          <>
            {week.warnings.map((w) => (
              <Banner key={w} tone="warning">
                {w}
              </Banner>
            ))}
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
              <>
                <SummaryTiles week={week} />
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
                    <div className="rota-layout">
                      <Board week={week} selected={selected} onSelect={setSelected} />
                      <div className="rota-panel">
                        {selectedVisit ? (
                          <VisitPanel week={week} visit={selectedVisit} />
                        ) : (
                          <Panel>Choose a visit on the board to see why it went to whom, and to change it.</Panel>
                        )}
                      </div>
                    </div>
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
              </>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

function SummaryTiles({ week }: { week: RotaWeekView }) {
  const m = week.measures;
  if (!m) return null;
  const covered = week.visits.length - m.unassignedVisits;
  const below = m.workerHours.filter((h) => h.plannedMinutes < h.guaranteedMinutes).length;
  const tiles = [
    { label: 'Visits covered', value: `${covered} of ${week.visits.length}` },
    { label: 'Unassigned', value: `${m.unassignedVisits} (${hoursText(m.unassignedMinutes)})` },
    {
      label: 'Different workers per person',
      value: `usually ${m.distinctWorkersPerClientMedian}, 9 in 10 people ${m.distinctWorkersPerClientP90} or fewer`,
    },
    { label: 'By preferred workers', value: `${Math.round(m.preferredShare * 100)}%` },
    { label: 'Paid travel', value: hoursText(m.paidTravelMinutes) },
    { label: 'Below guaranteed hours', value: `${below} worker(s)` },
    { label: 'Estimated pay cost', value: pounds(m.estimatedPayPence) },
    { label: 'Working-time rules broken', value: m.wtrExceptions === 0 ? 'None' : String(m.wtrExceptions) },
  ];
  const stop =
    week.stopReason === 'time'
      ? 'the time limit'
      : week.stopReason === 'converged'
        ? 'no better plan to find'
        : week.stopReason === 'iterations'
          ? 'the number of changes it may try'
          : null;
  return (
    <>
      <p className="rota-board__hours">
        {week.plannedAt ? `Planned ${formatInstant(week.plannedAt)}` : ''}
        {stop ? ` · the planner stopped at ${stop}` : ''}
        {week.publishedAt ? ` · published ${formatInstant(week.publishedAt)}` : ''}
      </p>
      <div className="rota-tiles" aria-label="Plan summary">
        {tiles.map((t) => (
          <div className="rota-tile" key={t.label}>
            <span className="rota-tile__value">{t.value}</span>
            <span className="rota-tile__label">{t.label}</span>
          </div>
        ))}
      </div>
    </>
  );
}

function VisitButton({
  visit,
  label,
  selected,
  onSelect,
  draggable,
}: {
  visit: BoardVisit;
  label: string;
  selected: boolean;
  onSelect: (id: string) => void;
  draggable: boolean;
}) {
  const cls = [
    'rota-visit',
    visit.workerIds.length === 0 ? 'rota-visit--unassigned' : '',
    visit.pinned ? 'rota-visit--pinned' : '',
    selected ? 'rota-visit--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={cls}
      aria-pressed={selected}
      onClick={() => onSelect(visit.id)}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', visit.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <strong>{formatMinute(visit.startMinute)}</strong> {label}
      {visit.pinned ? ' (pinned)' : ''}
      {visit.travelBeforeMinutes !== null && visit.travelBeforeMinutes > 0 && (
        <span className="rota-visit__travel"> · {visit.travelBeforeMinutes} min travel</span>
      )}
    </button>
  );
}

function Board({
  week,
  selected,
  onSelect,
}: {
  week: RotaWeekView;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const [by, setBy] = useState<'worker' | 'person'>('worker');
  const [day, setDay] = useState('');
  const [find, setFind] = useState('');
  const drop = useProcedureMutation('rota.edit');
  // Dropping a single-worker visit on another worker's cell the same day assigns it to them (validated like any edit).
  const onDrop = (visitId: string, workerId: string, date: string) => {
    const v = week.visits.find((x) => x.id === visitId);
    if (!v || v.date !== date || v.workersNeeded !== 1 || v.workerIds[0] === workerId || workerId === 'unassigned')
      return;
    onSelect(v.id);
    drop.mutate({ isoWeek: week.isoWeek, edit: { kind: 'assign', visitId, workerIds: [workerId] } });
  };
  const names = useMemo(() => new Map(week.workers.map((w) => [w.id, w.name])), [week]);
  const cells = useMemo(() => {
    const map = new Map<string, BoardVisit[]>();
    for (const v of week.visits) {
      const keys = by === 'person' ? [v.clientId] : v.workerIds.length > 0 ? v.workerIds : ['unassigned'];
      for (const k of keys) {
        const key = `${k}|${v.date}`;
        (map.get(key) ?? map.set(key, []).get(key))?.push(v);
      }
    }
    return map;
  }, [week, by]);
  const dates = day === '' ? week.dates : [day];
  const needle = find.trim().toLowerCase();
  const allRows =
    by === 'person'
      ? week.clients.map((c) => ({ id: c.id, name: c.name, sub: '' }))
      : [
          { id: 'unassigned', name: 'Unassigned', sub: '' },
          ...week.workers.map((w) => ({
            id: w.id,
            name: w.name,
            sub: `${hoursText(w.plannedMinutes)} of ${hoursText(w.guaranteedMinutes)} guaranteed`,
          })),
        ];
  const rows = needle === '' ? allRows : allRows.filter((r) => r.name.toLowerCase().includes(needle));
  return (
    <div>
      <div className="rota-toolbar">
        <label>
          Rows
          <select
            className="select"
            value={by}
            onChange={(e) => setBy(e.target.value === 'person' ? 'person' : 'worker')}
          >
            <option value="worker">By worker</option>
            <option value="person">By person</option>
          </select>
        </label>
        <label>
          Days
          <select className="select" value={day} onChange={(e) => setDay(e.target.value)}>
            <option value="">Whole week</option>
            {week.dates.map((d) => (
              <option key={d} value={d}>
                {formatDate(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Find {by === 'worker' ? 'a worker' : 'a person'}
          <input className="input" type="search" value={find} onChange={(e) => setFind(e.target.value)} />
        </label>
      </div>
      <ErrorSummary error={drop.error} />
      <div className="rota-board" tabIndex={0} role="region" aria-label="Rota board">
        <table className={dates.length === 1 ? 'rota-board__table--day' : undefined}>
          <colgroup>
            <col className="rota-board__label-col" />
            {dates.map((d) => (
              <col key={d} />
            ))}
          </colgroup>
          <caption className="visually-hidden">
            Visits of the {formatWeekInSentence(week.isoWeek)}, {by === 'worker' ? 'by worker' : 'by person'}
          </caption>
          <thead>
            <tr>
              <th scope="col">{by === 'worker' ? 'Worker' : 'Person'}</th>
              {dates.map((d) => (
                <th scope="col" key={d}>
                  {formatDayOfWeek(d)}
                  {dates.length === 1 && (
                    <span className="rota-timeline__ticks" aria-hidden="true">
                      {TICKS.map((h) => (
                        <span key={h} style={{ left: `${((h * 60 - DAY_FROM) / (DAY_TO - DAY_FROM)) * 100}%` }}>
                          {String(h).padStart(2, '0')}
                        </span>
                      ))}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.name}
                  {r.sub && <span className="rota-board__hours">{r.sub}</span>}
                </th>
                {dates.map((d) => (
                  <td
                    key={d}
                    onDragOver={(e) => by === 'worker' && e.preventDefault()}
                    onDrop={(e) => {
                      e.preventDefault();
                      if (by === 'worker') onDrop(e.dataTransfer.getData('text/plain'), r.id, d);
                    }}
                  >
                    {dates.length === 1 && r.id !== 'unassigned' ? (
                      <DayTimeline
                        visits={cells.get(`${r.id}|${d}`) ?? []}
                        selected={selected}
                        onSelect={onSelect}
                        label={(v) =>
                          by === 'worker'
                            ? v.clientName
                            : v.workerIds.map((id) => names.get(id) ?? id).join(' + ') || 'unassigned'
                        }
                      />
                    ) : null}
                    {(dates.length === 1 && r.id !== 'unassigned'
                      ? []
                      : r.id === 'unassigned'
                        ? (cells.get(`${r.id}|${d}`) ?? []).slice(0, UNASSIGNED_ROW_CAP)
                        : (cells.get(`${r.id}|${d}`) ?? [])
                    ).map((v) => (
                      <VisitButton
                        key={v.id}
                        visit={v}
                        selected={selected === v.id}
                        onSelect={onSelect}
                        draggable={by === 'worker' && v.workersNeeded === 1}
                        label={
                          by === 'worker'
                            ? v.clientName
                            : v.workerIds.length > 0
                              ? v.workerIds.map((id) => names.get(id) ?? id).join(' + ')
                              : 'unassigned'
                        }
                      />
                    ))}
                    {r.id === 'unassigned' && (cells.get(`${r.id}|${d}`) ?? []).length > UNASSIGNED_ROW_CAP && (
                      <span className="rota-board__hours">
                        +{(cells.get(`${r.id}|${d}`) ?? []).length - UNASSIGNED_ROW_CAP} more in the Unassigned tab
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// The day timeline runs 06:00 to 23:00; visits outside it are clamped to its edges.
const DAY_FROM = 6 * 60;
const DAY_TO = 23 * 60;
const TICKS = [6, 8, 10, 12, 14, 16, 18, 20, 22];

function DayTimeline({
  visits,
  selected,
  onSelect,
  label,
}: {
  visits: BoardVisit[];
  selected: string | null;
  onSelect: (id: string) => void;
  label: (v: BoardVisit) => string;
}) {
  const span = DAY_TO - DAY_FROM;
  const pct = (m: number) => `${(Math.min(Math.max(m - DAY_FROM, 0), span) / span) * 100}%`;
  return (
    <div className="rota-timeline">
      {visits.map((v) => (
        <button
          key={v.id}
          type="button"
          className={[
            'rota-timeline__visit',
            v.pinned ? 'rota-visit--pinned' : '',
            selected === v.id ? 'rota-visit--selected' : '',
          ]
            .filter(Boolean)
            .join(' ')}
          style={{
            left: pct(v.startMinute),
            width: `calc(${pct(v.startMinute + v.durationMinutes)} - ${pct(v.startMinute)})`,
          }}
          aria-pressed={selected === v.id}
          title={
            `${formatMinute(v.startMinute)}–${formatMinute(v.startMinute + v.durationMinutes)} ` +
            `${label(v)}${v.travelBeforeMinutes ? `, ${v.travelBeforeMinutes} min travel before` : ''}`
          }
          onClick={() => onSelect(v.id)}
        >
          {formatMinute(v.startMinute)} {label(v)}
        </button>
      ))}
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
            render: (v) => `${nextStepsFor(v.unassignedReasons).join('; ')}.`,
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
            and occupational on top from the branch’s scheme) and count in the gross. Pay floor in force:{' '}
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
