import { WITHHELD, type Count, type Measure, type Share } from '@shared/domain/sync/counts';
import type { Summary } from '@shared/domain/sync/summary';
import type { TrainingSet } from '@shared/domain/sync/summary-v1';

// The figures the borough view charts over time, kept as columns beside each summary. A figure is a plain value
// (summed across branches: people, apprentices, sign-ins) or a rate with its weight (the share's denominator, so a
// borough-wide rate is Σ rate × weight ÷ Σ weight over the branches that sent one). A count sent as "<5" or
// "withheld" has no value here: charts leave that branch out of the period rather than guess.

/** The training sets, as column-name parts. */
export const TRAINING_COLUMNS: readonly { set: TrainingSet; column: string }[] = [
  { set: 'end_of_life', column: 'end_of_life' },
  { set: 'mental_health', column: 'mental_health' },
  { set: 'dementia', column: 'dementia' },
  { set: 'learning_disability', column: 'learning_disability' },
  { set: 'meaningful_life', column: 'meaningful_life' },
  { set: 'mandatory', column: 'mandatory' },
];

/** Every chartable figure column, in the order the migration made them. */
export const FIGURE_COLUMNS = [
  'f_headcount',
  'f_zero_hours_rate',
  'f_zero_hours_of',
  'f_floor_rate',
  'f_floor_of',
  'f_train_end_of_life_rate',
  'f_train_end_of_life_of',
  'f_train_mental_health_rate',
  'f_train_mental_health_of',
  'f_train_dementia_rate',
  'f_train_dementia_of',
  'f_train_learning_disability_rate',
  'f_train_learning_disability_of',
  'f_train_meaningful_life_rate',
  'f_train_meaningful_life_of',
  'f_train_mandatory_rate',
  'f_train_mandatory_of',
  'f_apprentices_active',
  'f_apprentice_starts',
  'f_people_supported',
  'f_continuity_median',
  'f_chosen_team_rate',
  'f_chosen_team_of',
  'f_short_visits_rate',
  'f_short_visits_of',
  'f_unassigned_rate',
  'f_unassigned_of',
  'f_hub_sign_ins',
  'f_hub_bookings',
  'f_desk_utilisation',
  // Migration 0003: from actual visit times (summary version 2).
  'f_vt_due',
  'f_vt_on_time',
  'f_vt_late',
  'f_vt_missed',
  'f_vt_completed',
  'f_vt_lengthened',
  'f_vt_shortened',
  'f_vt_planned_hours',
  'f_vt_actual_hours',
] as const;

/** One figure column's name. */
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** The figure columns of the summary table. */
export type FigureColumns = { [K in FigureColumn]: number | null };

const value = (c: Count | Measure): number | null => (typeof c === 'number' ? c : null);
const rate = (s: Share): [number | null, number | null] =>
  typeof s.rate === 'number' && typeof s.of === 'number' ? [s.rate, s.of] : [null, null];

/** The chartable figures of one summary (null for the sections its period does not carry). */
export function figuresOf(summary: Summary): FigureColumns {
  const out = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, null])) as FigureColumns;
  const { workforce, pay, training, apprenticeships, careDelivery, hub } = summary;
  if (workforce) {
    out.f_headcount = value(workforce.headcount);
    [out.f_zero_hours_rate, out.f_zero_hours_of] = rate(workforce.zeroHours);
  }
  if (pay) [out.f_floor_rate, out.f_floor_of] = rate(pay.atOrAboveFloor);
  if (training) {
    for (const { set, column } of TRAINING_COLUMNS) {
      const [r, of] = rate(training[set].compliant);
      out[`f_train_${column}_rate` as FigureColumn] = r;
      out[`f_train_${column}_of` as FigureColumn] = of;
    }
  }
  if (apprenticeships) {
    out.f_apprentices_active = value(apprenticeships.activeByStandard.total);
    out.f_apprentice_starts = value(apprenticeships.starts);
  }
  if (careDelivery) {
    out.f_people_supported = value(careDelivery.peopleSupported);
    out.f_continuity_median = value(careDelivery.continuity.medianWorkersPerPerson);
    [out.f_chosen_team_rate, out.f_chosen_team_of] = rate(careDelivery.continuity.byChosenTeam);
    [out.f_short_visits_rate, out.f_short_visits_of] = rate(careDelivery.visitsUnder30Minutes);
    [out.f_unassigned_rate, out.f_unassigned_of] = rate(careDelivery.unassignedVisits);
    if ('visitTimes' in careDelivery) {
      const { arrivals, lengths, plannedHoursCompleted, actualHoursCompleted } = careDelivery.visitTimes;
      out.f_vt_due = value(arrivals.total);
      out.f_vt_completed = value(lengths.total);
      if (arrivals.cells !== WITHHELD) {
        out.f_vt_on_time = value(arrivals.cells.on_time);
        out.f_vt_late = value(arrivals.cells.late);
        out.f_vt_missed = value(arrivals.cells.missed);
      }
      if (lengths.cells !== WITHHELD) {
        out.f_vt_lengthened = value(lengths.cells.lengthened);
        out.f_vt_shortened = value(lengths.cells.shortened);
      }
      out.f_vt_planned_hours = value(plannedHoursCompleted);
      out.f_vt_actual_hours = value(actualHoursCompleted);
    }
  }
  if (hub) {
    out.f_hub_sign_ins = value(hub.signInsByOrgType.total);
    out.f_hub_bookings = value(hub.bookingsByOrgType.total);
    out.f_desk_utilisation = hub.deskUtilisation;
  }
  return out;
}
