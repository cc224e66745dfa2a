import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** What the board's body draws, top to bottom: a row (by its index) or a gap standing for rows not drawn. */
export type BoardPiece = { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number };

/** How tall each row is likely to be, and what names it. */
export interface BoardRowsLayout {
  /** A row's height in pixels before it is drawn. */
  estimate: (index: number) => number;
  keyOf: (index: number) => string;
}

// Rows drawn beyond each edge of the view, so a short scroll or a wrong height estimate shows no blank.
const OVERSCAN_ROWS = 5;

/**
 * The rows of the board worth drawing: those in the scrolling box's view (and a few beyond), plus the row holding the
 * grid's one tab stop wherever it is, so Tab always reaches the grid and arrow keys can move to any row (focusing it
 * scrolls it into view, which then draws its neighbours). Rows not drawn are gaps of their estimated height, so the
 * scroll bar and the sticky headings behave as if every row were there. A week by worker is ~150 rows of ~30 visits.
 */
export function useBoardWindow({
  count,
  layout,
  keepRow,
}: {
  count: number;
  /** Made anew whenever the rows or their visits change, which makes the heights be estimated again. */
  layout: BoardRowsLayout;
  /** The row that must be drawn even out of view (the tab stop's). */
  keepRow: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: layout.estimate,
    getItemKey: layout.keyOf,
    overscan: OVERSCAN_ROWS,
    // Until the box is measured (the first draw), it is taken to be as tall as the window: what a first look shows.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    rangeExtractor: (range) => {
      const shown = defaultRangeExtractor(range);
      if (keepRow < 0 || keepRow >= count || shown.includes(keepRow)) return shown;
      return [...shown, keepRow].sort((a, b) => a - b);
    },
  });
  const pieces: BoardPiece[] = [];
  let end = 0;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > end) pieces.push({ kind: 'gap', key: `gap-${item.index}`, height: item.start - end });
    pieces.push({ kind: 'row', index: item.index });
    end = item.end;
  }
  const total = virtualizer.getTotalSize();
  if (total > end) pieces.push({ kind: 'gap', key: 'gap-end', height: total - end });
  return { scrollRef, pieces };
}
