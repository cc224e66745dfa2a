import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { BoardVisit, RotaWeekView } from '@shared/domain/rota-board/board';
import { NO_BOARD_FILTER, filterBoard } from '@shared/domain/rota-board/board-filter';
import { BoardGrid } from '@renderer/features/rota/BoardGrid';

// A week of 60 workers (Worker 01..60), each with one visit a day to their own person at 09:00.
const DATES = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];
const WORKERS = Array.from({ length: 60 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `w${n}`, name: `Worker ${n}`, plannedMinutes: 420, guaranteedMinutes: 600, maxMinutes: 2400 };
});

function visitOf(workerIndex: number, date: string): BoardVisit {
  const n = String(workerIndex + 1).padStart(2, '0');
  return {
    id: `v${n}-${date}`,
    clientId: `c${n}`,
    clientName: `Person ${n}`,
    date,
    startMinute: 540,
    idealStartMinute: 540,
    durationMinutes: 60,
    workersNeeded: 1,
    requiredSkills: [],
    flexMinutes: 30,
    purpose: 'Personal care',
    workerIds: [`w${n}`],
    pinned: false,
    travelBeforeMinutes: null,
    unassignedReasons: [],
    oneOff: false,
  };
}

const WEEK: RotaWeekView = {
  isoWeek: '2026-W50',
  dates: DATES,
  status: 'draft',
  stamp: 'stamp',
  plannedAt: '2026-12-01T09:00:00.000Z',
  publishedAt: null,
  stopReason: null,
  seed: null,
  measures: null,
  workers: WORKERS,
  clients: WORKERS.map((w, i) => ({
    id: `c${String(i + 1).padStart(2, '0')}`,
    name: `Person ${i}`,
    teamWorkerIds: [w.id],
  })),
  visits: WORKERS.flatMap((_, i) => DATES.map((d) => visitOf(i, d))),
  changesSincePublish: 0,
  warnings: [],
};

function drawBoard() {
  const onOpen = vi.fn();
  const { rows, visits } = filterBoard(WEEK, 'worker', NO_BOARD_FILTER);
  render(
    <BoardGrid
      week={WEEK}
      by="worker"
      rows={rows}
      visits={visits}
      dates={DATES}
      wideDay={false}
      today={DATES[0] ?? ''}
      capped
      selected={null}
      onOpen={onOpen}
      onDrop={() => undefined}
      onDragVisit={() => undefined}
      onDragOverRow={() => undefined}
      drag={null}
      shownOf={null}
      tableRef={createRef<HTMLTableElement>()}
    />,
  );
  return { grid: screen.getByRole('grid', { name: 'Rota board' }), onOpen };
}

const stops = (grid: HTMLElement) => grid.querySelectorAll('[tabindex="0"]');
const rowOf = (el: Element | null) => el?.closest('tr');

describe('a long week board', () => {
  it('draws the rows in view, yet tells assistive technology every row and its place among them', () => {
    const { grid } = drawBoard();
    // The Unassigned row and 60 worker rows, under one row of day headings.
    expect(grid).toHaveAttribute('aria-rowcount', '62');
    const drawn = within(grid).getAllByRole('rowheader');
    expect(drawn.length).toBeLessThan(61);
    expect(drawn[0]).toHaveTextContent('Unassigned');
    expect(rowOf(drawn[1] ?? null)).toHaveAttribute('aria-rowindex', '3');
    expect(within(grid).queryByRole('rowheader', { name: /Worker 60/ })).not.toBeInTheDocument();
  });

  it('keeps one tab stop that the keyboard can take to any row, drawn when reached', async () => {
    const user = userEvent.setup();
    const { grid, onOpen } = drawBoard();
    expect(stops(grid)).toHaveLength(1);
    (stops(grid)[0] as HTMLElement).focus();
    // Ctrl+End: the last worker's Sunday visit, a row that was not drawn before.
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveTextContent('09:00 Person 60');
    expect(rowOf(document.activeElement)).toHaveAttribute('aria-rowindex', '62');
    expect(stops(grid)).toHaveLength(1);
    // Page Up goes ten rows up; Enter opens the visit there.
    await user.keyboard('{PageUp}');
    expect(document.activeElement).toHaveTextContent('09:00 Person 50');
    expect(rowOf(document.activeElement)).toHaveAttribute('aria-rowindex', '52');
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(`v50-${DATES[6] ?? ''}`);
    // Ctrl+Home back to the top: still exactly one tab stop, on the first row.
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(rowOf(document.activeElement)).toHaveAttribute('aria-rowindex', '2');
    expect(stops(grid)).toHaveLength(1);
  });
});
