import { AppError } from '@shared/contract/errors';
import { addDays } from '@shared/domain/time/iso-week';
import { readinessFor } from '@shared/domain/pathway/readiness';
import type { PathwayMemberInput, Placement, ProgressionInput, SignOffInput } from '@shared/domain/pathway/steps';
import type { HandlerContext } from '@main/rpc/context';
import { londonDate } from '@main/platform/clock';
import { findStaff } from '@main/services/staff/staff-queries';
import { putPayRate } from '@main/services/staff/pay-rates';
import { loadPlacements, loadStep } from './pathway-queries';
import { actorName, callerStaffId, isManager } from './access';
import { loadReadinessFacts } from './readiness-facts';
import { supervisorOf } from './worker-pathway';
import { formatDate } from '@shared/domain/time/format';

/**
 * Place a worker on a step. "Appointed" is only a first placement (joined from outside at that level). A progression
 * whose requirements are not all met needs the manager's reason, which is kept on the record and in the audit log.
 * The step's CWP category is the worker's category from this date; any pay change is kept as rate + effective date.
 */
export async function recordProgression(ctx: HandlerContext, input: ProgressionInput): Promise<Placement> {
  const staff = await findStaff(ctx.deps.db, input.staffId);
  if (!staff || staff.status !== 'active')
    throw new AppError('NOT_FOUND', 'That staff record does not exist or is archived.');
  const step = await loadStep(ctx.deps.db, input.stepId);
  if (!step || step.archived) throw AppError.field(['stepId'], 'Choose a step that is in use.');
  const today = londonDate(ctx.deps.clock.now());
  if (input.effectiveDate > today)
    throw AppError.field(
      ['effectiveDate'],
      'Record a progression on or after the date it takes effect (not in the future).',
    );
  if (input.effectiveDate < staff.start_date)
    throw AppError.field(
      ['effectiveDate'],
      `The date must be on or after the worker's start date (${formatDate(staff.start_date)}).`,
    );
  const history = await loadPlacements(ctx.deps.db, [input.staffId]);
  const latest = history.at(-1);
  if (input.kind === 'appointed' && latest)
    throw AppError.field(['kind'], 'This worker is already on the pathway: record a progression, not an appointment.');
  if (latest && latest.stepId === input.stepId)
    throw AppError.field(['stepId'], `This worker is already a ${step.name}.`);
  if (latest && input.effectiveDate <= latest.startDate) {
    throw AppError.field(
      ['effectiveDate'],
      `The date must be after the current step began (${formatDate(latest.startDate)}).`,
    );
  }
  let unmet: string[] = [];
  if (input.kind === 'progressed') {
    // Judged on the date the move takes effect: time on the step before, and courses valid on that day.
    const facts = await loadReadinessFacts(ctx.deps.db, [input.staffId], input.effectiveDate);
    unmet = readinessFor(step, facts.facts(input.staffId), input.effectiveDate)
      .items.filter((i) => !i.met)
      .map((i) => i.label);
    if (unmet.length > 0 && !input.overrideReason) {
      throw AppError.field(
        ['overrideReason'],
        `Not all requirements for ${step.name} are met (${unmet.join('; ')}). Give a reason to go ahead anyway.`,
      );
    }
  }
  const id = ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  const overrideReason = unmet.length > 0 ? input.overrideReason : null;
  const placement: Placement = {
    id,
    staffId: input.staffId,
    stepId: step.id,
    stepName: step.name,
    cwpCategory: step.cwpCategory,
    kind: input.kind,
    startDate: input.effectiveDate,
    endDate: null,
    newHourlyRatePence: input.newHourlyRatePence,
    note: input.note,
    overrideReason,
    recordedBy: actorName(ctx),
    recordedAt: now,
  };
  await ctx.deps.db.transaction().execute(async (trx) => {
    if (latest)
      await trx
        .updateTable('pathway_placement')
        .set({ end_date: addDays(input.effectiveDate, -1) })
        .where('id', '=', latest.id)
        .execute();
    await trx
      .insertInto('pathway_placement')
      .values({
        id,
        staff_id: input.staffId,
        step_id: input.stepId,
        kind: input.kind,
        start_date: input.effectiveDate,
        end_date: null,
        new_hourly_rate_pence: input.newHourlyRatePence,
        note: input.note,
        override_reason: overrideReason,
        recorded_by: actorName(ctx),
        recorded_at: now,
      })
      .execute();
    // The staff record follows the pathway: its CWP category (reported to ASC-WDS) and, when the step
    // comes with a rise, its pay history (checked against the floor and used for rota pay).
    await trx
      .updateTable('staff')
      .set({ cwp_category: step.cwpCategory, updated_at: now })
      .where('id', '=', input.staffId)
      .execute();
    if (input.newHourlyRatePence !== null) {
      await putPayRate(trx, {
        id: ctx.deps.ids(),
        staffId: input.staffId,
        effectiveFrom: input.effectiveDate,
        pencePerHour: input.newHourlyRatePence,
        note: `${step.name} (pathway)`,
        createdAt: now,
      });
    }
    const detail = [
      `${step.name} from ${input.effectiveDate}`,
      input.newHourlyRatePence === null ? null : `rate ${input.newHourlyRatePence}p/h`,
      overrideReason ? `override: ${overrideReason}` : null,
    ]
      .filter(Boolean)
      .join('; ');
    await ctx.audit(trx, {
      action: overrideReason ? 'pathway.progressOverride' : 'pathway.progress',
      entity: 'staff',
      entityId: input.staffId,
      outcome: 'success',
      detail,
    });
  });
  ctx.deps.events.publish('pathway.changed', { ids: [input.staffId] });
  ctx.deps.events.publish('staff.changed', { ids: [input.staffId] });
  return placement;
}

/** Set a worker's named supervisor and borough-resident flag. */
export async function setMember(ctx: HandlerContext, input: PathwayMemberInput): Promise<{ staffId: string }> {
  if (!(await findStaff(ctx.deps.db, input.staffId)))
    throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  if (input.supervisorStaffId !== null) {
    if (input.supervisorStaffId === input.staffId)
      throw AppError.field(['supervisorStaffId'], 'A worker cannot supervise themselves.');
    const supervisor = await findStaff(ctx.deps.db, input.supervisorStaffId);
    if (!supervisor || supervisor.status !== 'active')
      throw AppError.field(['supervisorStaffId'], 'Choose a supervisor who is on the staff list.');
  }
  const values = {
    supervisor_staff_id: input.supervisorStaffId,
    borough_resident: input.boroughResident === null ? null : input.boroughResident ? 1 : 0,
    updated_at: ctx.deps.clock.now().toISOString(),
  };
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pathway_member')
      .values({ staff_id: input.staffId, ...values })
      .onConflict((oc) => oc.column('staff_id').doUpdateSet(values))
      .execute();
    await ctx.audit(trx, { action: 'pathway.setMember', entity: 'staff', entityId: input.staffId, outcome: 'success' });
  });
  ctx.deps.events.publish('pathway.changed', { ids: [input.staffId] });
  return { staffId: input.staffId };
}

/** Sign off a worker for a step: a manager, or the worker's named supervisor (never the worker themselves). */
export async function signOff(
  ctx: HandlerContext,
  input: SignOffInput,
): Promise<{ staffId: string; stepId: string; signedOn: string }> {
  if (!isManager(ctx)) {
    const me = callerStaffId(ctx);
    if (me === input.staffId || me !== (await supervisorOf(ctx, input.staffId))) {
      throw new AppError('FORBIDDEN', "Only a manager or the worker's named supervisor can sign off.");
    }
  }
  if (!(await findStaff(ctx.deps.db, input.staffId)))
    throw new AppError('NOT_FOUND', 'That staff record does not exist.');
  const step = await loadStep(ctx.deps.db, input.stepId);
  if (!step || step.archived) throw AppError.field(['stepId'], 'Choose a step that is in use.');
  if (!step.requiresSignOff) throw AppError.field(['stepId'], `${step.name} does not need a sign-off.`);
  const today = londonDate(ctx.deps.clock.now());
  if (input.signedOn > today) throw AppError.field(['signedOn'], 'A sign-off cannot be dated in the future.');
  const values = {
    signed_on: input.signedOn,
    signed_by: actorName(ctx),
    note: input.note,
    recorded_at: ctx.deps.clock.now().toISOString(),
  };
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pathway_sign_off')
      .values({ id: ctx.deps.ids(), staff_id: input.staffId, step_id: input.stepId, ...values })
      .onConflict((oc) => oc.columns(['staff_id', 'step_id']).doUpdateSet(values))
      .execute();
    await ctx.audit(trx, {
      action: 'pathway.signOff',
      entity: 'staff',
      entityId: input.staffId,
      outcome: 'success',
      detail: step.name,
    });
  });
  ctx.deps.events.publish('pathway.changed', { ids: [input.staffId] });
  return { staffId: input.staffId, stepId: input.stepId, signedOn: input.signedOn };
}
