import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import type { EditHistory } from '@shared/domain/rota-board/edit-history';

/** Whether a key press is meant for a form field (its own undo), not for the board. */
function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Which of Undo and Redo a key press asks for: Ctrl+Z (⌘Z), and Ctrl+Shift+Z or Ctrl+Y for redo. */
export function undoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Undo and Redo of a draft week's edits: what each would do now, how to run them, what was last done or refused. */
export interface UndoRedoState {
  history: EditHistory | undefined;
  busy: boolean;
  error: Error | null;
  /** What was last undone or redone, for the live region ("Undone: Gave …"). */
  said: string;
  /** Undo or redo, if there is something to; whether it started. */
  run: (which: 'undo' | 'redo') => boolean;
}

/**
 * Undo and Redo for the signed-in coordinator's own edits to a draft week, kept by the backend (they survive a
 * reload; a colleague's edits are theirs to undo). Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) work anywhere on the page
 * outside a form field.
 */
export function useUndoRedo(isoWeek: string, enabled: boolean): UndoRedoState {
  const api = useApi();
  const history = useQuery({ ...procedureQuery(api, 'rota.editHistory', { isoWeek }), enabled });
  const undo = useProcedureMutation('rota.undo');
  const redo = useProcedureMutation('rota.redo');
  const [said, setSaid] = useState('');
  const busy = undo.isPending || redo.isPending;
  const run = (which: 'undo' | 'redo'): boolean => {
    const step = which === 'undo' ? history.data?.undo : history.data?.redo;
    if (!enabled || !step || busy) return false;
    undo.reset();
    redo.reset();
    (which === 'undo' ? undo : redo).mutate(
      { isoWeek },
      { onSuccess: (r) => setSaid(`${which === 'undo' ? 'Undone' : 'Redone'}: ${r.summary}.`) },
    );
    return true;
  };
  // The latest `run` for the key listener, which is added once.
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = undoKey(e);
      // Only a key that undoes or redoes something is taken from the browser.
      if (which !== null && !inField(e.target) && latest.current(which)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => setSaid(''), [isoWeek]);
  return { history: enabled ? history.data : undefined, busy, error: undo.error ?? redo.error, said, run };
}

/** The Undo and Redo buttons, each naming the edit it would take back or make again (its tooltip and description). */
export function UndoRedoButtons({ state }: { state: UndoRedoState }) {
  const steps = state.history;
  if (!steps) return null;
  return (
    <span className="rota-undo">
      <Button
        variant="secondary"
        disabled={state.busy || steps.undo === null}
        aria-keyshortcuts="Control+Z"
        title={steps.undo ? `Undo: ${steps.undo.summary} (Ctrl+Z)` : 'You have no edit to undo on this week'}
        onClick={() => state.run('undo')}
      >
        Undo
      </Button>
      <Button
        variant="secondary"
        disabled={state.busy || steps.redo === null}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={steps.redo ? `Redo: ${steps.redo.summary} (Ctrl+Shift+Z)` : 'You have no edit to redo on this week'}
        onClick={() => state.run('redo')}
      >
        Redo
      </Button>
    </span>
  );
}
