import type { RotaWeekView } from '@shared/domain/rota-board/board';
import {
  NO_BOARD_FILTER,
  isFiltered,
  type BoardFilter,
  type BoardRowsBy,
} from '@shared/domain/rota-board/board-filter';
import { Button } from '@renderer/components/Button';
import { FilterBar, FilterSelect } from '@renderer/components/FilterBar';
import { formatDayOfWeek } from '@shared/domain/time/format';

/** What the board shows: rows by worker or person, one day or the week, and the filters (kept across weeks). */
export interface BoardView {
  by: BoardRowsBy;
  /** The day of the week shown (0 = Monday), or null for the whole week. */
  weekday: number | null;
  /**
   * One day's timeline: the whole day in view (each visit as wide as its time allows), or wider than the window at
   * about 100 px an hour so each visit's name reads, scrolled across.
   */
  dayWidth: 'fit' | 'wide';
  filter: BoardFilter;
}

/** The board as it first opens: by worker, the whole week (a day fitting the window), unfiltered. */
export const WHOLE_BOARD: BoardView = { by: 'worker', weekday: null, dayWidth: 'fit', filter: NO_BOARD_FILTER };

// "By worker" is the select's first choice (its empty value); the one other choice is by person.
const BY_PERSON = [{ value: 'person', label: 'By person' }] as const;

/**
 * The board's compact filter bar: the chosen filters stay shown in their controls, with how many rows they leave and
 * a way to clear them all.
 */
export function BoardFilters({
  week,
  view,
  onChange,
}: {
  week: RotaWeekView;
  view: BoardView;
  onChange: (view: BoardView) => void;
}) {
  const f = view.filter;
  const set = (patch: Partial<BoardFilter>) => onChange({ ...view, filter: { ...f, ...patch } });
  const people = week.clients.map((c) => ({ value: c.id, label: c.name }));
  return (
    <FilterBar label="Filter the board">
      <div className="rota-filters">
        <FilterSelect
          id="board-rows"
          label="Rows"
          value={view.by === 'person' ? 'person' : ''}
          allLabel="By worker"
          options={BY_PERSON}
          onChange={(v) => onChange({ ...view, by: v === 'person' ? 'person' : 'worker' })}
        />
        <FilterSelect
          id="board-day"
          label="Days"
          value={view.weekday === null ? '' : String(view.weekday)}
          allLabel="Whole week"
          options={week.dates.map((d, i) => ({ value: String(i), label: formatDayOfWeek(d) }))}
          onChange={(v) => onChange({ ...view, weekday: v === '' ? null : Number(v) })}
        />
        <FilterSelect
          id="board-team"
          label="Team"
          value={f.teamOf}
          allLabel="All teams"
          options={people.map((p) => ({ value: p.value, label: `${p.label}’s team` }))}
          onChange={(v) => set({ teamOf: v })}
        />
        <FilterSelect
          id="board-person"
          label="Person"
          value={f.personId}
          allLabel="Everyone"
          options={people}
          onChange={(v) => set({ personId: v })}
        />
        <FilterSelect
          id="board-worker"
          label="Worker"
          value={f.workerId}
          allLabel="Everyone"
          options={week.workers.map((w) => ({ value: w.id, label: w.name }))}
          onChange={(v) => set({ workerId: v })}
        />
        <div className="checkbox">
          <input
            id="board-unassigned"
            type="checkbox"
            checked={f.unassignedOnly}
            onChange={(e) => set({ unassignedOnly: e.target.checked })}
          />
          <label htmlFor="board-unassigned">Unassigned only</label>
        </div>
        {isFiltered(f) && (
          <Button variant="link" onClick={() => onChange({ ...view, filter: NO_BOARD_FILTER })}>
            Clear filters
          </Button>
        )}
      </div>
    </FilterBar>
  );
}
