import { AppError } from '@shared/contract/errors';
import type { OpenEcmRows, ResolveEcmRowInput, UnmatchedEcmRow } from '@shared/domain/actuals/ecm-import';
import { checkActualTimes } from '@shared/domain/actuals/time-checks';
import { formatMinute } from '@shared/domain/time/format';
import type { z } from 'zod';
import type { Selectable } from 'kysely';
import type { ActualImportRowTable } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { findClients } from '@main/services/clients/client-queries';
import { staffNames } from '@main/services/staff/staff-queries';
import { findVisitWithStatus, listPublishedVisitsBetween } from '../rota/rota-week-queries';
import { actualKey, upsertActuals } from './actuals-store';

type Input = z.output<typeof ResolveEcmRowInput>;

function toUnmatched(r: Selectable<ActualImportRowTable>): UnmatchedEcmRow {
  return {
    id: r.id,
    line: r.line,
    workerRef: r.worker_ref,
    personName: r.person_name,
    visitDate: r.planned_date,
    plannedStartMinute: r.planned_start_minute,
    arrivalDate: r.arrival_date,
    arrivalMinute: r.arrival_minute,
    departureDate: r.departure_date,
    departureMinute: r.departure_minute,
    reason: r.reason,
  };
}

/** Call monitoring rows still to resolve, oldest first, each with that day's visits it could be attached to. */
export async function openEcmRows(ctx: HandlerContext): Promise<OpenEcmRows> {
  const db = ctx.deps.db;
  const rows = await db
    .selectFrom('actual_import_row')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('planned_date')
    .orderBy('line')
    .limit(500)
    .execute();
  const dates = rows.map((r) => r.planned_date).sort();
  const visits =
    rows.length === 0 ? [] : await listPublishedVisitsBetween(db, dates[0] ?? '', dates[dates.length - 1] ?? '');
  const seats = visits.flatMap((v) =>
    [v.worker1_id, v.worker2_id].filter((id): id is string => id !== null).map((staffId) => ({ v, staffId })),
  );
  const [names, clients] = await Promise.all([
    staffNames(
      db,
      seats.map((s) => s.staffId),
    ),
    findClients(db, [...new Set(visits.map((v) => v.client_id))]),
  ]);
  const clientNames = new Map(clients.map((c) => [c.id, `${c.given_name} ${c.family_name}`]));
  return {
    rows: rows.map((r) => ({
      ...toUnmatched(r),
      candidates: seats
        .filter((s) => s.v.date === r.planned_date)
        .map((s) => ({
          isoWeek: s.v.iso_week,
          visitId: s.v.id,
          staffId: s.staffId,
          label:
            `${formatMinute(s.v.start_minute)} ${names.get(s.staffId) ?? 'Unknown worker'} to ` +
            `${clientNames.get(s.v.client_id) ?? 'Unknown person'}`,
        })),
    })),
  };
}

/**
 * Resolve an unmatched call monitoring row: attach its times to a worker's visit that day (checked as any recorded
 * time is), or set it aside with a reason. Either is audited; a row already resolved is refused.
 */
export async function resolveEcmRow(ctx: HandlerContext, input: Input): Promise<{ id: string }> {
  const caller = ctx.requireCaller();
  const at = ctx.deps.clock.now().toISOString();
  await ctx.deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('actual_import_row').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'That call monitoring row is not on record.');
    if (row.status !== 'open') throw new AppError('CONFLICT', 'That row has already been resolved.');
    let detail = `line ${row.line} set aside: ${input.action === 'set_aside' ? input.note : ''}`;
    if (input.action === 'attach') {
      const visit = await findVisitWithStatus(trx, input.isoWeek, input.visitId);
      if (!visit || visit.status !== 'published' || visit.date !== row.planned_date)
        throw AppError.field(['visitId'], 'Choose a visit on the published rota that day');
      if (visit.worker1_id !== input.staffId && visit.worker2_id !== input.staffId)
        throw AppError.field(['staffId'], 'That worker is not on that visit');
      const arrival = { date: row.arrival_date, minute: row.arrival_minute };
      const departure =
        row.departure_date === null || row.departure_minute === null
          ? null
          : { date: row.departure_date, minute: row.departure_minute };
      const problem = checkActualTimes({ date: visit.date, minute: visit.start_minute }, arrival, departure)[0];
      if (problem) throw AppError.field(['visitId'], `${problem.message}: choose another visit or set the row aside`);
      await upsertActuals(trx, [
        {
          iso_week: visit.iso_week,
          visit_id: visit.id,
          staff_id: input.staffId,
          client_id: visit.client_id,
          planned_date: visit.date,
          planned_start_minute: visit.start_minute,
          planned_duration_minutes: visit.duration_minutes,
          arrival_date: arrival.date,
          arrival_minute: arrival.minute,
          departure_date: departure?.date ?? null,
          departure_minute: departure?.minute ?? null,
          short_reason: null,
          note: null,
          source: 'call_monitoring',
          import_id: row.import_id,
          recorded_by: caller.username,
          recorded_at: at,
        },
      ]);
      detail = `line ${row.line} attached to ${actualKey(visit.iso_week, visit.id, input.staffId)}`;
    }
    await trx
      .updateTable('actual_import_row')
      .set({
        status: input.action === 'attach' ? 'attached' : 'set_aside',
        resolved_by: caller.username,
        resolved_at: at,
        resolution_note: input.action === 'set_aside' ? input.note : null,
      })
      .where('id', '=', row.id)
      .execute();
    await ctx.audit(trx, {
      action: 'actuals.resolveCallMonitoringRow',
      entity: 'actual_import_row',
      entityId: row.id,
      outcome: 'success',
      detail: detail.slice(0, 300),
    });
  });
  return { id: input.id };
}
