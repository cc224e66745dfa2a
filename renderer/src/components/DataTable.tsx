import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FilterBar, FilterSelect, SearchField } from './FilterBar';
import type { Option } from './options';
import { compareSortValues, type SortValue } from './sort-values';

/** One column: its header, an optional CSS width, how to draw a cell, and how it sorts (if it does). */
export interface Column<Row> {
  key: string;
  header: string;
  /** A CSS width such as `8em` or `25%`; columns without one share the rest. */
  width?: string;
  render: (row: Row) => ReactNode;
  /** Server-sorted tables: the key the backend sorts this column by. */
  sortKey?: string;
  /** Tables of a whole list: what the column sorts by (rows that tie keep the backend's order). */
  sortValue?: (row: Row) => SortValue | readonly SortValue[];
  /** The cell names its row (a row header), as the person does in a register. */
  rowHeader?: boolean;
}

/** A sort: the column (its `sortKey` when the backend sorts, else its `key`) and the direction. */
export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/** A filter box over a whole list: the rows whose text contains what was typed (any case). */
export interface SearchFilter<Row> {
  label: string;
  text: (row: Row) => string;
}

/** A filter select over a whole list: "all", or the rows whose value (or one of whose values) is the one chosen. */
export interface ChoiceFilter<Row> {
  key: string;
  label: string;
  allLabel: string;
  options: readonly Option[];
  value: (row: Row) => string | readonly string[];
}

function matches(value: string | readonly string[], chosen: string): boolean {
  return typeof value === 'string' ? value === chosen : value.includes(chosen);
}

interface DataTableProps<Row> {
  /** The table's accessible name (and its filter bar's). */
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Server-sorted: the backend's sort, and where header clicks go. */
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  /** Sorted here (the backend returned the whole list): the order the table opens in. */
  initialSort?: SortState;
  search?: SearchFilter<Row>;
  filters?: readonly ChoiceFilter<Row>[];
  /** Controls that ask the backend for a different list, shown in the same filter bar. */
  toolbar?: ReactNode;
  onRowOpen?: (row: Row) => void;
  /** Rows matching on the backend, when it sent only the first of them. */
  total?: number;
  /** How tall a long table may grow before it scrolls inside itself (short tables take the height of their rows). */
  maxHeight?: number;
  empty?: ReactNode;
}

// Lists longer than this are virtualised: only the rows in view are drawn, in a box that scrolls. Rows keep their
// natural height (text may wrap) between two spacer rows sized from the estimate; the overscan covers the difference.
const VIRTUALISE_ABOVE = 50;
const ESTIMATED_ROW_PX = 37;
const NO_FILTERS: readonly never[] = [];

/**
 * The one table of records. The backend either sorts and filters (server-sorted: `sort` and `onSortChange`, the page
 * keeps its own filter bar) or returns the whole list, which this table sorts by column (`sortValue`) and filters
 * (`search`, `filters`). Short lists take the height of their rows; long ones are virtualised in a scrolling box with
 * the header kept in view. Sortable headers are buttons with `aria-sort`; rows that open something take Enter or Space.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  initialSort,
  search,
  filters = NO_FILTERS,
  toolbar,
  onRowOpen,
  total,
  maxHeight = 560,
  empty,
}: DataTableProps<Row>) {
  const id = useId();
  const [localSort, setLocalSort] = useState<SortState | null>(initialSort ?? null);
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const serverSorted = onSortChange !== undefined;
  const activeSort = serverSorted ? (sort ?? null) : localSort;

  const shown = useMemo(() => {
    const needle = term.trim().toLowerCase();
    const kept = rows.filter(
      (row) =>
        (needle === '' || !search || search.text(row).toLowerCase().includes(needle)) &&
        filters.every((f) => (chosen[f.key] ?? '') === '' || matches(f.value(row), chosen[f.key] ?? '')),
    );
    const column = serverSorted || !localSort ? undefined : columns.find((c) => c.key === localSort.key);
    if (!column?.sortValue || !localSort) return kept;
    const value = column.sortValue;
    const sign = localSort.direction === 'asc' ? 1 : -1;
    return kept
      .map((row, index) => ({ row, index, key: value(row) }))
      .sort((a, b) => compareSortValues(a.key, b.key, sign) || a.index - b.index)
      .map((entry) => entry.row);
  }, [rows, term, chosen, search, filters, columns, serverSorted, localSort]);

  const virtual = shown.length > VIRTUALISE_ABOVE;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: virtual ? shown.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 15,
  });
  const items = virtual ? virtualizer.getVirtualItems() : shown.map((_, index) => ({ index, start: 0, end: 0 }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const filtering = term.trim() !== '' || filters.some((f) => (chosen[f.key] ?? '') !== '');
  const hasFilterBar = search !== undefined || filters.length > 0 || toolbar !== undefined;

  const sortKeyOf = (column: Column<Row>) =>
    serverSorted ? column.sortKey : column.sortValue ? column.key : undefined;
  const toggle = (key: string) => {
    const next: SortState = {
      key,
      direction: activeSort?.key === key && activeSort.direction === 'asc' ? 'desc' : 'asc',
    };
    if (serverSorted) onSortChange(next);
    else setLocalSort(next);
  };

  const header = (column: Column<Row>) => {
    const key = sortKeyOf(column);
    const active = key !== undefined && activeSort?.key === key;
    const ariaSort =
      key === undefined ? undefined : !active ? 'none' : activeSort.direction === 'asc' ? 'ascending' : 'descending';
    return (
      <th key={column.key} scope="col" aria-sort={ariaSort}>
        {key === undefined ? (
          column.header
        ) : (
          <button type="button" className="table__sort" onClick={() => toggle(key)}>
            {column.header}
            <span aria-hidden="true">{active ? (activeSort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
          </button>
        )}
      </th>
    );
  };

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, row: Row) => {
    if (event.target !== event.currentTarget || !onRowOpen) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRowOpen(row);
    }
  };

  // A server-filtered list always says how many records match, since its filters sit outside the table.
  const footer =
    total !== undefined
      ? total > rows.length
        ? `Showing ${rows.length} of ${total}`
        : `${total} ${total === 1 ? 'row' : 'rows'}`
      : filtering
        ? `Showing ${shown.length} of ${rows.length}`
        : virtual || hasFilterBar
          ? `${shown.length} ${shown.length === 1 ? 'row' : 'rows'}`
          : null;

  return (
    <div className="table">
      {hasFilterBar && (
        <FilterBar label={`Filter ${label.toLowerCase()}`}>
          {search && <SearchField id={`${id}-search`} label={search.label} value={term} onChange={setTerm} />}
          {filters.map((f) => (
            <FilterSelect
              key={f.key}
              id={`${id}-${f.key}`}
              label={f.label}
              allLabel={f.allLabel}
              options={f.options}
              value={chosen[f.key] ?? ''}
              onChange={(value) => setChosen((current) => ({ ...current, [f.key]: value }))}
            />
          ))}
          {toolbar}
        </FilterBar>
      )}
      <div
        className={`table__scroll${virtual ? ' table__scroll--long' : ''}`}
        ref={scrollRef}
        style={virtual ? { maxHeight } : undefined}
        // A box that scrolls must take focus, or keyboard users cannot scroll it.
        tabIndex={virtual ? 0 : undefined}
        role={virtual ? 'region' : undefined}
        aria-label={virtual ? `${label}: scroll for more rows` : undefined}
      >
        <table
          className={`table__table${virtual ? ' table__table--fixed' : ''}`}
          aria-label={label}
          aria-rowcount={shown.length + 1}
        >
          <colgroup>
            {columns.map((column) => (
              <col key={column.key} style={column.width ? { width: column.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>{columns.map(header)}</tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td className="empty-state" colSpan={columns.length}>
                  {filtering ? 'Nothing matches these filters.' : (empty ?? 'Nothing to show.')}
                </td>
              </tr>
            )}
            {padTop > 0 && (
              <tr aria-hidden="true" className="table__spacer">
                <td colSpan={columns.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = shown[item.index] as Row;
              return (
                <tr
                  key={rowKey(row)}
                  aria-rowindex={item.index + 2}
                  className={onRowOpen ? 'table__row--link' : undefined}
                  tabIndex={onRowOpen ? 0 : undefined}
                  onClick={onRowOpen ? () => onRowOpen(row) : undefined}
                  onKeyDown={onRowOpen ? (event) => onRowKey(event, row) : undefined}
                >
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.key} scope="row">
                        {column.render(row)}
                      </th>
                    ) : (
                      <td key={column.key}>{column.render(row)}</td>
                    ),
                  )}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="table__spacer">
                <td colSpan={columns.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {footer && (
        <div className="table__footer" aria-live="polite">
          {footer}
        </div>
      )}
    </div>
  );
}
