import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RotaWeekView } from '@shared/domain/rota-board/board';
import { UNASSIGNED_ROW, filterBoard, isFiltered } from '@shared/domain/rota-board/board-filter';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { BoardFilters, type BoardView } from './BoardFilters';
import { BoardGrid, type DragState } from './BoardGrid';
import { dropHints } from './drop-hints';
import { VisitPanel } from './VisitPanel';

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
  // The visit being dragged, and the row it is over: the rows that can take it are worked out as the drag starts.
  const [dragging, setDragging] = useState<string | null>(null);
  const [overRow, setOverRow] = useState<string | null>(null);
  const draggedVisit = dragging === null ? null : (week.visits.find((v) => v.id === dragging) ?? null);
  const explained = useQuery({
    ...procedureQuery(api, 'rota.explain', { isoWeek: week.isoWeek, visitId: dragging ?? '' }),
    enabled: dragging !== null,
  });
  const hints = useMemo(
    () =>
      explained.data && explained.data.visitId === dragging
        ? dropHints(
            week.workers.map((w) => w.id),
            explained.data,
          )
        : null,
    [explained.data, dragging, week.workers],
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
    if (!draggedVisit) return '';
    if (!hints) return 'Working out who is free…';
    const over = overRow === null ? undefined : hints.get(overRow);
    const name = week.workers.find((w) => w.id === overRow)?.name;
    if (over && name) return `${name}: ${over.why}`;
    const free = [...hints.values()].filter((h) => h.ok).length;
    return free === 0
      ? 'Nobody else in the person’s team is free for this visit.'
      : `${free} free to take it: drop on a highlighted row.`;
  })();
  // Dropping a single-worker visit on another worker's cell the same day assigns it to them (validated like any edit).
  const onDrop = useCallback(
    (visitId: string, workerId: string, date: string) => {
      setDragging(null);
      const v = week.visits.find((x) => x.id === visitId);
      if (!v || v.date !== date || date < today || v.workersNeeded !== 1) return;
      if (v.workerIds[0] === workerId || workerId === UNASSIGNED_ROW) return;
      onSelect(v.id);
      mutate({ isoWeek: week.isoWeek, edit: { kind: 'assign', visitId, workerIds: [workerId] } });
    },
    [week, today, onSelect, mutate],
  );
  const onOpen = useCallback((id: string) => onSelect(id), [onSelect]);
  const close = () => {
    onSelect(null);
    table.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
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
      <div className={selectedVisit ? 'rota-layout rota-layout--docked' : 'rota-layout'}>
        <BoardGrid
          week={week}
          by={view.by}
          rows={rows}
          visits={visits}
          dates={dates}
          today={today}
          capped={!isFiltered(view.filter)}
          shownOf={isFiltered(view.filter) ? `${rows.length} of ${allRows} rows` : null}
          selected={selected}
          onOpen={onOpen}
          onDrop={onDrop}
          onDragVisit={onDragVisit}
          onDragOverRow={setOverRow}
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
