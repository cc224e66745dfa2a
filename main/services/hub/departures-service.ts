import { AppError } from '@shared/contract/errors';
import {
  RECORDED_DAYS_SHOWN,
  type DepartureRecord,
  type ForgottenDeparture,
  type ForgottenDepartures,
  type RecordDepartureInput,
} from '@shared/domain/hub/departures';
import { formatInstant, formatMinute, formatTimeOfInstant } from '@shared/domain/time/format';
import { addDays } from '@shared/domain/time/iso-week';
import { londonDate } from '@shared/domain/time/london';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { sweepHub } from './housekeeping';
import { londonInstant } from './london-time';
import { personOf, presenceQuery, type PresenceRow } from './presence-service';

// The hub signs out at closing whoever forgot to, so the fire list is true at night; the branch then records when
// each of them really left (or that nobody knows). The sign-in row keeps its closing time: the record sits beside it.

function departuresQuery(db: Kysely<Database>) {
  return presenceQuery(db)
    .leftJoin('hub_departure as d', 'd.presence_id', 'p.id')
    .select(['d.left_at', 'd.recorded_at', 'd.recorded_by'])
    .where('p.signed_out_how', '=', 'closing');
}

type DepartureRow = PresenceRow & { left_at: string | null; recorded_at: string | null; recorded_by: string | null };

function departureOf(row: DepartureRow): ForgottenDeparture {
  const person = personOf(row);
  const record: DepartureRecord | null =
    row.recorded_at === null
      ? null
      : { leftAt: row.left_at, recordedAt: row.recorded_at, recordedBy: row.recorded_by ?? '' };
  return {
    presenceId: row.id,
    date: row.date,
    name: person.name,
    kind: person.kind,
    organisationName: person.organisationName,
    spaceName: person.spaceName,
    signedInAt: row.signed_in_at,
    signedOutAtClosing: row.signed_out_at ?? row.signed_in_at,
    record,
  };
}

/** Everyone the hub signed out at closing still to record (oldest first), and those recorded lately (newest first). */
export async function forgottenDepartures(ctx: HandlerContext): Promise<ForgottenDepartures> {
  await sweepHub(ctx.deps);
  const since = addDays(londonDate(ctx.deps.clock.now()), -RECORDED_DAYS_SHOWN);
  const [toRecord, recorded] = await Promise.all([
    departuresQuery(ctx.deps.db).where('d.presence_id', 'is', null).orderBy('p.signed_in_at').execute(),
    departuresQuery(ctx.deps.db)
      .where('d.presence_id', 'is not', null)
      .where('p.date', '>=', since)
      .orderBy('p.signed_in_at', 'desc')
      .execute(),
  ]);
  return { toRecord: toRecord.map(departureOf), recorded: recorded.map(departureOf) };
}

async function departure(db: Kysely<Database>, presenceId: string): Promise<ForgottenDeparture | null> {
  const row = await presenceQuery(db)
    .leftJoin('hub_departure as d', 'd.presence_id', 'p.id')
    .select(['d.left_at', 'd.recorded_at', 'd.recorded_by'])
    .where('p.id', '=', presenceId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.signed_out_how !== 'closing')
    throw new AppError(
      'CONFLICT',
      `${personOf(row).name} was not signed out at closing, so there is no time to record for that sign-in.`,
    );
  return departureOf(row);
}

/** Record when someone the hub signed out at closing really left, once; a time must fall after they came in. */
export async function recordDeparture(
  ctx: HandlerContext,
  input: z.output<typeof RecordDepartureInput>,
): Promise<ForgottenDeparture> {
  const caller = ctx.requireCaller();
  const db = ctx.deps.db;
  const found = await departure(db, input.presenceId);
  if (!found) throw new AppError('NOT_FOUND', 'That sign-in does not exist.');
  if (found.record)
    throw new AppError(
      'CONFLICT',
      `When ${found.name} left was already recorded by ${found.record.recordedBy} (${formatInstant(
        found.record.recordedAt,
      )}).`,
    );
  const now = ctx.deps.clock.now();
  const leftAt = input.leftMinute === null ? null : londonInstant(found.date, input.leftMinute);
  if (leftAt !== null && leftAt.getTime() <= Date.parse(found.signedInAt))
    throw AppError.field(
      ['leftMinute'],
      `${found.name} came in at ${formatTimeOfInstant(found.signedInAt)}: enter a later time`,
    );
  if (leftAt !== null && leftAt.getTime() > now.getTime())
    throw AppError.field(['leftMinute'], 'That time has not come yet: enter the time they left');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('hub_departure')
      .values({
        presence_id: input.presenceId,
        left_at: leftAt?.toISOString() ?? null,
        recorded_at: now.toISOString(),
        recorded_by: caller.displayName,
      })
      .execute();
    await ctx.audit(trx, {
      action: 'hub.recordDeparture',
      entity: 'hub_presence',
      entityId: input.presenceId,
      outcome: 'success',
      detail: input.leftMinute === null ? 'time left not known' : `left at ${formatMinute(input.leftMinute)}`,
    });
  });
  ctx.deps.events.publish('hub.changed', { ids: [input.presenceId] });
  const recorded = await departure(db, input.presenceId);
  if (!recorded) throw new AppError('NOT_FOUND', 'That sign-in does not exist.');
  return recorded;
}
