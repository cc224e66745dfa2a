import { AppError } from '@shared/contract/errors';
import type { Review, ReviewInput } from '@shared/domain/apprenticeships/apprenticeships';
import type { HandlerContext } from '@main/rpc/context';
import { actorName } from '../pathway/access';
import { londonDate } from '@main/platform/clock';
import { toReview } from './apprenticeship-queries';
import { assertActive, requireApprenticeship } from './access';
import { formatDate } from '@shared/domain/time/format';

/** Record a three-way progress review. Dated between the start and today. */
export async function recordReview(ctx: HandlerContext, input: ReviewInput): Promise<Review> {
  const row = await requireApprenticeship(ctx, input.apprenticeshipId);
  assertActive(row);
  if (input.reviewDate < row.start_date)
    throw AppError.field(
      ['reviewDate'],
      `A review cannot be before the apprenticeship started (${formatDate(row.start_date)}).`,
    );
  if (input.reviewDate > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['reviewDate'], 'Record a review once it has taken place (not a future date).');
  const id = ctx.deps.ids();
  const saved = await ctx.deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('apprenticeship_review')
      .values({
        id,
        apprenticeship_id: row.id,
        review_date: input.reviewDate,
        employer_rep: input.employerRep,
        provider_rep: input.providerRep,
        progress_summary: input.progressSummary,
        actions: input.actions,
        recorded_by: actorName(ctx),
        recorded_at: ctx.deps.clock.now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit(trx, {
      action: 'apprenticeships.recordReview',
      entity: 'apprenticeship',
      entityId: row.id,
      outcome: 'success',
      detail: input.reviewDate,
    });
    return inserted;
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [row.id] });
  return toReview(saved);
}
