import { describe, expect, it } from 'vitest';
import type { BoardVisit, RotaWeekView } from '@shared/domain/rota-board/board';
import { NO_BOARD_FILTER, filterBoard } from '@shared/domain/rota-board/board-filter';
import { moveFocus, type GridShape } from '@renderer/features/rota/grid-focus';

function visit(id: string, clientId: string, workerIds: string[], date = '2026-11-23'): BoardVisit {
  return {
    id,
    clientId,
    clientName: clientId,
    date,
    startMinute: 540,
    idealStartMinute: 540,
    durationMinutes: 30,
    workersNeeded: 1,
    requiredSkills: [],
    flexMinutes: 0,
    purpose: 'Lunch',
    workerIds,
    pinned: false,
    travelBeforeMinutes: null,
    unassignedReasons: [],
    oneOff: false,
  };
}

const worker = (id: string) => ({ id, name: id, plannedMinutes: 0, guaranteedMinutes: 0, maxMinutes: 0 });

// Ann's team is Wil and Xan; Bob's team is Yve and Xan. Zed is in no team.
const week: Pick<RotaWeekView, 'workers' | 'clients' | 'visits'> = {
  workers: ['wil', 'xan', 'yve', 'zed'].map(worker),
  clients: [
    { id: 'ann', name: 'Ann', teamWorkerIds: ['wil', 'xan'] },
    { id: 'bob', name: 'Bob', teamWorkerIds: ['yve', 'xan'] },
  ],
  visits: [
    visit('a1', 'ann', ['wil']),
    visit('a2', 'ann', []),
    visit('b1', 'bob', ['xan']),
    visit('b2', 'bob', ['yve']),
    visit('b3', 'bob', []),
  ],
};
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('the board filter', () => {
  it('shows every row, the Unassigned row first, when nothing is chosen', () => {
    const { rows, visits } = filterBoard(week, 'worker', NO_BOARD_FILTER);
    expect(ids(rows)).toEqual(['unassigned', 'wil', 'xan', 'yve', 'zed']);
    expect(visits).toHaveLength(5);
  });

  it('a team keeps its workers (even without visits) and the person’s visits nobody has', () => {
    const { rows, visits } = filterBoard(week, 'worker', { ...NO_BOARD_FILTER, teamOf: 'ann' });
    expect(ids(rows)).toEqual(['unassigned', 'wil', 'xan']);
    expect(ids(visits)).toEqual(['a1', 'a2', 'b1']);
  });

  it('a person keeps their visits and the workers on them; by person, only that person', () => {
    const byWorker = filterBoard(week, 'worker', { ...NO_BOARD_FILTER, personId: 'bob' });
    expect(ids(byWorker.rows)).toEqual(['unassigned', 'xan', 'yve']);
    expect(ids(byWorker.visits)).toEqual(['b1', 'b2', 'b3']);
    expect(ids(filterBoard(week, 'person', { ...NO_BOARD_FILTER, personId: 'bob' }).rows)).toEqual(['bob']);
  });

  it('a worker keeps that worker’s row; by person, the people they visit', () => {
    expect(ids(filterBoard(week, 'worker', { ...NO_BOARD_FILTER, workerId: 'zed' }).rows)).toEqual(['zed']);
    expect(ids(filterBoard(week, 'person', { ...NO_BOARD_FILTER, workerId: 'xan' }).rows)).toEqual(['bob']);
  });

  it('unassigned only keeps the visits nobody has: by worker the Unassigned row, by person who is waiting', () => {
    const f = { ...NO_BOARD_FILTER, unassignedOnly: true };
    expect(ids(filterBoard(week, 'worker', f).rows)).toEqual(['unassigned']);
    expect(ids(filterBoard(week, 'person', f).visits)).toEqual(['a2', 'b3']);
    expect(ids(filterBoard(week, 'person', { ...f, personId: 'ann' }).visits)).toEqual(['a2']);
  });
});

describe('moving the board’s focus by keyboard', () => {
  // Three rows by three days; row 1 has two visits on day 0 and none on day 1.
  const counts = [
    [1, 1, 1],
    [2, 0, 1],
    [1, 1, 1],
  ];
  const shape: GridShape = { rows: 3, cols: 3, items: (r, c) => counts[r]?.[c] ?? 0 };

  it('Down goes through a cell’s visits, then to the row below; Up comes back to the last visit', () => {
    expect(moveFocus({ row: 0, col: 0, item: 0 }, 'ArrowDown', shape)).toEqual({ row: 1, col: 0, item: 0 });
    expect(moveFocus({ row: 1, col: 0, item: 0 }, 'ArrowDown', shape)).toEqual({ row: 1, col: 0, item: 1 });
    expect(moveFocus({ row: 2, col: 0, item: 0 }, 'ArrowUp', shape)).toEqual({ row: 1, col: 0, item: 1 });
    expect(moveFocus({ row: 2, col: 0, item: 0 }, 'ArrowDown', shape)).toBeNull();
  });

  it('Right and Left go to the next and previous day, onto the empty cell itself when it has no visit', () => {
    expect(moveFocus({ row: 1, col: 0, item: 1 }, 'ArrowRight', shape)).toEqual({ row: 1, col: 1, item: -1 });
    expect(moveFocus({ row: 1, col: 1, item: -1 }, 'ArrowRight', shape)).toEqual({ row: 1, col: 2, item: 0 });
    expect(moveFocus({ row: 1, col: 0, item: 0 }, 'ArrowLeft', shape)).toBeNull();
    expect(moveFocus({ row: 1, col: 1, item: -1 }, 'End', shape)).toEqual({ row: 1, col: 2, item: 0 });
    expect(moveFocus({ row: 2, col: 2, item: 0 }, 'Home', shape, true)).toEqual({ row: 0, col: 0, item: 0 });
  });

  it('in a one-day view, Right and Left go through the day’s visits', () => {
    const day: GridShape = { rows: 1, cols: 1, items: () => 3 };
    expect(moveFocus({ row: 0, col: 0, item: 0 }, 'ArrowRight', day)).toEqual({ row: 0, col: 0, item: 1 });
    expect(moveFocus({ row: 0, col: 0, item: 2 }, 'ArrowRight', day)).toBeNull();
  });
});
