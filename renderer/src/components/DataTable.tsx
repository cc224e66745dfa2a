import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One column: header, grid width, how to render a cell, and the sort key if sortable. */
export interface Column<Row> {
  key: string;
  header: string;
  width: string;
  render: (row: Row) => ReactNode;
  sortKey?: string;
}

/** The current sort. */
export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/** Sort rows held in the page (lists the backend returns whole) by the table's sort state; sorts `rows` in place. */
export function sortRows<Row>(rows: Row[], sort: SortState, compare: (a: Row, b: Row, key: string) => number): Row[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows.sort((a, b) => sign * compare(a, b, sort.key));
}

interface DataTableProps<Row> {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  onRowOpen?: (row: Row) => void;
  /** Total matching rows (may exceed `rows` when paged). */
  total?: number;
  height?: number;
  empty?: ReactNode;
}

/**
 * A sortable, virtualised table: only visible rows are in the DOM, so thousands stay smooth. Sorting and
 * filtering happen in the backend's SQL; this component shows the result and reports header clicks.
 * Rows open with click or Enter (each row is focusable).
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  onRowOpen,
  total,
  height = 560,
  empty,
}: DataTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 37,
    overscan: 12,
  });
  const template = columns.map((c) => c.width).join(' ');

  const headerCell = (column: Column<Row>) => {
    const active = sort?.key === column.sortKey;
    const ariaSort = active
      ? sort?.direction === 'asc'
        ? 'ascending'
        : 'descending'
      : column.sortKey
        ? 'none'
        : undefined;
    return (
      <div key={column.key} role="columnheader" className="table__cell" aria-sort={ariaSort}>
        {column.sortKey && onSortChange ? (
          <button
            type="button"
            className="table__sort"
            onClick={() =>
              onSortChange({
                key: column.sortKey as string,
                direction: active && sort?.direction === 'asc' ? 'desc' : 'asc',
              })
            }
          >
            {column.header}
            <span aria-hidden="true">{active ? (sort?.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
          </button>
        ) : (
          column.header
        )}
      </div>
    );
  };

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, row: Row) => {
    if (event.key === 'Enter' && onRowOpen) onRowOpen(row);
  };

  return (
    <div className="table">
      <div
        className="table__scroll"
        ref={scrollRef}
        style={{ maxHeight: height }}
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
      >
        <div role="rowgroup">
          <div
            role="row"
            className="table__row table__row--head"
            style={{ gridTemplateColumns: template }}
            aria-rowindex={1}
          >
            {columns.map(headerCell)}
          </div>
        </div>
        {rows.length === 0 ? (
          <div role="rowgroup">
            <div role="row">
              <div role="cell" className="empty-state">
                {empty ?? 'Nothing matches.'}
              </div>
            </div>
          </div>
        ) : (
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as Row;
              return (
                <div
                  key={rowKey(row)}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`table__row${onRowOpen ? ' table__row--link' : ''}`}
                  style={{
                    gridTemplateColumns: template,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                  tabIndex={onRowOpen ? 0 : undefined}
                  onClick={onRowOpen ? () => onRowOpen(row) : undefined}
                  onKeyDown={onRowOpen ? (event) => onRowKey(event, row) : undefined}
                >
                  {columns.map((column) => (
                    <div key={column.key} role="cell" className="table__cell">
                      {column.render(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
      <div className="table__footer" aria-live="polite">
        {total !== undefined && total > rows.length
          ? `Showing ${rows.length} of ${total}`
          : `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`}
      </div>
    </div>
  );
}
