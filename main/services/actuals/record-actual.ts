import { AppError, type Issue } from '@shared/contract/errors';
import { SHORT_REASON_LABELS, type RecordActualInput } from '@shared/domain/actuals/actuals';
import { LENGTH_TOLERANCE_MINUTES, minutesBetween, type WallClock } from '@shared/domain/actuals/flags';
import { checkActualTimes } from '@shared/domain/actuals/time-checks';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { z } from 'zod';
import type { HandlerContext } from '@main/rpc/context';
import { findVisitWithStatus } from '../rota/rota-week-queries';
import { isOffice } from './actuals-access';
import { wallClockNow } from './wall-clock';
import { actualKey, findActual, toVisitActual, upsertActuals } from './actuals-store';
import type { VisitActual } from '@shared/domain/actuals/actuals';

type Input = z.output<typeof RecordActualInput>;

const refuse = (issues: Issue[]) => new AppError('VALIDATION', issues.map((i) => i.message).join('. '), { issues });

/**
 * Record one worker's actual arrival and departure at a visit of a published week. A worker records their own, on
 * the visit's day (at the hub or later that day), and cannot overwrite what the office or call monitoring recorded;
 * the office records anyone's, any day. Nobody records a time still to come. A visit shorter than agreed needs a
 * reason from the fixed list (and is flagged to the coordinator); one longer needs a note saying why.
 */
export async function recordActual(ctx: HandlerContext, input: Input): Promise<VisitActual> {
  const caller = ctx.requireCaller();
  const office = isOffice(caller.roles);
  const staffId = input.staffId ?? caller.staffId;
  if (staffId === null) throw AppError.field(['staffId'], 'Choose the worker whose times these are');
  if (!office && staffId !== caller.staffId)
    throw new AppError('FORBIDDEN', 'You can record the times of your own visits only.');
  const visit = await findVisitWithStatus(ctx.deps.db, input.isoWeek, input.visitId);
  if (!visit || visit.status !== 'published' || (visit.worker1_id !== staffId && visit.worker2_id !== staffId))
    throw AppError.field(['visitId'], 'That visit is not on this worker’s published rota');
  const now = ctx.deps.clock.now();
  const nowClock = wallClockNow(ctx);
  if (!office && visit.date !== nowClock.date)
    throw AppError.field(
      ['visitId'],
      `You can record a visit’s times on its own day only (${formatDate(visit.date)}): ask your coordinator`,
    );

  const arrival: WallClock = { date: input.arrivalDate, minute: input.arrivalMinute };
  const issues: Issue[] = [];
  if ((input.departureDate === null) !== (input.departureMinute === null))
    issues.push({
      path: ['departureMinute'],
      message: 'Enter both the date and the time of the departure, or neither',
    });
  const departure: WallClock | null =
    input.departureDate === null || input.departureMinute === null
      ? null
      : { date: input.departureDate, minute: input.departureMinute };
  for (const p of checkActualTimes({ date: visit.date, minute: visit.start_minute }, arrival, departure))
    issues.push({ path: [p.field === 'arrival' ? 'arrivalDate' : 'departureMinute'], message: p.message });
  if (minutesBetween(nowClock, arrival) > 0)
    issues.push({ path: ['arrivalMinute'], message: 'The arrival cannot be later than now' });
  if (departure !== null && minutesBetween(nowClock, departure) > 0)
    issues.push({ path: ['departureMinute'], message: 'The departure cannot be later than now' });
  if (issues.length === 0 && departure !== null) {
    const length = minutesBetween(arrival, departure);
    const shorter = length < visit.duration_minutes - LENGTH_TOLERANCE_MINUTES;
    const longer = length > visit.duration_minutes + LENGTH_TOLERANCE_MINUTES;
    if (shorter && input.shortReason === null)
      issues.push({
        path: ['shortReason'],
        message: `The visit was shorter than the ${visit.duration_minutes} minutes agreed: choose why`,
      });
    if (!shorter && input.shortReason !== null)
      issues.push({
        path: ['shortReason'],
        message: 'Only give a reason from the list for a visit shorter than agreed',
      });
    if (longer && input.note === null)
      issues.push({
        path: ['note'],
        message: `The visit was longer than the ${visit.duration_minutes} minutes agreed: say why`,
      });
  }
  if (issues.length > 0) throw refuse(issues);

  const key = actualKey(visit.iso_week, visit.id, staffId);
  const row = {
    iso_week: visit.iso_week,
    visit_id: visit.id,
    staff_id: staffId,
    client_id: visit.client_id,
    planned_date: visit.date,
    planned_start_minute: visit.start_minute,
    planned_duration_minutes: visit.duration_minutes,
    arrival_date: arrival.date,
    arrival_minute: arrival.minute,
    departure_date: departure?.date ?? null,
    departure_minute: departure?.minute ?? null,
    short_reason: input.shortReason,
    note: input.note,
    source: office ? ('coordinator' as const) : ('worker' as const),
    import_id: null,
    recorded_by: caller.username,
    recorded_at: now.toISOString(),
  };
  await ctx.deps.db.transaction().execute(async (trx) => {
    const existing = await findActual(trx, visit.iso_week, visit.id, staffId);
    if (!office && existing && existing.source !== 'worker')
      throw new AppError(
        'CONFLICT',
        'The office has already recorded this visit’s times: ask your coordinator to change them.',
      );
    await upsertActuals(trx, [row]);
    const left = departure ? `, left ${formatMinute(departure.minute)}` : '';
    const times = `arrived ${formatMinute(arrival.minute)}${left}`;
    const reason = input.shortReason === null ? '' : ` (${SHORT_REASON_LABELS[input.shortReason]})`;
    await ctx.audit(trx, {
      action: 'actuals.record',
      entity: 'visit_actual',
      entityId: key,
      outcome: 'success',
      detail: `${existing ? 'changed' : 'recorded'} ${visit.date} ${times}${reason} as ${row.source}`,
    });
  });
  return toVisitActual(row);
}
