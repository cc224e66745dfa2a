import { AppError } from '@shared/contract/errors';
import type {
  NeighbourhoodMap,
  RecordTravelInput,
  TeamTravelReview,
  TravelPair,
} from '@shared/domain/availability/travel';
import { TravelMode } from '@shared/domain/rota/instance';
import { haversineKm, travelMinutes } from '@shared/domain/rota/travel';
import type { HandlerContext } from '@main/rpc/context';
import { callerAccess } from '../clients/client-access';
import { findClient } from '../clients/client-queries';
import { CARE_ROLES, findTravelProfile } from '../availability/availability-service';
import { readRuleSettings } from './rule-settings';

/** How many neighbouring people a travel review lists (the nearest ones the team also visits). */
const REVIEW_NEIGHBOURS = 15;

type ModeMinutes = Record<TravelMode, number>;

/**
 * Travel between a person and the other people their team also visits, nearest first: the estimate for every
 * mode from THE travel function, and any recorded time (which wins) so a coordinator can review and correct.
 */
export async function teamTravel(ctx: HandlerContext, clientId: string): Promise<TeamTravelReview> {
  const db = ctx.deps.db;
  const self = await findClient(db, clientId);
  if (!self) throw new AppError('NOT_FOUND', 'That person is not on record.');
  const others = await db
    .selectFrom('client as c')
    .select(['c.id', 'c.given_name', 'c.family_name', 'c.lat', 'c.lon'])
    .where('c.id', '<>', clientId)
    .where('c.status', '<>', 'ended')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('client_team_member as a')
          .innerJoin('client_team_member as b', 'b.staff_id', 'a.staff_id')
          .select('a.staff_id')
          .whereRef('a.client_id', '=', 'c.id')
          .where('b.client_id', '=', clientId),
      ),
    )
    .execute();
  const settings = await readRuleSettings(db);
  const from = { id: self.id, point: { lat: self.lat, lon: self.lon } };
  const nearest = others
    .map((o) => ({ o, km: haversineKm(from.point, { lat: o.lat, lon: o.lon }) }))
    .sort((a, b) => a.km - b.km || a.o.id.localeCompare(b.o.id))
    .slice(0, REVIEW_NEIGHBOURS);
  const ids = nearest.map((n) => n.o.id);
  const recordedRows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('travel_recorded')
          .selectAll()
          .where((eb) =>
            eb.or([
              eb.and([eb('from_id', '=', clientId), eb('to_id', 'in', ids)]),
              eb.and([eb('to_id', '=', clientId), eb('from_id', 'in', ids)]),
            ]),
          )
          .execute();
  const pairs: TravelPair[] = nearest.map(({ o, km }) => {
    const to = { id: o.id, point: { lat: o.lat, lon: o.lon } };
    const estimated = {} as ModeMinutes;
    const recorded = {} as Record<TravelMode, number | null>;
    for (const mode of TravelMode.options) {
      estimated[mode] = travelMinutes(settings, from, to, mode);
      // Recorded times apply in either direction, as in the travel function.
      const hit = recordedRows.find(
        (r) =>
          r.mode === mode &&
          ((r.from_id === clientId && r.to_id === o.id) || (r.to_id === clientId && r.from_id === o.id)),
      );
      recorded[mode] = hit ? hit.minutes : null;
    }
    return {
      fromId: clientId,
      fromName: `${self.given_name} ${self.family_name}`,
      toId: o.id,
      toName: `${o.given_name} ${o.family_name}`,
      km: Math.round(km * 100) / 100,
      estimated,
      recorded,
    };
  });
  return { clientId, pairs };
}

/** Record (or clear) an actual travel time; stored one way and looked up both ways. */
export async function recordTravel(ctx: HandlerContext, input: RecordTravelInput): Promise<{ ok: true }> {
  const db = ctx.deps.db;
  if (input.fromId === input.toId) throw AppError.field(['toId'], 'Choose two different places');
  for (const [field, id] of [
    ['fromId', input.fromId],
    ['toId', input.toId],
  ] as const) {
    const place = (await findClient(db, id)) ?? (await findTravelProfile(db, id));
    if (!place) throw AppError.field([field], 'That place is not a person’s home or a worker’s home on record');
  }
  const access = callerAccess(ctx);
  await db.transaction().execute(async (trx) => {
    // One row per unordered pair and mode: drop either direction, then write this one.
    await trx
      .deleteFrom('travel_recorded')
      .where('mode', '=', input.mode)
      .where((eb) =>
        eb.or([
          eb.and([eb('from_id', '=', input.fromId), eb('to_id', '=', input.toId)]),
          eb.and([eb('from_id', '=', input.toId), eb('to_id', '=', input.fromId)]),
        ]),
      )
      .execute();
    if (input.minutes !== null) {
      await trx
        .insertInto('travel_recorded')
        .values({
          from_id: input.fromId,
          to_id: input.toId,
          mode: input.mode,
          minutes: input.minutes,
          recorded_by: access.actor,
          recorded_at: ctx.deps.clock.now().toISOString(),
        })
        .execute();
    }
    await ctx.audit(trx, {
      action: 'clients.recordTravel',
      entity: 'travel',
      entityId: `${input.fromId}|${input.toId}`,
      outcome: 'success',
      detail: input.minutes === null ? `${input.mode} cleared` : `${input.mode} ${input.minutes} min`,
    });
  });
  ctx.deps.events.publish('clients.changed', { ids: [input.fromId, input.toId] });
  return { ok: true };
}

/** People (not ended) and care workers with a home location, for the neighbourhood plot. */
export async function neighbourhoodMap(ctx: HandlerContext): Promise<NeighbourhoodMap> {
  const db = ctx.deps.db;
  const [people, workers] = await Promise.all([
    db
      .selectFrom('client as c')
      .select(['c.id', 'c.given_name', 'c.family_name', 'c.lat', 'c.lon', 'c.postcode', 'c.status'])
      .select((eb) =>
        eb
          .selectFrom('client_team_member as t')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('t.client_id', '=', 'c.id')
          .as('team'),
      )
      .where('c.status', '<>', 'ended')
      .execute(),
    db
      .selectFrom('worker_travel_profile as p')
      .innerJoin('staff as s', 's.id', 'p.staff_id')
      .select([
        's.id',
        's.given_name',
        's.family_name',
        's.preferred_name',
        'p.home_lat',
        'p.home_lon',
        'p.travel_mode',
      ])
      .where('s.status', '=', 'active')
      .where('s.job_role', 'in', CARE_ROLES)
      .execute(),
  ]);
  return {
    points: [
      ...people.map((p) => ({
        id: p.id,
        kind: 'person' as const,
        label: `${p.given_name} ${p.family_name}`,
        lat: p.lat,
        lon: p.lon,
        detail: `${p.postcode} · team of ${Number(p.team ?? 0)}${p.status === 'paused' ? ' · paused' : ''}`,
      })),
      ...workers.map((w) => ({
        id: w.id,
        kind: 'worker' as const,
        label: `${w.preferred_name ?? w.given_name} ${w.family_name}`,
        lat: w.home_lat,
        lon: w.home_lon,
        detail: w.travel_mode.replace('_', ' '),
      })),
    ],
  };
}
