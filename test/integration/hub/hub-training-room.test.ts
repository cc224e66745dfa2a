import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '@main/rpc/handler-context';
import { saveCourse, saveProvider } from '@main/services/training/catalogue-service';
import { openHubBed, type HubBed } from '@test/fixtures/hub';

// The training room's visitor bookings and the training sessions held "in the hub's training room" are one calendar.
describe('the training room shared with training sessions', () => {
  let bed: HubBed;
  let courseId: string;
  beforeEach(async () => {
    bed = await openHubBed();
    const ctx = systemContext(bed.backend.deps, 'test');
    const provider = await saveProvider(ctx, null, { name: 'In house', kind: 'in_house', strand: null, contact: null });
    courseId = (
      await saveCourse(ctx, null, {
        name: 'Moving and handling',
        providerId: provider.id,
        ascwdsCategory: 21,
        strand: null,
        delivery: 'face_to_face',
        accredited: false,
        validityMonths: 12,
        countsCareCertificate: false,
        countsQualification: false,
        countsOtj: false,
        skills: [],
      })
    ).id;
  });
  afterEach(async () => {
    await bed.close();
  });

  const session = (date: string, startMinute: number, venue: 'hub_room' | 'online' = 'hub_room') => ({
    courseId,
    date,
    startMinute,
    durationMinutes: 180,
    venue,
    venueDetail: null,
    trainerName: null,
    capacity: 10,
  });

  it('blocks the room for visitors on the half-days a session takes, and frees them when it is cancelled', async () => {
    const trainer = await bed.as('trainer');
    const created = await trainer.ok('training.saveSession', { id: null, session: session('2026-11-25', 11 * 60) });
    const sam = await bed.as('sam.patel');
    const day = await sam.ok('hub.availability', { date: '2026-11-25' });
    expect(day.spaces.find((s) => s.spaceId === bed.trainingRoom.id)).toMatchObject({
      morning: 'training',
      afternoon: 'training',
    });
    const refused = await sam.call('hub.book', {
      spaceId: bed.trainingRoom.id,
      date: '2026-11-25',
      period: 'afternoon',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await trainer.ok('training.cancelSession', { id: created.id });
    await sam.ok('hub.book', { spaceId: bed.trainingRoom.id, date: '2026-11-25', period: 'afternoon' });
  });

  it('keeps the room blocked for visitors while any session in it still needs the half-day', async () => {
    const trainer = await bed.as('trainer');
    const first = await trainer.ok('training.saveSession', { id: null, session: session('2026-11-27', 9 * 60) });
    await trainer.ok('training.saveSession', { id: null, session: session('2026-11-27', 10 * 60) });
    await trainer.ok('training.cancelSession', { id: first.id });
    const sam = await bed.as('sam.patel');
    const day = await sam.ok('hub.availability', { date: '2026-11-27' });
    expect(day.spaces.find((s) => s.spaceId === bed.trainingRoom.id)).toMatchObject({
      morning: 'training',
      afternoon: 'free',
    });
  });

  it('refuses a session in the room a visitor has booked, naming the half-day; elsewhere it is fine', async () => {
    const sam = await bed.as('sam.patel');
    await sam.ok('hub.book', { spaceId: bed.trainingRoom.id, date: '2026-11-26', period: 'morning' });
    const trainer = await bed.as('trainer');
    const clash = await trainer.call('training.saveSession', { id: null, session: session('2026-11-26', 9 * 60) });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!clash.ok) expect(clash.error.message).toContain('the morning of Thu 26 Nov 2026');
    expect(await trainer.ok('training.listSessions', { from: '2026-11-26', to: '2026-11-26' })).toEqual([]);
    await trainer.ok('training.saveSession', { id: null, session: session('2026-11-26', 14 * 60) });
    await trainer.ok('training.saveSession', { id: null, session: session('2026-11-26', 9 * 60, 'online') });
  });
});
