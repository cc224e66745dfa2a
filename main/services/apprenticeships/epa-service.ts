import { AppError } from '@shared/contract/errors';
import type { EpaInput, GatewayItemInput } from '@shared/domain/apprenticeships/apprenticeships';
import type { HandlerContext } from '@main/rpc/context';
import { londonDate } from '@main/platform/clock';
import { heldQualification } from '../pathway/pathway-queries';
import { insertQualification } from '../pathway/qualifications-service';
import { assertActive, requireApprenticeship } from './access';
import { apprenticeshipDetail } from './apprenticeship-detail';

/** Tick (dated) or untick a gateway item. */
export async function setGatewayItem(ctx: HandlerContext, input: GatewayItemInput): Promise<{ id: string }> {
  const row = await requireApprenticeship(ctx, input.apprenticeshipId);
  assertActive(row);
  if (input.doneOn !== null && input.doneOn < row.start_date)
    throw AppError.field(['doneOn'], 'The date cannot be before the apprenticeship started.');
  if (input.doneOn !== null && input.doneOn > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['doneOn'], 'The date cannot be in the future.');
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('apprenticeship_gateway_item')
      .where('apprenticeship_id', '=', row.id)
      .where('item_key', '=', input.key)
      .execute();
    if (input.doneOn !== null)
      await trx
        .insertInto('apprenticeship_gateway_item')
        .values({ apprenticeship_id: row.id, item_key: input.key, done_on: input.doneOn })
        .execute();
    await ctx.audit(trx, {
      action: 'apprenticeships.setGatewayItem',
      entity: 'apprenticeship',
      entityId: row.id,
      outcome: 'success',
      detail: `${input.key}: ${input.doneOn ?? 'cleared'}`,
    });
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [row.id] });
  return { id: row.id };
}

/**
 * Record the end-point assessment. Before the gateway checklist is complete it needs the manager's reason (audited).
 * A pass at any grade completes the apprenticeship and adds the standard's qualification to the worker's record;
 * a fail is kept and the apprenticeship stays open for a resit.
 */
export async function recordEpa(ctx: HandlerContext, input: EpaInput): Promise<{ id: string }> {
  const row = await requireApprenticeship(ctx, input.apprenticeshipId);
  assertActive(row);
  if (input.epaDate < row.start_date)
    throw AppError.field(['epaDate'], 'The assessment date cannot be before the apprenticeship started.');
  if (input.epaDate > londonDate(ctx.deps.clock.now()))
    throw AppError.field(['epaDate'], 'Record the result once the assessment has happened.');
  const detail = await apprenticeshipDetail(ctx, row.id);
  const override = detail.gatewayReady ? null : input.overrideReason;
  if (!detail.gatewayReady && !override) {
    const missing = detail.gateway.filter((g) => !g.met).map((g) => g.label);
    throw AppError.field(
      ['overrideReason'],
      `The gateway checklist is not complete (${missing.join('; ')}). Give a reason to record the result anyway.`,
    );
  }
  const passed = input.result !== 'fail';
  const now = ctx.deps.clock.now();
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('apprenticeship')
      .set({
        epa_date: input.epaDate,
        epa_result: input.result,
        status: passed ? 'completed' : 'active',
        completed_on: passed ? input.epaDate : null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    if (passed) {
      const code = detail.standard.qualificationCode;
      const held = await heldQualification(trx, row.staff_id, code);
      if (!held) {
        await insertQualification(trx, {
          id: ctx.deps.ids(),
          staffId: row.staff_id,
          code,
          year: Number(input.epaDate.slice(0, 4)),
          notes: `${detail.standard.code} ${detail.standard.title}: ${input.result}`,
          apprenticeshipId: row.id,
          at: now,
        });
      }
    }
    await ctx.audit(trx, {
      action: override ? 'apprenticeships.recordEpaOverride' : 'apprenticeships.recordEpa',
      entity: 'apprenticeship',
      entityId: row.id,
      outcome: 'success',
      detail: override ? `${input.result}; override: ${override}` : input.result,
    });
  });
  ctx.deps.events.publish('apprenticeships.changed', { ids: [row.id] });
  ctx.deps.events.publish('pathway.changed', { ids: [row.staff_id] });
  return { id: row.id };
}
