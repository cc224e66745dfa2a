import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetToSignOut as forgetOnMonday, HUB_PASSWORD, openHubBed, type HubBed } from '@test/fixtures/hub';

// The bed's clock starts on Mon 23 Nov 2026 at 09:00 (GMT); the hub closes at 17:30.
describe('hub forgotten sign-outs: recording when people really left', () => {
  let bed: HubBed;
  beforeEach(async () => {
    bed = await openHubBed();
  });
  afterEach(async () => {
    await bed.close();
  });

  /** Sam (visitor) and Wes (staff) forget to sign out on Monday; on Tuesday at 10:00 the manager reads the list. */
  async function forgetToSignOut() {
    await forgetOnMonday(bed);
    const manager = await bed.as('manager');
    const list = await manager.ok('hub.forgottenDepartures', {});
    return { manager, list };
  }

  it('lists the people signed out at closing, oldest first, until their leaving time is recorded', async () => {
    const { manager, list } = await forgetToSignOut();
    expect(list.recorded).toEqual([]);
    expect(list.toRecord.map((d) => [d.name, d.kind, d.date, d.signedInAt, d.signedOutAtClosing, d.record])).toEqual([
      ['Sam Patel', 'visitor', '2026-11-23', '2026-11-23T09:00:00.000Z', '2026-11-23T17:30:00.000Z', null],
      ['Wes Lowe', 'staff', '2026-11-23', '2026-11-23T09:40:00.000Z', '2026-11-23T17:30:00.000Z', null],
    ]);
    expect(list.toRecord[0]).toMatchObject({ organisationName: 'District nursing (South)', spaceName: 'Desk 1' });

    const sam = list.toRecord[0]!;
    const recorded = await manager.ok('hub.recordDeparture', { presenceId: sam.presenceId, leftMinute: 15 * 60 + 45 });
    expect(recorded.record).toEqual({
      leftAt: '2026-11-23T15:45:00.000Z',
      recordedAt: '2026-11-24T10:00:00.000Z',
      recordedBy: 'Mina Okafor',
    });
    const after = await manager.ok('hub.forgottenDepartures', {});
    expect(after.toRecord.map((d) => d.name)).toEqual(['Wes Lowe']);
    expect(after.recorded.map((d) => [d.name, d.record?.leftAt])).toEqual([['Sam Patel', '2026-11-23T15:45:00.000Z']]);
    // The sign-in itself keeps its closing time: the building list and past roll calls never change.
    const samOwn = await (await bed.as('sam.patel')).ok('hub.mySignIns', {});
    expect(samOwn[0]).toMatchObject({ signedOutAt: '2026-11-23T17:30:00.000Z', signedOutAtClosing: true });
  });

  it('records that nobody knows when someone left, in the audit log with who recorded it', async () => {
    const { list } = await forgetToSignOut();
    const coordinator = await bed.as('coordinator');
    const wes = list.toRecord.find((d) => d.name === 'Wes Lowe')!;
    const recorded = await coordinator.ok('hub.recordDeparture', { presenceId: wes.presenceId, leftMinute: null });
    expect(recorded.record).toMatchObject({ leftAt: null, recordedBy: 'Cal Reyes' });
    const audit = await (await bed.as('manager')).ok('audit.list', { action: 'hub.recordDeparture' });
    expect(audit.map((a) => [a.actor, a.entityId, a.detail])).toEqual([
      ['coordinator', wes.presenceId, 'time left not known'],
    ]);
  });

  it('refuses a time before they came in or still to come, at the field, and a second record', async () => {
    const { manager, list } = await forgetToSignOut();
    const wes = list.toRecord.find((d) => d.name === 'Wes Lowe')!;
    expect(await manager.call('hub.recordDeparture', { presenceId: wes.presenceId, leftMinute: 9 * 60 + 30 })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Wes Lowe came in at 09:40: enter a later time',
        issues: [{ path: ['leftMinute'], message: 'Wes Lowe came in at 09:40: enter a later time' }],
      },
    });
    expect(await manager.call('hub.recordDeparture', { presenceId: wes.presenceId, leftMinute: 1440 })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: ['leftMinute'], message: 'Enter the time they left, like 17:30' }],
      },
    });
    // Nothing was stored by the refusals.
    expect((await manager.ok('hub.forgottenDepartures', {})).toRecord).toHaveLength(2);
    await manager.ok('hub.recordDeparture', { presenceId: wes.presenceId, leftMinute: 18 * 60 });
    expect(await manager.call('hub.recordDeparture', { presenceId: wes.presenceId, leftMinute: null })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'When Wes Lowe left was already recorded by Mina Okafor (Tue 24 Nov 2026, 10:00).',
      },
    });
  });

  it('has nothing to record for someone who signed out themselves, and is not for visitors or workers', async () => {
    const kiosk = await bed.kiosk();
    await kiosk.ok('hub.kioskStaffSignIn', { username: 'worker', password: HUB_PASSWORD });
    bed.clock.set('2026-11-23T12:00:00.000Z');
    await kiosk.ok('hub.kioskStaffSignOut', { username: 'worker', password: HUB_PASSWORD });
    const own = await (await bed.as('worker')).ok('hub.mySignIns', {});
    expect(
      await (await bed.as('manager')).call('hub.recordDeparture', { presenceId: own[0]!.presenceId, leftMinute: null }),
    ).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Wes Lowe was not signed out at closing, so there is no time to record for that sign-in.',
      },
    });
    for (const who of ['worker', 'sam.patel'] as const)
      expect(await (await bed.as(who)).call('hub.forgottenDepartures', {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
  });
});
