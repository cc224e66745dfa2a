import { compareObjective, type PlanState } from './state';
import { auditScore } from './score-audit';

/** A move's effect on a few visits: old and new placements, so it can be undone and redone. */
export class Change {
  /** Which move made it (for the score audit's message). */
  label = 'change';
  private readonly old: { vi: number; s: number; w: number[] }[] = [];
  private now: { vi: number; s: number; w: number[] }[] = [];
  constructor(
    private readonly state: PlanState,
    visits: Iterable<number>,
  ) {
    for (const vi of visits) this.add(vi);
  }
  /** Record a visit's placement before the move touches it. */
  add(vi: number): void {
    if (this.old.some((o) => o.vi === vi)) return;
    this.old.push({ vi, s: this.state.start[vi] ?? -1, w: (this.state.workersOf[vi] ?? []).slice() });
  }
  /** Record the placements after the move. */
  seal(): this {
    this.now = this.old.map((o) => ({
      vi: o.vi,
      s: this.state.start[o.vi] ?? -1,
      w: (this.state.workersOf[o.vi] ?? []).slice(),
    }));
    return this;
  }
  private apply(list: readonly { vi: number; s: number; w: number[] }[]): void {
    for (const o of list) this.state.unassign(o.vi);
    for (const o of list) if (o.s >= 0) this.state.assign(o.vi, o.w, o.s);
  }
  undo(): void {
    this.apply(this.old);
  }
  redo(): void {
    this.apply(this.now);
  }
}

/**
 * Make a change and keep it only when the plan is now strictly better (coverage first); true when kept. `label` names
 * the step for the score audit.
 */
export function keepIfBetter(state: PlanState, label: string, make: () => Change | null): boolean {
  const before = state.objective();
  const change = make();
  if (change === null) return false;
  if (compareObjective(state.objective(), before) < -1e-9) {
    auditScore(state, label);
    return true;
  }
  change.undo();
  return false;
}
