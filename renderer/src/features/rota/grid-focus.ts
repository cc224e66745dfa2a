/**
 * Where the board's one tab stop is: a row, a day column and a visit in that cell (`item` -1 when the cell has no
 * visit, so the empty cell itself takes focus).
 */
export interface GridPos {
  row: number;
  col: number;
  item: number;
}

/** How many focusable visits a cell has; the grid's shape for moving the focus. */
export interface GridShape {
  rows: number;
  cols: number;
  items: (row: number, col: number) => number;
}

// A page of rows for Page Up and Page Down, about what the board shows at 1280×720.
const PAGE_ROWS = 10;

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

/** The same position kept inside the grid after rows or visits changed (a filter, an edit, another week). */
export function clampPos(pos: GridPos, shape: GridShape): GridPos {
  const row = clamp(pos.row, 0, Math.max(shape.rows - 1, 0));
  const col = clamp(pos.col, 0, Math.max(shape.cols - 1, 0));
  return { row, col, item: clamp(pos.item, -1, shape.items(row, col) - 1) };
}

function inCell(shape: GridShape, row: number, col: number, item: number): GridPos {
  return { row, col, item: clamp(item, -1, shape.items(row, col) - 1) };
}

/**
 * Where an arrow (or Home, End, Page Up, Page Down) key moves the focus, or null for other keys. Up and Down go
 * through a cell's visits, then on to the row above or below; Left and Right go to the day before or after (in a
 * one-day view, through the day's visits, which lie left to right in time).
 */
export function moveFocus(pos: GridPos, key: string, shape: GridShape, ctrl = false): GridPos | null {
  const { row, col, item } = clampPos(pos, shape);
  const count = shape.items(row, col);
  const lastRow = shape.rows - 1;
  switch (key) {
    case 'ArrowDown':
      if (item < count - 1) return { row, col, item: item + 1 };
      return row < lastRow ? inCell(shape, row + 1, col, 0) : null;
    case 'ArrowUp':
      if (item > 0) return { row, col, item: item - 1 };
      return row > 0 ? inCell(shape, row - 1, col, shape.items(row - 1, col) - 1) : null;
    case 'ArrowRight':
      if (shape.cols === 1) return item < count - 1 ? { row, col, item: item + 1 } : null;
      return col < shape.cols - 1 ? inCell(shape, row, col + 1, Math.max(item, 0)) : null;
    case 'ArrowLeft':
      if (shape.cols === 1) return item > 0 ? { row, col, item: item - 1 } : null;
      return col > 0 ? inCell(shape, row, col - 1, Math.max(item, 0)) : null;
    case 'Home':
      return inCell(shape, ctrl ? 0 : row, 0, 0);
    case 'End':
      return inCell(shape, ctrl ? lastRow : row, shape.cols - 1, 0);
    case 'PageDown':
      return inCell(shape, Math.min(row + PAGE_ROWS, lastRow), col, 0);
    case 'PageUp':
      return inCell(shape, Math.max(row - PAGE_ROWS, 0), col, 0);
    default:
      return null;
  }
}

/** The attribute value naming a focusable place in the grid. */
export function posKey(pos: GridPos): string {
  return `${pos.row}:${pos.col}:${pos.item}`;
}
