import { AppError } from '@shared/contract/errors';
import type { FileOut, MyVisit, MyWeek, VisitsDuring } from '@shared/domain/rota-board/board';
import { offsetAt } from '@shared/domain/rota/time';
import { weekDays } from '@main/rota/week-days';
import type { HandlerContext } from '@main/rpc/context';
import { findClient, findClients } from '@main/services/clients/client-queries';
import { findStaff, staffNames } from '@main/services/staff/staff-queries';
import { writeIcs } from './ics';
import { renderTablePdf, toBase64 } from './pdf';
import { findWeek, listWorkerVisits, listWorkerVisitsBetween } from './rota-week-queries';
import { formatDate, formatMinute, formatWeek, formatWeekInSentence } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';

/** A worker's visits in a week; `publishedOnly` for what the worker themself may see. */
export async function workerWeek(
  ctx: HandlerContext,
  isoWeek: string,
  staffId: string,
  publishedOnly: boolean,
): Promise<MyWeek> {
  const db = ctx.deps.db;
  const staff = await findStaff(db, staffId);
  if (!staff) throw new AppError('NOT_FOUND', 'That worker is not on record.');
  const name = `${staff.preferred_name ?? staff.given_name} ${staff.family_name}`;
  const week = await findWeek(db, isoWeek);
  const published = week?.status === 'published';
  if (!week || (publishedOnly && !published)) return { isoWeek, published, staffId, name, visits: [] };
  const rows = await listWorkerVisits(db, isoWeek, staffId);
  const clientIds = [...new Set(rows.map((r) => r.client_id))];
  const clients = await findClients(db, clientIds);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const names = await staffNames(
    db,
    rows.flatMap((r) => [r.worker1_id, r.worker2_id].filter((x): x is string => x !== null && x !== staffId)),
  );
  const visits: MyVisit[] = rows.map((r) => {
    const c = byId.get(r.client_id);
    return {
      visitId: r.id,
      date: r.date,
      startMinute: r.start_minute,
      durationMinutes: r.duration_minutes,
      clientName: c ? `${c.given_name} ${c.family_name}` : 'Unknown person',
      address: c ? `${c.address_line1}, ${c.town} ${c.postcode}` : '',
      purpose: r.purpose,
      coWorkerNames: [r.worker1_id, r.worker2_id]
        .filter((x): x is string => x !== null && x !== staffId)
        .map((id) => names.get(id) ?? id),
    };
  });
  return { isoWeek, published, staffId, name, visits };
}

/** The caller's own staff record, or FORBIDDEN for an account without one. */
export function ownStaffId(ctx: HandlerContext): string {
  const caller = ctx.requireCaller();
  if (caller.staffId === null)
    throw new AppError('FORBIDDEN', 'Your account is not linked to a staff record, so there is no rota of your own.');
  return caller.staffId;
}

/** The signed-in worker's published week. */
export function myWeek(ctx: HandlerContext, isoWeek: string): Promise<MyWeek> {
  return workerWeek(ctx, isoWeek, ownStaffId(ctx), true);
}

/**
 * The signed-in worker's published week as an .ics calendar (UTC times, so phones place them right across clock
 * changes).
 */
export async function myWeekIcs(ctx: HandlerContext, isoWeek: string): Promise<FileOut> {
  const week = await myWeek(ctx, isoWeek);
  if (!week.published) throw new AppError('CONFLICT', `The ${formatWeekInSentence(isoWeek)} is not published yet.`);
  const days = weekDays(isoWeek, 'Europe/London');
  const toUtc = (date: string, minute: number): number => {
    const day = days.find((d) => d.date === date);
    const offset = day ? offsetAt(day, minute) : 0;
    return Date.parse(`${date}T00:00:00Z`) + (minute - offset) * 60_000;
  };
  const text = writeIcs(
    `Rota, ${formatWeek(isoWeek)} - ${week.name}`,
    week.visits.map((v) => ({
      uid: `${v.visitId}@neighbourhood-hub`,
      startUtcMs: toUtc(v.date, v.startMinute),
      endUtcMs: toUtc(v.date, v.startMinute + v.durationMinutes),
      summary: `Visit: ${v.clientName}`,
      location: v.address,
      description: [v.purpose, v.coWorkerNames.length > 0 ? `With ${v.coWorkerNames.join(', ')}` : '']
        .filter((x) => x !== '')
        .join('\n'),
    })),
    ctx.deps.clock.now().getTime(),
  );
  return {
    filename: `rota-${isoWeek}.ics`,
    mediaType: 'text/calendar',
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** A worker's week as an A4 PDF. A worker may print only their own published week. */
export async function printWorkerWeek(ctx: HandlerContext, isoWeek: string, staffId: string): Promise<FileOut> {
  const caller = ctx.requireCaller();
  const privileged = caller.roles.includes('manager') || caller.roles.includes('coordinator');
  if (!privileged && caller.staffId !== staffId) throw new AppError('FORBIDDEN', 'You can only print your own rota.');
  const week = await workerWeek(ctx, isoWeek, staffId, !privileged);
  const total = week.visits.reduce((a, v) => a + v.durationMinutes, 0);
  const bytes = await renderTablePdf({
    title: `Rota for ${week.name}`,
    subtitle: [
      `${formatWeek(isoWeek)}${week.published ? '' : ' (draft, not yet published)'}`,
      `${week.visits.length} visits, ${Math.floor(total / 60)} h ${total % 60} min of visits`,
    ],
    columns: [
      { header: 'Day', width: 3 },
      { header: 'Time', width: 2 },
      { header: 'Person', width: 3 },
      { header: 'Address', width: 4 },
      { header: 'With', width: 2.5 },
    ],
    rows: week.visits.map((v) => [
      formatDate(v.date),
      `${formatMinute(v.startMinute)}-${formatMinute(v.startMinute + v.durationMinutes)}`,
      v.clientName,
      v.address,
      v.coWorkerNames.join(', '),
    ]),
    empty: 'No visits this week.',
    footer: `Neighbourhood Hub - printed ${formatDate(londonDate(ctx.deps.clock.now()))}`,
  });
  return {
    filename: `rota-${isoWeek}-${week.name.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
    mediaType: 'application/pdf',
    base64: toBase64(bytes),
  };
}

/** A person's week (who is coming when) as an A4 PDF for them. */
export async function printPersonWeek(ctx: HandlerContext, isoWeek: string, clientId: string): Promise<FileOut> {
  const db = ctx.deps.db;
  const client = await findClient(db, clientId);
  if (!client) throw new AppError('NOT_FOUND', 'That person is not on record.');
  const week = await findWeek(db, isoWeek);
  const rows = week
    ? await db
        .selectFrom('rota_visit')
        .selectAll()
        .where('iso_week', '=', isoWeek)
        .where('client_id', '=', clientId)
        .orderBy('date')
        .orderBy('start_minute')
        .execute()
    : [];
  const names = await staffNames(
    db,
    rows.flatMap((r) => [r.worker1_id, r.worker2_id].filter((x): x is string => x !== null)),
  );
  const bytes = await renderTablePdf({
    title: `Your visits, ${client.addressed_as}`,
    subtitle: [
      `${client.given_name} ${client.family_name} - ${formatWeekInSentence(isoWeek)}` +
        `${week?.status === 'published' ? '' : ' (draft)'}`,
      'Who is coming when. If anything changes we will tell you.',
    ],
    columns: [
      { header: 'Day', width: 3 },
      { header: 'Time', width: 2 },
      { header: 'For', width: 4 },
      { header: 'Who is coming', width: 4 },
    ],
    rows: rows.map((r) => {
      const who = [r.worker1_id, r.worker2_id].filter((x): x is string => x !== null).map((id) => names.get(id) ?? id);
      return [
        formatDate(r.date),
        `${formatMinute(r.start_minute)}-${formatMinute(r.start_minute + r.duration_minutes)}`,
        r.purpose,
        who.length > 0 ? who.join(' and ') : 'To be confirmed',
      ];
    }),
    empty: 'No visits planned this week.',
    footer: `Neighbourhood Hub - printed ${formatDate(londonDate(ctx.deps.clock.now()))}`,
  });
  return {
    filename: `visits-${isoWeek}-${client.family_name.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
    mediaType: 'application/pdf',
    base64: toBase64(bytes),
  };
}

/** A worker's planned visits between two dates: how many (and how many already published), in which weeks. */
export async function visitsDuring(
  ctx: HandlerContext,
  input: { staffId: string; from: string; to: string | null },
): Promise<VisitsDuring> {
  const rows = await listWorkerVisitsBetween(ctx.deps.db, input.staffId, input.from, input.to);
  return {
    visits: rows.length,
    publishedVisits: rows.filter((r) => r.status === 'published').length,
    isoWeeks: [...new Set(rows.map((r) => r.iso_week))],
  };
}
