import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { BoardVisit, RotaWeekView } from '@shared/domain/rota-board/board';
import { UNASSIGNED_ROW, type BoardRow, type BoardRowsBy } from '@shared/domain/rota-board/board-filter';
import { formatDayOfWeek, formatMinute, formatWeekInSentence } from '@shared/domain/time/format';
import { clampPos, moveFocus, posKey, type GridPos, type GridShape } from './grid-focus';
import { hoursText } from './rota-format';
import type { DropHint } from './drop-hints';
import { useBoardWindow, type BoardRowsLayout } from './use-board-window';

// The board shows the first few unassigned visits of each day so the workers' rows stay near the top; the Unassigned
// tab (or the "unassigned only" filter) lists them all.
const UNASSIGNED_ROW_CAP = 3;

// The day timeline runs 06:00 to 23:00; visits outside it are clamped to its edges.
const DAY_FROM = 6 * 60;
const DAY_TO = 23 * 60;
const TICKS = [6, 8, 10, 12, 14, 16, 18, 20, 22];
const SPAN = DAY_TO - DAY_FROM;
const pct = (m: number) => (Math.min(Math.max(m - DAY_FROM, 0), SPAN) / SPAN) * 100;

// Heights (px) from rota.css, to place the rows not drawn: a visit line is 24 px and a 2 px margin; a cell adds its
// padding and border; a row heading is a name and an hours line; a one-day timeline is 32 px high.
const VISIT_LINE_PX = 26;
const CELL_EXTRA_PX = 5;
const ROW_HEADING_PX = 45;
const MORE_LINE_PX = 17;
const TIMELINE_PX = 32;

/** What the grid needs to draw a cell's visits and take a drop. */
interface CellContext {
  by: BoardRowsBy;
  oneDay: boolean;
  today: string;
  label: (v: BoardVisit) => string;
  onOpen: (id: string) => void;
  onDrop: (visitId: string, workerId: string, date: string) => void;
  onFocusPos: (pos: GridPos) => void;
  /** A visit starts (id) or stops (null) being dragged. */
  onDragVisit: (visitId: string | null) => void;
  /** The dragged visit is over a row (its answer goes in the drag status line). */
  onDragOverRow: (rowId: string) => void;
}

/** While a visit is dragged: its day, and each worker row's answer (null while it is being worked out). */
export interface DragState {
  date: string;
  hints: ReadonlyMap<string, DropHint> | null;
}

/** A row's part of the drag: the day's cell is a target, or says why not. */
interface RowDrag {
  date: string;
  hint: DropHint | null;
}

/** The visits a cell shows (the Unassigned row's capped unless every one was asked for). */
function shownIn(cell: readonly BoardVisit[], rowId: string, capped: boolean): readonly BoardVisit[] {
  return capped && rowId === UNASSIGNED_ROW ? cell.slice(0, UNASSIGNED_ROW_CAP) : cell;
}

/**
 * The week's visits as a grid with one tab stop: arrow keys move between visits (and empty days), Enter opens the
 * visit, and a visit can be dragged to another worker the same day. Days before `today` are read-only.
 */
export function BoardGrid({
  week,
  by,
  rows,
  visits,
  dates,
  wideDay,
  today,
  capped,
  selected,
  onOpen,
  onDrop,
  onDragVisit,
  onDragOverRow,
  onStartMove,
  focusVisit,
  onFocusedVisit,
  drag,
  shownOf,
  tableRef,
}: {
  week: RotaWeekView;
  by: BoardRowsBy;
  rows: readonly BoardRow[];
  visits: readonly BoardVisit[];
  dates: readonly string[];
  /** One day drawn wider than the window, so each visit's name reads (else the whole day fits the window). */
  wideDay: boolean;
  today: string;
  /** Whether the Unassigned row shows only its first few visits a day. */
  capped: boolean;
  selected: string | null;
  onOpen: (id: string) => void;
  onDrop: (visitId: string, workerId: string, date: string) => void;
  onDragVisit: (visitId: string | null) => void;
  onDragOverRow: (rowId: string) => void;
  /** M pressed on a visit: move it to another row by keyboard (a drag's keyboard equivalent). */
  onStartMove?: (visitId: string) => void;
  /** A visit to put the focus on once it is drawn in this row (where a keyboard move took it). */
  focusVisit?: { visitId: string; rowId: string; date: string } | null;
  /** The focus is on `focusVisit`: the request is done. */
  onFocusedVisit?: () => void;
  /** The visit being dragged, if any: its day's cells show which rows take it. */
  drag: DragState | null;
  /** How many rows a filter leaves, in words ("12 of 151 rows"), or null when unfiltered. */
  shownOf: string | null;
  tableRef: RefObject<HTMLTableElement | null>;
}) {
  const names = useMemo(() => new Map(week.workers.map((w) => [w.id, w.name])), [week]);
  const cells = useMemo(() => {
    const map = new Map<string, BoardVisit[]>();
    for (const v of visits) {
      const keys = by === 'person' ? [v.clientId] : v.workerIds.length > 0 ? v.workerIds : [UNASSIGNED_ROW];
      for (const k of keys) {
        const key = `${k}|${v.date}`;
        const list = map.get(key);
        if (list) list.push(v);
        else map.set(key, [v]);
      }
    }
    for (const list of map.values()) list.sort((a, b) => a.startMinute - b.startMinute);
    return map;
  }, [visits, by]);
  const shape: GridShape = useMemo(
    () => ({
      rows: rows.length,
      cols: dates.length,
      items: (r, c) => {
        const row = rows[r];
        const date = dates[c];
        return row && date ? shownIn(cells.get(`${row.id}|${date}`) ?? [], row.id, capped).length : 0;
      },
    }),
    [rows, dates, cells, capped],
  );
  const [pos, setPos] = useState<GridPos>({ row: 0, col: 0, item: 0 });
  const active = clampPos(pos, shape);
  const layout = useMemo<BoardRowsLayout>(
    () => ({
      keyOf: (r) => rows[r]?.id ?? String(r),
      estimate: (r) => {
        const row = rows[r];
        if (!row) return ROW_HEADING_PX;
        let tallest = 0;
        const timeline = dates.length === 1 && row.id !== UNASSIGNED_ROW;
        for (const d of dates) {
          const all = cells.get(`${row.id}|${d}`) ?? [];
          const shown = shownIn(all, row.id, capped).length;
          const height =
            (timeline ? TIMELINE_PX : shown * VISIT_LINE_PX) + (all.length > shown ? MORE_LINE_PX : 0) + CELL_EXTRA_PX;
          tallest = Math.max(tallest, height);
        }
        return Math.max(ROW_HEADING_PX, tallest);
      },
    }),
    [rows, dates, cells, capped],
  );
  const { scrollRef, pieces } = useBoardWindow({ count: rows.length, layout, keepRow: active.row });
  const focusAfterMove = useRef(false);
  useEffect(() => {
    if (!focusAfterMove.current) return;
    focusAfterMove.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${posKey(active)}"]`)?.focus();
  });
  // After a keyboard move the visit is drawn in its new row once the week is read again: the focus follows it there.
  useEffect(() => {
    if (!focusVisit) return;
    const row = rows.findIndex((r) => r.id === focusVisit.rowId);
    const col = dates.indexOf(focusVisit.date);
    const shown = shownIn(cells.get(`${focusVisit.rowId}|${focusVisit.date}`) ?? [], focusVisit.rowId, capped);
    const item = shown.findIndex((v) => v.id === focusVisit.visitId);
    if (row < 0 || col < 0 || item < 0) return;
    focusAfterMove.current = true;
    setPos({ row, col, item });
    onFocusedVisit?.();
  }, [focusVisit, rows, dates, cells, capped, onFocusedVisit]);
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey && onStartMove) {
      const row = rows[active.row];
      const date = dates[active.col];
      const visit =
        row && date ? shownIn(cells.get(`${row.id}|${date}`) ?? [], row.id, capped)[active.item] : undefined;
      if (!visit) return;
      e.preventDefault();
      onStartMove(visit.id);
      return;
    }
    const next = moveFocus(active, e.key, shape, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    focusAfterMove.current = true;
    setPos(next);
  };
  const ctx = useMemo<CellContext>(
    () => ({
      by,
      oneDay: dates.length === 1,
      today,
      label: (v) =>
        by === 'worker' ? v.clientName : v.workerIds.map((id) => names.get(id) ?? id).join(' + ') || 'unassigned',
      onOpen,
      onDrop,
      onFocusPos: (p) => setPos((old) => (posKey(old) === posKey(p) ? old : p)),
      onDragVisit,
      onDragOverRow,
    }),
    [by, dates.length, today, names, onOpen, onDrop, onDragVisit, onDragOverRow],
  );
  const selectedVisit = selected ? (visits.find((v) => v.id === selected) ?? null) : null;
  const selectedRows = new Set(
    selectedVisit === null
      ? []
      : by === 'person'
        ? [selectedVisit.clientId]
        : selectedVisit.workerIds.length > 0
          ? selectedVisit.workerIds
          : [UNASSIGNED_ROW],
  );
  return (
    <div className="rota-board" ref={scrollRef}>
      <table
        ref={tableRef}
        role="grid"
        aria-label="Rota board"
        aria-rowcount={rows.length + 1}
        className={
          dates.length === 1 ? `rota-board__table--day${wideDay ? ' rota-board__table--wide' : ''}` : undefined
        }
        onKeyDown={onKeyDown}
      >
        <caption className="visually-hidden">
          Visits of the {formatWeekInSentence(week.isoWeek)}, {by === 'worker' ? 'by worker' : 'by person'}. Arrow keys
          move between visits; Enter opens one; M moves one to another worker’s row.
        </caption>
        <colgroup>
          <col className="rota-board__label-col" />
          {dates.map((d) => (
            <col key={d} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              {by === 'worker' ? 'Worker' : 'Person'}
              {shownOf && <span className="rota-board__hours">{shownOf}</span>}
            </th>
            {dates.map((d) => (
              <th scope="col" key={d} className={d < today ? 'rota-board__past' : undefined}>
                {formatDayOfWeek(d)}
                {d < today && <span className="rota-board__hours">Past: read-only</span>}
                {dates.length === 1 && <Ticks />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pieces.map((piece) => {
            if (piece.kind === 'gap')
              return (
                <tr key={piece.key} aria-hidden="true" className="rota-board__gap">
                  <td colSpan={dates.length + 1} style={{ height: piece.height }} />
                </tr>
              );
            const i = piece.index;
            const r = rows[i];
            if (!r) return null;
            return (
              <BoardRowView
                key={r.id}
                row={r}
                index={i}
                dates={dates}
                cells={cells}
                capped={capped}
                ctx={ctx}
                active={active.row === i ? active : null}
                selected={selectedRows.has(r.id) ? selected : null}
                drag={
                  drag && by === 'worker' && r.id !== UNASSIGNED_ROW
                    ? { date: drag.date, hint: drag.hints?.get(r.id) ?? null }
                    : null
                }
              />
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="rota-board__empty">No rows match the filter.</p>}
    </div>
  );
}

function Ticks() {
  return (
    <span className="rota-timeline__ticks" aria-hidden="true">
      {TICKS.map((h) => (
        <span key={h} style={{ left: `${pct(h * 60)}%` }}>
          {String(h).padStart(2, '0')}
        </span>
      ))}
    </span>
  );
}

/** One row of the grid; drawn again only when its own focus, selection or visits change. */
const BoardRowView = memo(function BoardRowView({
  row,
  index,
  dates,
  cells,
  capped,
  ctx,
  active,
  selected,
  drag,
}: {
  row: BoardRow;
  index: number;
  dates: readonly string[];
  cells: ReadonlyMap<string, readonly BoardVisit[]>;
  capped: boolean;
  ctx: CellContext;
  active: GridPos | null;
  selected: string | null;
  drag: RowDrag | null;
}) {
  return (
    <tr aria-rowindex={index + 2}>
      <th scope="row">
        {row.name}
        {row.hours && (
          <span className="rota-board__hours">
            {hoursText(row.hours.planned)} of {hoursText(row.hours.guaranteed)} guaranteed
          </span>
        )}
      </th>
      {dates.map((d, col) => {
        const all = cells.get(`${row.id}|${d}`) ?? [];
        const shown = shownIn(all, row.id, capped);
        const past = d < ctx.today;
        const here = active && active.col === col ? active.item : null;
        const cellPos = { row: index, col, item: -1 };
        // While a visit is dragged, its day's cell in each worker row says whether that worker can take it.
        const target = drag && drag.date === d ? drag : null;
        const dropHere =
          ctx.by === 'worker' && row.id !== UNASSIGNED_ROW && !past && (target?.hint ? target.hint.ok : true);
        const targetClass = target
          ? target.hint === null
            ? 'rota-drop'
            : `rota-drop ${target.hint.ok ? 'rota-drop--ok' : 'rota-drop--no'}`
          : '';
        // The Unassigned row lists its visits even in a one-day view: many may start at the same time.
        const timeline = ctx.oneDay && row.id !== UNASSIGNED_ROW;
        return (
          <td
            key={d}
            className={[past ? 'rota-board__past' : '', targetClass].filter(Boolean).join(' ') || undefined}
            title={target?.hint ? `${row.name}: ${target.hint.why}` : undefined}
            onDragEnter={target ? () => ctx.onDragOverRow(row.id) : undefined}
            data-cell={shown.length === 0 ? posKey(cellPos) : undefined}
            tabIndex={shown.length === 0 ? (here === -1 ? 0 : -1) : undefined}
            onFocus={shown.length === 0 ? () => ctx.onFocusPos(cellPos) : undefined}
            onDragOver={dropHere ? (e) => e.preventDefault() : undefined}
            onDrop={
              dropHere
                ? (e) => {
                    e.preventDefault();
                    ctx.onDrop(e.dataTransfer.getData('text/plain'), row.id, d);
                  }
                : undefined
            }
          >
            <div className={timeline ? 'rota-timeline' : undefined}>
              {shown.map((v, item) => (
                <VisitButton
                  key={v.id}
                  visit={v}
                  pos={{ row: index, col, item }}
                  focusable={here === item}
                  selected={selected === v.id}
                  past={past}
                  timeline={timeline}
                  ctx={ctx}
                />
              ))}
            </div>
            {all.length > shown.length && <span className="rota-board__hours">+{all.length - shown.length} more</span>}
            {target?.hint && <span className="rota-drop__label">{target.hint.label}</span>}
          </td>
        );
      })}
    </tr>
  );
});

function VisitButton({
  visit,
  pos,
  focusable,
  selected,
  past,
  timeline,
  ctx,
}: {
  visit: BoardVisit;
  pos: GridPos;
  focusable: boolean;
  selected: boolean;
  past: boolean;
  /** Drawn at its time on a one-day timeline (else listed in the cell). */
  timeline: boolean;
  ctx: CellContext;
}) {
  const label = ctx.label(visit);
  const end = visit.startMinute + visit.durationMinutes;
  const travel = visit.travelBeforeMinutes ?? 0;
  const cls = [
    timeline ? 'rota-timeline__visit' : 'rota-visit',
    visit.workerIds.length === 0 ? 'rota-visit--unassigned' : '',
    visit.pinned ? 'rota-visit--pinned' : '',
    selected ? 'rota-visit--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const button = (
    <button
      type="button"
      className={cls}
      data-cell={posKey(pos)}
      tabIndex={focusable ? 0 : -1}
      aria-pressed={selected}
      onClick={() => ctx.onOpen(visit.id)}
      onFocus={() => ctx.onFocusPos(pos)}
      draggable={ctx.by === 'worker' && visit.workersNeeded === 1 && !past}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', visit.id);
        e.dataTransfer.effectAllowed = 'move';
        ctx.onDragVisit(visit.id);
      }}
      onDragEnd={() => ctx.onDragVisit(null)}
      style={
        timeline ? { left: `${pct(visit.startMinute)}%`, width: `${pct(end) - pct(visit.startMinute)}%` } : undefined
      }
      title={`${formatMinute(visit.startMinute)}–${formatMinute(end)} ${label}`}
    >
      <strong>{formatMinute(visit.startMinute)}</strong>
      {/* One text node, not three: a week board draws ~4,000 of these. */}
      {` ${label}${partWords(visit)}${visit.pinned ? ' (pinned)' : ''}${visit.personTold ? ' (person told)' : ''}`}
      {travel > 0 && <span className="rota-visit__travel"> · {travel} min travel before</span>}
    </button>
  );
  if (!timeline || travel === 0) return button;
  // In the day view the travel from the previous visit shows as a band before the visit.
  return (
    <>
      <span
        className="rota-timeline__travel"
        aria-hidden="true"
        style={{
          left: `${pct(visit.startMinute - travel)}%`,
          width: `${pct(visit.startMinute) - pct(visit.startMinute - travel)}%`,
        }}
      />
      {button}
    </>
  );
}

/** A split visit's part in words, so nobody takes the second part for a visit of its own. */
function partWords(visit: BoardVisit): string {
  return visit.splitPart === undefined ? '' : ` (part ${visit.splitPart} of 2)`;
}
