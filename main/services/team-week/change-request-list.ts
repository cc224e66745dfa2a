import type { ChangeRequest, RequestShift, RequestVisit } from '@shared/domain/team-week/team-changes';
import type { HandlerContext } from '@main/rpc/context';
import { findWeek, listVisits } from '@main/services/rota/rota-week-queries';
import { findClients } from '@main/services/clients/client-queries';
import { staffNames } from '@main/services/staff/staff-queries';
import { askedVisitsByRequest } from './shift-swap-records';
import type { AskedVisit } from './team-change-rules';

/**
 * The swaps and give-ups of a week, newest first: a worker sees those they asked for or were asked; coordinators and
 * managers see all of them.
 */
export async function listChangeRequests(ctx: HandlerContext, isoWeek: string): Promise<ChangeRequest[]> {
  const caller = ctx.requireCaller();
  const privileged = caller.roles.includes('manager') || caller.roles.includes('coordinator');
  const db = ctx.deps.db;
  if (!(await findWeek(db, isoWeek))) return [];
  let q = db.selectFrom('rota_change_request').selectAll().where('iso_week', '=', isoWeek);
  if (!privileged) {
    const me = caller.staffId ?? '';
    q = q.where((eb) => eb.or([eb('from_staff_id', '=', me), eb('to_staff_id', '=', me)]));
  }
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  if (rows.length === 0) return [];
  const visits = new Map((await listVisits(db, isoWeek)).map((v) => [v.id, v]));
  const clients = new Map(
    (await findClients(db, [...new Set([...visits.values()].map((v) => v.client_id))])).map((c) => [c.id, c]),
  );
  const names = await staffNames(
    db,
    rows.flatMap((r) => [r.from_staff_id, r.to_staff_id].filter((x): x is string => x !== null)),
  );
  const visitOf = (id: string): RequestVisit => {
    const v = visits.get(id);
    const c = v ? clients.get(v.client_id) : undefined;
    return {
      visitId: id,
      date: v?.date ?? '',
      startMinute: v?.start_minute ?? 0,
      durationMinutes: v?.duration_minutes ?? 0,
      person: c ? `${c.preferred_name ?? c.given_name} ${c.family_name}` : 'a person',
    };
  };
  const asked = await askedVisitsByRequest(
    db,
    rows.filter((r) => r.kind === 'swap_shift').map((r) => r.id),
  );
  // A shift as it was asked about (its day, starts and lengths then), with each visit's person.
  const shiftOf = (visits: readonly AskedVisit[]): RequestShift | null => {
    const first = visits[0];
    if (!first) return null;
    return {
      date: first.date,
      visits: visits.map((a) => ({
        ...visitOf(a.visitId),
        date: a.date,
        startMinute: a.startMinute,
        durationMinutes: a.durationMinutes,
      })),
      minutes: visits.reduce((sum, a) => sum + a.durationMinutes, 0),
    };
  };
  return rows.map((r) => ({
    id: r.id,
    isoWeek: r.iso_week,
    kind: r.kind,
    status: r.status,
    visit: visitOf(r.visit_id),
    otherVisit: r.other_visit_id === null ? null : visitOf(r.other_visit_id),
    shift: shiftOf((asked.get(r.id) ?? []).filter((a) => a.staffId === r.from_staff_id)),
    otherShift: shiftOf((asked.get(r.id) ?? []).filter((a) => a.staffId === r.to_staff_id)),
    fromName: names.get(r.from_staff_id) ?? 'A colleague',
    toName: r.to_staff_id === null ? null : (names.get(r.to_staff_id) ?? 'A colleague'),
    reason: r.reason,
    sickness: r.sickness === 1,
    awaitingYou: r.status === 'proposed' && r.to_staff_id !== null && r.to_staff_id === caller.staffId,
    note: r.note,
  }));
}
