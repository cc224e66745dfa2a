import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { EventPayload } from '@shared/contract/events';
import type { BoardVisit, RotaWeekView } from '@shared/domain/rota-board/board';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { Banner, PageHeader, Panel, QueryState, Tag } from '@renderer/components/Layout';
import {
  formatDate,
  formatDayOfWeek,
  formatInstant,
  formatMinute,
  formatWeek,
  formatWeekInSentence,
} from '@shared/domain/time/format';
import { isoWeekOf, isValidIsoWeek, shiftIsoWeek } from '@shared/domain/time/iso-week';
import { useToday } from '@renderer/app/use-clock';
import { OneOffsPanel } from './OneOffsPanel';
import { SicknessPanel } from './SicknessPanel';
import { VisitPanel } from './VisitPanel';
import { hoursText, pounds, saveFile } from './rota-format';
import './rota.css';

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
const UNASSIGNED_LIST_CAP = 300;

/** Plan a week, see and edit the board, cover sickness, publish and see changes and pay. */
export function RotaBoardPage() {
  const api = useApi();
  const today = useToday();
  const [isoWeek, setIsoWeek] = useState(() => isoWeekOf(today));
  const [tab, setTab] = useState<Tab>('board');
  const [selected, setSelected] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; phase: string } | null>(null);
  const query = useQuery(procedureQuery(api, 'rota.getWeek', { isoWeek }));
  const plan = useProcedureMutation('rota.planWeek', ['rota']);
  const roll = useProcedureMutation('rota.rollForward', ['rota']);
  const publish = useProcedureMutation('rota.publish', ['rota']);
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
  const error = plan.error ?? roll.error ?? publish.error;
  const selectedVisit = week?.visits.find((v) => v.id === selected) ?? null;
  return (
    <>
      <PageHeader
        caption="Rota"
        title={formatWeek(isoWeek)}
        actions={
          <>
            {week && week.status !== 'published' && (
              <Button
                disabled={busy}
                onClick={() => {
                  setProgress({ fraction: 0, phase: 'construct' });
                  plan.mutate({ isoWeek, fromCurrent: week.status === 'draft' });
                }}
              >
                {week.status === 'unplanned' ? 'Plan week' : 'Re-plan week'}
              </Button>
            )}
            {week?.status === 'unplanned' && (
              <Button variant="secondary" disabled={busy} onClick={() => roll.mutate({ isoWeek })}>
                Start from last week
              </Button>
            )}
            {week?.status === 'draft' && (
              <Button
                variant="secondary"
                disabled={busy || publish.isPending}
                onClick={() => publish.mutate({ isoWeek })}
              >
                Publish
              </Button>
            )}
          </>
        }
      />
      <div className="rota-toolbar">
        <Button variant="secondary" onClick={() => setIsoWeek(shiftIsoWeek(isoWeek, -1))}>
          Previous week
        </Button>
        <label>
          Week
          <input
            className="input input--narrow"
            type="week"
            value={isoWeek}
            onChange={(e) => isValidIsoWeek(e.target.value) && setIsoWeek(e.target.value)}
          />
        </label>
        <Button variant="secondary" onClick={() => setIsoWeek(shiftIsoWeek(isoWeek, 1))}>
          Next week
        </Button>
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
      {error && (
        <Banner tone="error" title="Could not do that.">
          {error.message}
        </Banner>
      )}
      <QueryState isLoading={query.isLoading} error={query.error}>
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
            {week.status === 'unplanned' ? (
              <OneOffsPanel week={week} />
            ) : (
              <>
                <SummaryTiles week={week} />
                <div className="tabs" role="tablist" aria-label="Rota views">
                  {TABS.map((t) => (
                    <button
                      key={t.id}
                      id={`tab-${t.id}`}
                      role="tab"
                      type="button"
                      className="tabs__tab"
                      aria-selected={tab === t.id}
                      aria-controls={`panel-${t.id}`}
                      onClick={() => setTab(t.id)}
                    >
                      {t.label}
                      {t.id === 'unassigned' && week.measures ? ` (${week.measures.unassignedVisits})` : ''}
                      {t.id === 'changes' && week.status === 'published' ? ` (${week.changesSincePublish})` : ''}
                    </button>
                  ))}
                </div>
                <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
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
                </div>
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
      label: 'Workers per person (median / p90)',
      value: `${m.distinctWorkersPerClientMedian} / ${m.distinctWorkersPerClientP90}`,
    },
    { label: 'By preferred workers', value: `${Math.round(m.preferredShare * 100)}%` },
    { label: 'Paid travel', value: hoursText(m.paidTravelMinutes) },
    { label: 'Below guaranteed hours', value: `${below} worker(s)` },
    { label: 'Estimated pay cost', value: pounds(m.estimatedPayPence) },
    { label: 'WTR exceptions', value: String(m.wtrExceptions) },
  ];
  const stop =
    week.stopReason === 'time'
      ? 'the time limit'
      : week.stopReason === 'converged'
        ? 'no further improvement'
        : week.stopReason === 'iterations'
          ? 'the move budget'
          : null;
  return (
    <>
      <p className="rota-board__hours">
        {week.plannedAt ? `Planned ${formatInstant(week.plannedAt)}` : ''}
        {stop ? ` · the search ended at ${stop}` : ''}
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
  const drop = useProcedureMutation('rota.edit', ['rota']);
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
      {drop.error && (
        <Banner tone="error" title="Not moved.">
          {drop.error.message}
        </Banner>
      )}
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
      {list.length > UNASSIGNED_LIST_CAP && (
        <p>
          Showing the first {UNASSIGNED_LIST_CAP} of {list.length}, in day and time order.
        </p>
      )}
      <table className="rota-simple-table">
        <caption className="visually-hidden">Unassigned visits with reasons</caption>
        <thead>
          <tr>
            <th scope="col">Visit</th>
            <th scope="col">Why nobody could take it</th>
          </tr>
        </thead>
        <tbody>
          {list.slice(0, UNASSIGNED_LIST_CAP).map((v) => (
            <tr key={v.id}>
              <td>
                <Button variant="link" onClick={() => onOpen(v.id)}>
                  {formatDate(v.date)} {formatMinute(v.startMinute)} · {v.clientName}
                </Button>
              </td>
              <td>
                {v.unassignedReasons.length === 0
                  ? 'Left for action.'
                  : v.unassignedReasons
                      .map((r) => `${r.message}${r.workerNames.length > 0 ? ` (${r.workerNames.join(', ')})` : ''}`)
                      .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Changes({ week }: { week: RotaWeekView }) {
  const api = useApi();
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
          <table className="rota-simple-table">
            <caption className="visually-hidden">Changes since publishing</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Visit</th>
                <th scope="col">Was</th>
                <th scope="col">Now</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {(query.data ?? []).map((c) => (
                <tr key={c.id}>
                  <td>{formatInstant(c.at)}</td>
                  <td>
                    {formatDate(c.date)} · {c.clientName}
                  </td>
                  <td>{c.before}</td>
                  <td>{c.after}</td>
                  <td>{c.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Change notices to print</h3>
          <p>One notice per worker and per person affected, listing what changed and when.</p>
          <div className="button-row">
            {workers.map((id) => (
              <Button
                key={id}
                variant="secondary"
                onClick={() =>
                  void api.call('rota.printChangeNotice', { isoWeek: week.isoWeek, staffId: id }).then(saveFile)
                }
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
                onClick={() =>
                  void api.call('rota.printChangeNotice', { isoWeek: week.isoWeek, clientId: id }).then(saveFile)
                }
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

function Pay({ isoWeek }: { isoWeek: string }) {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'rota.payView', { isoWeek }));
  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {query.data && (
        <>
          <p>
            Shift-based pay: each working stretch is paid in full (visits, travel between them at the full rate, and
            waiting). Pay floor in force: {pounds(query.data.payFloorPencePerHour)} an hour.
          </p>
          <table className="rota-simple-table">
            <caption className="visually-hidden">Pay per worker</caption>
            <thead>
              <tr>
                <th scope="col">Worker</th>
                <th scope="col">Stretches</th>
                <th scope="col">Visits</th>
                <th scope="col">Travel</th>
                <th scope="col">Waiting</th>
                <th scope="col">Training and meetings</th>
                <th scope="col">Paid</th>
                <th scope="col">Rate</th>
                <th scope="col">Gross</th>
              </tr>
            </thead>
            <tbody>
              {query.data.workers.map((w) => (
                <tr key={w.staffId}>
                  <td>{w.name}</td>
                  <td>
                    {w.stretches.length}
                    {w.splitShifts > 0 ? ` (${w.splitShifts} split)` : ''}
                  </td>
                  <td>{hoursText(w.stretches.reduce((a, s) => a + s.visitMinutes, 0))}</td>
                  <td>{hoursText(w.stretches.reduce((a, s) => a + s.travelMinutes, 0))}</td>
                  <td>{hoursText(w.stretches.reduce((a, s) => a + s.waitingMinutes, 0))}</td>
                  <td>{hoursText(w.commitmentMinutes)}</td>
                  <td>{hoursText(w.paidMinutes)}</td>
                  <td>
                    {pounds(w.ratePencePerHour)} {w.belowFloor && <Tag tone="red">Below floor</Tag>}
                  </td>
                  <td>{pounds(w.grossPence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </QueryState>
  );
}
