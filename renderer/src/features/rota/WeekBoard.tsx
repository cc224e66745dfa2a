import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardVisit, RotaWeekView } from '@shared/domain/rota-board/board';
import { UNASSIGNED_ROW, filterBoard, isFiltered, type BoardRowsBy } from '@shared/domain/rota-board/board-filter';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { BoardFilters, type BoardView } from './BoardFilters';
import { BoardGrid, type DragState } from './BoardGrid';
import { dropHints, type DropHint } from './drop-hints';
import { MoveToRow, movedVisitWords } from './MoveToRow';
import { VisitPanel } from './VisitPanel';
import { formatDate } from '@shared/domain/time/format';

/**
 * The board tab: the filter bar, the grid, and the chosen visit's panel docked beside the grid (the grid narrows,
 * every day stays on screen). Escape closes the panel and puts the focus back on the visit.
 */
export function WeekBoard({
  week,
  today,
  view,
  onView,
  selected,
  onSelect,
}: {
  week: RotaWeekView;
  today: string;
  view: BoardView;
  onView: (view: BoardView) => void;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  const drop = useProcedureMutation('rota.edit');
  const { rows, visits } = useMemo(() => filterBoard(week, view.by, view.filter), [week, view.by, view.filter]);
  const allRows = view.by === 'person' ? week.clients.length : week.workers.length + 1;
  const day = view.weekday === null ? undefined : week.dates[view.weekday];
  const dates = useMemo(() => (day ? [day] : week.dates), [day, week.dates]);
  const selectedVisit = week.visits.find((v) => v.id === selected) ?? null;
  const { mutate } = drop;
  const api = useApi();
  // The visit being dragged (or moved by keyboard, press M), and the row it is over: the rows that can take it are
  // worked out as the drag or the move starts, and the day's cells show them either way.
  const [dragging, setDragging] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [moveStatus, setMoveStatus] = useState('');
  const [overRow, setOverRow] = useState<string | null>(null);
  const shifting = dragging ?? moving;
  const draggedVisit = shifting === null ? null : (week.visits.find((v) => v.id === shifting) ?? null);
  const explained = useQuery({
    ...procedureQuery(api, 'rota.explain', { isoWeek: week.isoWeek, visitId: shifting ?? '' }),
    enabled: shifting !== null,
  });
  const hints = useMemo(
    () =>
      explained.data && explained.data.visitId === shifting
        ? dropHints(
            week.workers.map((w) => w.id),
            explained.data,
          )
        : null,
    [explained.data, shifting, week.workers],
  );
  const drag: DragState | null = useMemo(
    () => (draggedVisit ? { date: draggedVisit.date, hints } : null),
    [draggedVisit, hints],
  );
  const onDragVisit = useCallback((id: string | null) => {
    setDragging(id);
    setOverRow(null);
  }, []);
  const dragStatus = (() => {
    if (!draggedVisit || dragging === null) return '';
    if (!hints) return 'Working out who is free…';
    const over = overRow === null ? undefined : hints.get(overRow);
    const name = week.workers.find((w) => w.id === overRow)?.name;
    if (over && name) return `${name}: ${over.why}`;
    const free = [...hints.values()].filter((h) => h.ok).length;
    return free === 0
      ? 'Nobody else in the person’s team is free for this visit.'
      : `${free} free to take it: drop on a highlighted row.`;
  })();
  // Dropping a single-worker visit on another worker's cell the same day assigns it to them (validated like any edit);
  // moving it by keyboard drops it the same way. What happened is announced either way.
  const [focusVisit, setFocusVisit] = useState<{ visitId: string; rowId: string; date: string } | null>(null);
  const onFocusedVisit = useCallback(() => setFocusVisit(null), []);
  const onDrop = useCallback(
    (visitId: string, workerId: string, date: string, byKeyboard = false) => {
      setDragging(null);
      setMoving(null);
      const v = week.visits.find((x) => x.id === visitId);
      if (!v || v.date !== date || date < today || v.workersNeeded !== 1) return;
      if (v.workerIds[0] === workerId || workerId === UNASSIGNED_ROW) return;
      onSelect(v.id);
      const name = week.workers.find((w) => w.id === workerId)?.name ?? 'the worker';
      setMoveStatus(`Moving ${movedVisitWords(v)} to ${name}…`);
      mutate(
        { isoWeek: week.isoWeek, edit: { kind: 'assign', visitId, workerIds: [workerId] } },
        {
          onSuccess: () => {
            setMoveStatus(`${movedVisitWords(v)} now goes to ${name}.`);
            // By keyboard, the focus goes with the visit to its new row (a pointer is wherever the drop left it).
            if (byKeyboard) setFocusVisit({ visitId, rowId: workerId, date });
          },
          onError: (e) => setMoveStatus(`Not moved: ${e.message}`),
        },
      );
    },
    [week, today, onSelect, mutate],
  );
  const focusBoard = () => table.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  // M on a visit: only what a drag could move (one worker, a day to come, the worker rows) opens the chooser.
  const onStartMove = useCallback(
    (visitId: string) => {
      const v = week.visits.find((x) => x.id === visitId);
      if (!v) return;
      const why = notMovable(v, view.by, today);
      setMoveStatus(why ?? '');
      if (why === null) setMoving(v.id);
    },
    [week.visits, view.by, today],
  );
  const movingVisit = moving === null ? null : (week.visits.find((v) => v.id === moving) ?? null);
  const onOpen = useCallback((id: string) => onSelect(id), [onSelect]);
  const close = () => {
    onSelect(null);
    focusBoard();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || selectedVisit === null) return;
    e.preventDefault();
    close();
  };
  return (
    <div onKeyDown={onKeyDown}>
      <BoardFilters week={week} view={view} onChange={onView} />
      <p className="visually-hidden" role="status">
        {isFiltered(view.filter) ? `Showing ${rows.length} of ${allRows} rows` : ''}
      </p>
      <ErrorSummary error={drop.error} />
      <p className={dragStatus ? 'rota-drag-status' : 'visually-hidden'} role="status">
        {dragStatus}
      </p>
      <p className="visually-hidden" role="status">
        {movingVisit && hints ? movingWords(movingVisit, hints) : moveStatus}
      </p>
      {movingVisit && (
        <MoveToRow
          visit={movingVisit}
          workers={week.workers}
          hints={hints}
          onMove={(workerId) => {
            onDrop(movingVisit.id, workerId, movingVisit.date, true);
            focusBoard();
          }}
          onCancel={() => {
            setMoving(null);
            setMoveStatus(`Move cancelled: ${movedVisitWords(movingVisit)} stays where it was.`);
            focusBoard();
          }}
        />
      )}
      <div className={selectedVisit ? 'rota-layout rota-layout--docked' : 'rota-layout'}>
        <BoardGrid
          week={week}
          by={view.by}
          rows={rows}
          visits={visits}
          dates={dates}
          wideDay={view.dayWidth === 'wide'}
          today={today}
          capped={!isFiltered(view.filter)}
          shownOf={isFiltered(view.filter) ? `${rows.length} of ${allRows} rows` : null}
          selected={selected}
          onOpen={onOpen}
          onDrop={onDrop}
          onDragVisit={onDragVisit}
          onDragOverRow={setOverRow}
          onStartMove={onStartMove}
          focusVisit={focusVisit}
          onFocusedVisit={onFocusedVisit}
          drag={drag}
          tableRef={table}
        />
        {selectedVisit && (
          <aside className="rota-panel" aria-label="Chosen visit">
            <Button variant="secondary" className="rota-panel__close" onClick={close}>
              Close (Escape)
            </Button>
            <VisitPanel week={week} visit={selectedVisit} today={today} />
          </aside>
        )}
      </div>
    </div>
  );
}

/** Why M cannot move a visit to another row (the same visits a drag cannot), in words; null when it can. */
function notMovable(v: BoardVisit, by: BoardRowsBy, today: string): string | null {
  if (by !== 'worker') return 'Visits move between worker rows: show the board by worker first.';
  if (v.date < today) return `${formatDate(v.date)} has passed, so its visits can no longer change.`;
  if (v.workersNeeded !== 1) return 'A double-up visit is changed from its panel: press Enter to open it.';
  return null;
}

/** What the move chooser says as it opens, for a screen reader. */
function movingWords(v: BoardVisit, hints: ReadonlyMap<string, DropHint>): string {
  const free = [...hints.values()].filter((h) => h.ok).length;
  return free === 0
    ? `Nobody else in the person’s team is free for ${movedVisitWords(v)}. Escape goes back to the board.`
    : `Moving ${movedVisitWords(v)}: ${free} free to take it. Up and Down choose, Enter moves it, Escape cancels.`;
}
