/** The rota planning engine: pure functions over a planner instance (no store, no I/O). */
export { planWeek, type PlanOptions, type PlanProgress } from './planner/plan-week';
export { validatePlan } from './validator/validate-plan';
export {
  repairSickness,
  type Absence,
  type SicknessRepair,
  type RepairedVisit,
  type RepairAlternative,
} from './sickness-repair';
export { explainVisit, type VisitExplanation, type TeamMemberExplanation } from './explain';
export { computeMeasures } from './measures';
export { computeObjective } from './objective';
export { weekDays } from './week-days';
export { offerOpenVisit, type OpenVisitOffer } from './open-visit-offer';
export { coverCandidates, type CoverCandidate } from './cover-candidates';
