import type { FigureColumn } from '@council/intake/figures';

/** How a figure combines across branches: a plain sum, or a rate weighted by its denominator. */
export type Aggregate =
  { kind: 'sum'; column: FigureColumn } | { kind: 'rate'; column: FigureColumn; weight: FigureColumn };

/** A figure the borough view charts over time, and the period it is reported for. */
export interface TrendFigure {
  key: string;
  period: 'week' | 'month';
  aggregate: Aggregate;
}

const sum = (key: string, period: 'week' | 'month', column: FigureColumn): TrendFigure => ({
  key,
  period,
  aggregate: { kind: 'sum', column },
});
const rate = (key: string, period: 'week' | 'month', column: FigureColumn, weight: FigureColumn): TrendFigure => ({
  key,
  period,
  aggregate: { kind: 'rate', column, weight },
});

/** Every trend figure. Continuity's median is averaged over branches weighted by the people each supports. */
export const TREND_FIGURES: readonly TrendFigure[] = [
  sum('headcount', 'month', 'f_headcount'),
  rate('zero_hours', 'month', 'f_zero_hours_rate', 'f_zero_hours_of'),
  rate('floor', 'month', 'f_floor_rate', 'f_floor_of'),
  rate('train_end_of_life', 'month', 'f_train_end_of_life_rate', 'f_train_end_of_life_of'),
  rate('train_mental_health', 'month', 'f_train_mental_health_rate', 'f_train_mental_health_of'),
  rate('train_dementia', 'month', 'f_train_dementia_rate', 'f_train_dementia_of'),
  rate('train_learning_disability', 'month', 'f_train_learning_disability_rate', 'f_train_learning_disability_of'),
  rate('train_meaningful_life', 'month', 'f_train_meaningful_life_rate', 'f_train_meaningful_life_of'),
  rate('train_mandatory', 'month', 'f_train_mandatory_rate', 'f_train_mandatory_of'),
  sum('apprentices_active', 'month', 'f_apprentices_active'),
  sum('apprentice_starts', 'month', 'f_apprentice_starts'),
  sum('people_supported', 'week', 'f_people_supported'),
  rate('continuity_median', 'week', 'f_continuity_median', 'f_people_supported'),
  rate('chosen_team', 'week', 'f_chosen_team_rate', 'f_chosen_team_of'),
  rate('short_visits', 'week', 'f_short_visits_rate', 'f_short_visits_of'),
  rate('unassigned', 'week', 'f_unassigned_rate', 'f_unassigned_of'),
  sum('hub_sign_ins', 'week', 'f_hub_sign_ins'),
  sum('hub_bookings', 'week', 'f_hub_bookings'),
];
