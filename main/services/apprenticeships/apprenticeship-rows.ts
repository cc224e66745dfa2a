import type { ApprenticeshipRow } from '@shared/domain/apprenticeships/apprenticeships';
import { nextReviewDue, otjProgress, reviewDaysLeft } from '@shared/domain/apprenticeships/rules';
import { displayName } from '@shared/domain/staff/staff';
import type { BackendDeps } from '@main/rpc/context';
import { apprenticeshipQuery, lastReviewByApprenticeship, otjHoursByApprenticeship } from './apprenticeship-queries';

type Filter = { status?: 'active' | 'completed' | 'withdrawn' | null; staffId?: string; mentorStaffId?: string };

/** Apprenticeship rows with OTJ and review status on `today`, computed in one batch. */
export async function apprenticeshipRows(
  ctx: { deps: Pick<BackendDeps, 'db'> },
  filter: Filter,
  today: string,
): Promise<ApprenticeshipRow[]> {
  let query = apprenticeshipQuery(ctx.deps.db);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.staffId) query = query.where('a.staff_id', '=', filter.staffId);
  if (filter.mentorStaffId) query = query.where('a.mentor_staff_id', '=', filter.mentorStaffId);
  const rows = await query.orderBy('s.family_name').orderBy('s.given_name').orderBy('a.start_date').execute();
  const everything = !filter.staffId && !filter.mentorStaffId;
  const ids = everything ? null : rows.map((r) => r.id);
  const [hours, reviews] = await Promise.all([
    otjHoursByApprenticeship(ctx.deps.db, ids),
    lastReviewByApprenticeship(ctx.deps.db, ids),
  ]);
  return rows.map((r) => {
    const otj = otjProgress(
      {
        startDate: r.start_date,
        plannedEndDate: r.planned_end_date,
        weeklyHours: r.weekly_hours,
        standardMinimumHours: r.minimum_otj_hours,
      },
      hours.get(r.id)?.approved ?? 0,
      today,
    );
    const last = reviews.get(r.id) ?? null;
    return {
      id: r.id,
      staffId: r.staff_id,
      name: displayName({ givenName: r.given_name, familyName: r.family_name, preferredName: r.preferred_name }),
      standardCode: r.standard_code,
      standardTitle: r.standard_title,
      level: r.level,
      startDate: r.start_date,
      plannedEndDate: r.planned_end_date,
      status: r.status,
      otjStatus: otj.status,
      otjActual: otj.actualToDate,
      otjPlannedToDate: otj.plannedToDate,
      catchUpPerWeek: otj.catchUpPerWeek,
      nextReviewDue: nextReviewDue(r.start_date, last),
      reviewDaysLeft: reviewDaysLeft(r.start_date, last, today),
    };
  });
}
