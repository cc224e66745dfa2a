/** Progress of a running plan. */
export interface PlanProgress {
  phase: 'construct' | 'improve' | 'done';
  fraction: number;
  unassigned: number;
  objective: number;
}
