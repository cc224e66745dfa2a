import { describe, expect, it } from 'vitest';
import { RuleSettings } from '@shared/domain/rota/instance';
import { haversineKm, recordedTravelMap, travelMinutes } from '@shared/domain/rota/travel';

const settings = RuleSettings.parse({});
const a = { id: 'a', point: { lat: 51.45, lon: -0.01 } };
const b = { id: 'b', point: { lat: 51.459, lon: -0.01 } };

describe('travel time', () => {
  it('is distance × 1.3 ÷ mode speed, rounded up to whole minutes', () => {
    const km = haversineKm(a.point, b.point);
    expect(km).toBeCloseTo(1.0008, 3);
    expect(travelMinutes(settings, a, b, 'walk')).toBe(Math.ceil(((km * 1.3) / 4.5) * 60));
    expect(travelMinutes(settings, a, b, 'walk')).toBe(18);
    expect(travelMinutes(settings, a, b, 'cycle')).toBe(7);
    expect(travelMinutes(settings, a, b, 'car')).toBe(4);
  });

  it('is at least the minimum, and zero at the same place', () => {
    const near = { id: 'n', point: { lat: 51.4501, lon: -0.01 } };
    expect(travelMinutes(settings, a, near, 'car')).toBe(2);
    expect(travelMinutes(settings, a, a, 'walk')).toBe(0);
  });

  it('uses a recorded actual time for that pair and mode, either way round', () => {
    const rec = recordedTravelMap([{ fromId: 'a', toId: 'b', mode: 'walk', minutes: 9 }]);
    expect(travelMinutes(settings, a, b, 'walk', rec)).toBe(9);
    expect(travelMinutes(settings, b, a, 'walk', rec)).toBe(9);
    expect(travelMinutes(settings, a, b, 'cycle', rec)).toBe(7);
  });

  it('reads its numbers from the settings', () => {
    const slow = RuleSettings.parse({
      detourFactor: 2,
      speedsKmh: { walk: 3, cycle: 12, public_transport: 12, car: 20 },
      minTravelMinutes: 5,
    });
    expect(travelMinutes(slow, a, b, 'walk')).toBe(Math.ceil(((haversineKm(a.point, b.point) * 2) / 3) * 60));
    expect(travelMinutes(slow, a, b, 'car')).toBe(7);
  });
});
