import type { GeoPoint, RuleSettings, TravelMode } from './instance';

/** A place the travel function can reach: an id (for recorded times) and a point. */
export interface TravelPlace {
  id: string;
  point: GeoPoint;
}

/** Key of a recorded travel time in the lookup map. */
export function recordedTravelKey(fromId: string, toId: string, mode: TravelMode): string {
  return `${fromId}|${toId}|${mode}`;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * THE travel time between two places in whole minutes: a recorded actual time wins (either direction);
 * otherwise straight-line distance × detour ÷ mode speed, rounded up, at least the minimum.
 * The same place costs nothing.
 */
export function travelMinutes(
  settings: Pick<RuleSettings, 'detourFactor' | 'speedsKmh' | 'minTravelMinutes'>,
  from: TravelPlace,
  to: TravelPlace,
  mode: TravelMode,
  recorded?: ReadonlyMap<string, number>,
): number {
  if (from.id === to.id) return 0;
  const actual =
    recorded?.get(recordedTravelKey(from.id, to.id, mode)) ?? recorded?.get(recordedTravelKey(to.id, from.id, mode));
  if (actual !== undefined) return actual;
  const km = haversineKm(from.point, to.point) * settings.detourFactor;
  // The epsilon keeps float noise (e.g. 6.0000000001) from adding a whole minute.
  const minutes = Math.ceil((km / settings.speedsKmh[mode]) * 60 - 1e-9);
  return Math.max(settings.minTravelMinutes, minutes);
}

/** Build the recorded-time lookup from an instance's list. */
export function recordedTravelMap(
  list: readonly { fromId: string; toId: string; mode: TravelMode; minutes: number }[],
): Map<string, number> {
  return new Map(list.map((r) => [recordedTravelKey(r.fromId, r.toId, r.mode), r.minutes]));
}
