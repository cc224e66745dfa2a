import { performance } from 'node:perf_hooks';
import type { RotaWeekView } from '@shared/domain/rota-board/board';
import { NO_BOARD_FILTER, filterBoard } from '@shared/domain/rota-board/board-filter';

// The window the board is drawn in, and the board's scrolling box in it (rota.css: the window less 270 px).
const WINDOW = { width: 1440, height: 900 };
const BOARD_BOX = { width: WINDOW.width - 40, height: WINDOW.height - 270 };

/**
 * Milliseconds to draw the week board as a coordinator first sees it (every row in view of a 1440×900 window, the
 * others drawn as the board scrolls) into a fresh document, each run from nothing; jsdom stands in for the browser,
 * React in its production build. jsdom does no layout, so every element is given the board box's size.
 */
export async function boardRenderTimes(
  week: RotaWeekView,
  runs: number,
): Promise<{ times: number[]; visitsDrawn: number }> {
  // React picks its build, and react-dom whether there is a DOM, when first loaded: set both up before loading them.
  process.env.NODE_ENV = 'production';
  // jsdom ships no types (and @types/jsdom is not a dependency): what the bench uses of it is typed here.
  const jsdom = 'jsdom';
  const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string, options: object) => { window: Window } };
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  Object.assign(dom.window, { innerWidth: WINDOW.width, innerHeight: WINDOW.height });
  const element = (dom.window as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
  Object.defineProperty(element, 'offsetHeight', { configurable: true, get: () => BOARD_BOX.height });
  Object.defineProperty(element, 'offsetWidth', { configurable: true, get: () => BOARD_BOX.width });
  const React = await import('react');
  const { createElement, createRef } = React;
  // The bench runs under tsx with the root tsconfig, which compiles JSX to React.createElement on a global React.
  Object.assign(globalThis, { React });
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  const { BoardGrid } = await import('@renderer/features/rota/BoardGrid');
  const { rows, visits } = filterBoard(week, 'worker', NO_BOARD_FILTER);
  const today = week.dates[0] ?? '';
  const times: number[] = [];
  let visitsDrawn = 0;
  for (let i = 0; i < runs; i += 1) {
    const host = dom.window.document.createElement('div');
    dom.window.document.body.append(host);
    const root = createRoot(host);
    const start = performance.now();
    flushSync(() =>
      root.render(
        createElement(BoardGrid, {
          week,
          by: 'worker',
          rows,
          visits,
          dates: week.dates,
          wideDay: false,
          today,
          capped: true,
          selected: null,
          onOpen: () => undefined,
          onDrop: () => undefined,
          onDragVisit: () => undefined,
          onDragOverRow: () => undefined,
          drag: null,
          shownOf: null,
          tableRef: createRef<HTMLTableElement>(),
        }),
      ),
    );
    times.push(performance.now() - start);
    visitsDrawn = host.querySelectorAll('button').length;
    root.unmount();
    host.remove();
  }
  return { times, visitsDrawn };
}
