import { BreachCode } from '@shared/domain/rota/breach';
import { SUPPORT_NEED_LABELS } from '@shared/domain/clients/client';
import { Skill } from '@shared/domain/skills';

/** What a coordinator can do next about a visit left without a worker, by the rule that stood in the way. */
export const NEXT_STEP: Readonly<Record<BreachCode, string>> = {
  not_in_team: 'Ask the person to add a worker to their team, or record their consent for a named worker outside it',
  unavailable: 'Ask a team member to change their availability, or move the visit within the person’s flexibility',
  overlap: 'Move the visit within the person’s flexibility, or move the clashing visit',
  double_up: 'Find a second team member free at the same time',
  skill_missing: 'Book a team member on the training that gives the skill, or ask the person to add a skilled worker',
  wtr_daily_rest: 'Give the visit to a team member with enough rest, or move it later within the flexibility',
  wtr_weekly_cap: 'Give the visit to a team member with hours to spare this week',
  wtr_daily_cap_under18: 'Give the visit to a team member aged 18 or over',
  wtr_break: 'Move the visit so the worker gets a break, or give it to another team member',
  wtr_weekly_rest: 'Give the visit to a team member who has had a full day off this week',
  short_visit: 'Record the person’s agreement to a short visit, or lengthen it to 30 minutes',
  pin_moved: 'Unpin the visit or choose its worker again on the board',
  outside_flexibility: 'Move the visit back inside the time the person agreed',
  unknown_reference: 'Plan the week again: a worker or visit has changed since it was planned',
  ineligible: 'Give the visit to a team member who may work that day, or bring the worker’s checks up to date',
};

/** When the planner gave no reason (a visit left by hand or by cover): the one step that always applies. */
export const DEFAULT_NEXT_STEP = 'Choose a worker for it on the board, or tell the person and record why';

/** The distinct next steps for a visit's reasons (codes outside the vocabulary fall back to the default step). */
export function nextStepsFor(reasons: readonly { code: string }[]): string[] {
  const steps = reasons.map((r) => {
    const code = BreachCode.safeParse(r.code);
    return code.success ? NEXT_STEP[code.data] : DEFAULT_NEXT_STEP;
  });
  return steps.length === 0 ? [DEFAULT_NEXT_STEP] : [...new Set(steps)];
}

/** A skill in words ("Medication support"); a code outside the vocabulary is shown with its underscores as spaces. */
export function skillLabel(skill: string): string {
  const known = Skill.safeParse(skill);
  return known.success ? SUPPORT_NEED_LABELS[known.data] : skill.replace(/_/g, ' ');
}
