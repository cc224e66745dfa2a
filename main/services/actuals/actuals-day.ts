import type { ActualLine, ActualsDay, MyActualsDay } from '@shared/domain/actuals/actuals';
import { flagVisit } from '@shared/domain/actuals/flags';
import type { HandlerContext } from '@main/rpc/context';
import { findClients } from '@main/services/clients/client-queries';
import { staffNames } from '@main/services/staff/staff-queries';
import { listPublishedVisitsBetween, type RotaVisitRow } from '../rota/rota-week-queries';
import { ownStaffId } from '../rota/my-week-service';
import { readActualsSettings } from './actuals-settings';
import { actualKey, actualsBetween, toVisitActual } from './actuals-store';
import { wallClockNow } from './wall-clock';

/** Each worker's visit on a date (both seats of a double-up), planned beside actual, flagged at now. */
async function linesOn(
  ctx: HandlerContext,
  date: string,
  only: (visit: RotaVisitRow, staffId: string) => boolean,
): Promise<ActualLine[]> {
  const db = ctx.deps.db;
  const [visits, actuals, settings] = await Promise.all([
    listPublishedVisitsBetween(db, date, date),
    actualsBetween(db, date, date),
    readActualsSettings(db),
  ]);
  const seats = visits.flatMap((v) =>
    [v.worker1_id, v.worker2_id]
      .filter((id): id is string => id !== null && only(v, id))
      .map((staffId) => ({ v, staffId })),
  );
  const [names, clients] = await Promise.all([
    staffNames(
      db,
      seats.map((s) => s.staffId),
    ),
    findClients(db, [...new Set(seats.map((s) => s.v.client_id))]),
  ]);
  const clientNames = new Map(clients.map((c) => [c.id, `${c.preferred_name ?? c.given_name} ${c.family_name}`]));
  const now = wallClockNow(ctx);
  return seats.map(({ v, staffId }) => {
    const row = actuals.get(actualKey(v.iso_week, v.id, staffId));
    const actual = row ? toVisitActual(row) : null;
    const flagged = flagVisit(
      {
        date: v.date,
        plannedStartMinute: v.start_minute,
        plannedMinutes: v.duration_minutes,
        arrival: actual ? { date: actual.arrivalDate, minute: actual.arrivalMinute } : null,
        departure:
          actual && actual.departureDate !== null && actual.departureMinute !== null
            ? { date: actual.departureDate, minute: actual.departureMinute }
            : null,
        shortReason: actual?.shortReason ?? null,
      },
      settings,
      now,
    );
    return {
      isoWeek: v.iso_week,
      visitId: v.id,
      staffId,
      workerName: names.get(staffId) ?? 'Unknown worker',
      clientName: clientNames.get(v.client_id) ?? 'Unknown person',
      date: v.date,
      plannedStartMinute: v.start_minute,
      plannedMinutes: v.duration_minutes,
      actual,
      ...flagged,
    };
  });
}

/** A day's visits for the coordinator: every worker's, planned and actual, missed and late ones flagged. */
export async function actualsDay(ctx: HandlerContext, date: string): Promise<ActualsDay> {
  const now = wallClockNow(ctx);
  return {
    date,
    nowMinute: date === now.date ? now.minute : null,
    settings: await readActualsSettings(ctx.deps.db),
    lines: await linesOn(ctx, date, () => true),
  };
}

/** The signed-in worker's own visits on a date, and whether they may record times now (on the day only). */
export async function myActualsDay(ctx: HandlerContext, date: string): Promise<MyActualsDay> {
  const staffId = ownStaffId(ctx);
  return {
    date,
    canRecord: date === wallClockNow(ctx).date,
    lines: await linesOn(ctx, date, (_v, id) => id === staffId),
  };
}
