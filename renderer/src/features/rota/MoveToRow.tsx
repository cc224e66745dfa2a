import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardVisit } from '@shared/domain/rota-board/board';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { DropHint } from './drop-hints';

/** A worker row that takes the visit being moved, with what it would do to their week. */
interface Target {
  id: string;
  name: string;
  why: string;
}

/** "Pat Green’s 09:00 visit on Wed 25 Nov 2026". */
export function movedVisitWords(v: Pick<BoardVisit, 'clientName' | 'startMinute' | 'date'>): string {
  return `${v.clientName}’s ${formatMinute(v.startMinute)} visit on ${formatDate(v.date)}`;
}

// Letters typed within this long of each other make one name to jump to, as in a native list box.
const TYPE_AHEAD_MS = 800;

/** The next target whose name starts with `typed`, from `from` on (wrapping), or -1. */
export function typeAhead(targets: readonly Pick<Target, 'name'>[], typed: string, from: number): number {
  const wanted = typed.toLowerCase();
  for (let step = 0; step < targets.length; step += 1) {
    const i = (from + step) % targets.length;
    if (targets[i]?.name.toLowerCase().startsWith(wanted)) return i;
  }
  return -1;
}

/**
 * The keyboard's way to drag a visit to another worker's row: a list of only the rows that take it (the same answers
 * a drag shows, from the same check), Up and Down or typing a name to choose, Enter to move it there, Escape to
 * leave it where it is. It takes the focus when it opens; the caller puts it back on the board when it closes.
 */
export function MoveToRow({
  visit,
  workers,
  hints,
  onMove,
  onCancel,
}: {
  visit: BoardVisit;
  workers: readonly { id: string; name: string }[];
  /** Each worker row's answer; null while it is being worked out. */
  hints: ReadonlyMap<string, DropHint> | null;
  onMove: (workerId: string) => void;
  onCancel: () => void;
}) {
  const targets = useMemo<Target[]>(
    () =>
      hints === null
        ? []
        : workers.flatMap((w) => {
            const h = hints.get(w.id);
            return h?.ok ? [{ id: w.id, name: w.name, why: h.why }] : [];
          }),
    [hints, workers],
  );
  const [active, setActive] = useState(0);
  const typed = useRef({ text: '', at: 0 });
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The chooser takes the focus as it opens, and hands it to the list once there is something to choose.
  useEffect(() => {
    (targets.length > 0 ? list.current : box.current)?.focus();
  }, [targets.length]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = targets.length - 1;
    let next: number | null = null;
    if (e.key === 'Escape') {
      e.preventDefault();
      // The board's own Escape closes the visit panel: this one only leaves the move.
      e.stopPropagation();
      onCancel();
      return;
    }
    if (targets.length === 0) return;
    if (e.key === 'ArrowDown') next = Math.min(active + 1, last);
    else if (e.key === 'ArrowUp') next = Math.max(active - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = targets[active];
      if (chosen) onMove(chosen.id);
      return;
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const again = e.timeStamp - typed.current.at > TYPE_AHEAD_MS;
      typed.current = { text: again ? e.key : typed.current.text + e.key, at: e.timeStamp };
      // A new first letter looks from the next row on, so pressing it again steps through the names it starts.
      const found = typeAhead(targets, typed.current.text, again ? active + 1 : active);
      if (found >= 0) next = found;
    }
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };
  const chosen = targets[Math.min(active, targets.length - 1)];
  return (
    <div
      className="rota-move"
      role="group"
      aria-labelledby="rota-move-heading"
      tabIndex={-1}
      ref={box}
      onKeyDown={onKeyDown}
    >
      <p id="rota-move-heading" className="rota-move__heading">
        Move {movedVisitWords(visit)} to another worker
      </p>
      {hints === null && <p>Working out who is free…</p>}
      {hints !== null && targets.length === 0 && (
        <p>Nobody else in the person’s team is free for this visit. Press Escape to go back to the board.</p>
      )}
      {targets.length > 0 && (
        <>
          <ul
            ref={list}
            role="listbox"
            tabIndex={0}
            className="rota-move__list"
            aria-labelledby="rota-move-heading"
            aria-describedby="rota-move-keys"
            aria-activedescendant={chosen ? `rota-move-${chosen.id}` : undefined}
          >
            {targets.map((t, i) => (
              <li
                key={t.id}
                id={`rota-move-${t.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'rota-move__option rota-move__option--active' : 'rota-move__option'}
                onClick={() => onMove(t.id)}
              >
                <strong>{t.name}</strong> <span className="rota-move__why">{t.why}</span>
              </li>
            ))}
          </ul>
          <p id="rota-move-keys" className="rota-move__keys">
            Up and Down choose a worker, or type their name; Enter moves the visit; Escape leaves it where it is.
          </p>
        </>
      )}
    </div>
  );
}
