import type { ApprenticeshipDetail } from '@shared/domain/apprenticeships/apprenticeships';
import {
  englishMathsRequirement,
  englishMathsTargetLevel,
  nextReviewDue,
  minimumDuration,
  otjProgress,
  otjRuleFor,
  weeksLessStatutoryLeave,
  reviewDaysLeft,
} from '@shared/domain/apprenticeships/rules';
import { displayName } from '@shared/domain/staff/staff';
import type { HandlerContext } from '@main/rpc/context';
import { londonDate } from '@main/platform/clock';
import { findStaff } from '@main/services/staff/staff-queries';
import {
  apprenticeshipQuery,
  otjHoursByApprenticeship,
  standardByCode,
  toOtjEntry,
  toReview,
  toStandard,
} from './apprenticeship-queries';
import { AppError } from '@shared/contract/errors';
import { assertCanRead } from './access';
import { gatewayLines } from './gateway';

/** Everything the apprenticeship page shows, computed on today's date. */
export async function apprenticeshipDetail(ctx: HandlerContext, id: string): Promise<ApprenticeshipDetail> {
  const row = await apprenticeshipQuery(ctx.deps.db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That apprenticeship does not exist.');
  const rel = assertCanRead(ctx, row);
  const today = londonDate(ctx.deps.clock.now());
  const db = ctx.deps.db;
  const [standard, entries, reviews, ticks, hours, mentor] = await Promise.all([
    standardByCode(db, row.standard_code).executeTakeFirstOrThrow(),
    db
      .selectFrom('otj_entry')
      .selectAll()
      .where('apprenticeship_id', '=', id)
      .orderBy('entry_date', 'desc')
      .orderBy('logged_at', 'desc')
      .execute(),
    db
      .selectFrom('apprenticeship_review')
      .selectAll()
      .where('apprenticeship_id', '=', id)
      .orderBy('review_date', 'desc')
      .execute(),
    db.selectFrom('apprenticeship_gateway_item').selectAll().where('apprenticeship_id', '=', id).execute(),
    otjHoursByApprenticeship(db, [id]),
    row.mentor_staff_id ? findStaff(db, row.mentor_staff_id) : Promise.resolve(undefined),
  ]);
  const sums = hours.get(id) ?? { approved: 0, pending: 0 };
  const progress = otjProgress(
    {
      startDate: row.start_date,
      plannedEndDate: row.planned_end_date,
      weeklyHours: row.weekly_hours,
      standardMinimumHours: row.minimum_otj_hours,
    },
    sums.approved,
    today,
  );
  const minimum = minimumDuration(row.start_date);
  const otj = {
    ruleSummary: otjRuleFor(row.start_date).summary,
    ...progress,
    weeksLessLeave: Math.round(weeksLessStatutoryLeave(row.start_date, row.planned_end_date) * 10) / 10,
    minimumMonths: minimum.months,
    meetsMinimumDuration: row.planned_end_date >= minimum.earliestEnd,
    pendingHours: Math.round(sums.pending * 10) / 10,
  };
  const englishMaths = {
    requirement: englishMathsRequirement(row.age_at_start, today),
    targetLevel: englishMathsTargetLevel(row.level),
    englishStatus: row.english_status,
    mathsStatus: row.maths_status,
  };
  const gateway = gatewayLines(new Map(ticks.map((t) => [t.item_key, t.done_on])), otj, englishMaths);
  const lastReview = reviews[0]?.review_date ?? null;
  return {
    id: row.id,
    staffId: row.staff_id,
    name: displayName({ givenName: row.given_name, familyName: row.family_name, preferredName: row.preferred_name }),
    standard: toStandard(standard),
    providerName: row.provider_name,
    startDate: row.start_date,
    plannedEndDate: row.planned_end_date,
    mentorStaffId: row.mentor_staff_id,
    mentorName: mentor ? `${mentor.given_name} ${mentor.family_name}` : null,
    weeklyHours: row.weekly_hours,
    ageAtStart: row.age_at_start,
    status: row.status,
    englishMaths,
    otj,
    entries: entries.map(toOtjEntry),
    reviews: reviews.map(toReview),
    nextReviewDue: nextReviewDue(row.start_date, lastReview),
    reviewDaysLeft: reviewDaysLeft(row.start_date, lastReview, today),
    gateway,
    gatewayReady: gateway.every((g) => g.met),
    epaDate: row.epa_date,
    epaResult: row.epa_result,
    completedOn: row.completed_on,
    canApprove: rel.manager || rel.mentor,
    canManage: rel.manager,
  };
}
