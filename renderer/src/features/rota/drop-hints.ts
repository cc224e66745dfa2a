import type { VisitExplanationView } from '@shared/domain/rota-board/board';

/** Whether a worker's row takes a dragged visit, and why (or what it would do to their week) in words. */
export interface DropHint {
  ok: boolean;
  /** Short, for the cell ("Free", "Not free", "On this visit"). */
  label: string;
  /** The reason or the effect, for the tooltip and the drag status line. */
  why: string;
}

const NOT_IN_TEAM: DropHint = { ok: false, label: 'Not in team', why: 'Not in the person’s chosen team.' };

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');

/**
 * Each worker row's answer to a dragged visit, from the visit's explanation: the free members take it, the worker on
 * it already has it, and everyone else says why not (outside the team included).
 */
export function dropHints(
  workerIds: readonly string[],
  explanation: VisitExplanationView,
): ReadonlyMap<string, DropHint> {
  const team = new Map(explanation.team.map((m) => [m.workerId, m]));
  return new Map(
    workerIds.map((id): [string, DropHint] => {
      const m = team.get(id);
      if (!m) return [id, NOT_IN_TEAM];
      if (m.status === 'assigned') return [id, { ok: false, label: 'On this visit', why: 'Already on this visit.' }];
      if (m.status === 'possible') return [id, { ok: true, label: 'Free', why: sentence(m.fit ?? m.message) }];
      return [id, { ok: false, label: 'Not free', why: sentence(m.message) }];
    }),
  );
}
