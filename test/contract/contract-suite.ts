import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedures, type ProcedureName } from '@shared/contract/procedures';
import { Role } from '@shared/contract/roles';
import { anAccountForEachRole, aPerson, openBranch } from '@test/fixtures/builders';
import type { TestClient } from '../fixtures/in-process-client';
import { TEST_NOW, TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';

/** A way to reach a backend: each client is a separate caller with its own session. */
export interface TransportUnderTest {
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * The same suite over every transport: the dispatch order and envelope, a JSON round trip, and a walk of
 * every procedure × role against the contract's table.
 */
export function describeContract(name: string, connect: (tb: TestBackend) => Promise<TransportUnderTest>): void {
  describe(`contract over ${name}`, () => {
    let tb: TestBackend;
    let transport: TransportUnderTest;
    let staffIdOf: Partial<Record<Role, string | null>> = {};
    const signIn = async (username: string) => {
      const client = transport.client();
      await client.ok('auth.signIn', { username, password: TEST_PASSWORD });
      return client;
    };

    beforeAll(async () => {
      // A branch with one account for each role, each called by its role; the staff records behind them are the
      // only staff.
      tb = await openBranch();
      const accounts = await anAccountForEachRole(tb);
      staffIdOf = Object.fromEntries(Role.options.map((r) => [r, accounts[r].staffId]));
      // One person with the worker on their team and one without, for what a worker may read about people.
      await aPerson(tb, { team: [accounts.worker.staffId!] });
      await aPerson(tb);
      transport = await connect(tb);
    });
    afterAll(async () => {
      await transport.close();
      await tb.close();
    });

    it('answers NOT_FOUND for an unknown procedure, before anything else', async () => {
      const result = await transport.client().raw('staff.nonsense', { anything: 1 });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('answers UNAUTHENTICATED without a session, and lets public procedures through', async () => {
      const anonymous = transport.client();
      expect(await anonymous.raw('staff.list', {})).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', reason: 'signed_out' },
      });
      expect(await anonymous.raw('setup.status', {})).toMatchObject({ ok: true, value: { configured: true } });
    });

    it('answers FORBIDDEN to a role the procedure does not allow, before looking at the input', async () => {
      const worker = await signIn('worker');
      expect(await worker.raw('staff.create', { nonsense: true })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'role' },
      });
    });

    it('answers VALIDATION with the path of every bad field', async () => {
      const manager = await signIn('manager');
      const result = await manager.raw('staff.create', {
        reference: '',
        givenName: 'A',
        familyName: '',
        jobRole: 999,
        startDate: '2026-02-30',
        email: 'no',
        phone: null,
        preferredName: null,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      const paths = (result.error.issues ?? []).map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['reference', 'familyName', 'jobRole', 'startDate', 'email']));
      expect(JSON.stringify(result)).not.toMatch(/SQLITE|at .*\.ts:\d+|stack/i);
    });

    it('refuses a week that does not exist as VALIDATION naming the field, not as an internal error', async () => {
      const coordinator = await signIn('coordinator');
      const result = await coordinator.raw('rota.getWeek', { isoWeek: '2025-W53' });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          issues: [{ path: ['isoWeek'], message: 'This week does not exist in that year' }],
        },
      });
      expect(await coordinator.ok('rota.getWeek', { isoWeek: '2026-W53' })).toMatchObject({ isoWeek: '2026-W53' });
    });

    it("tells any signed-in role the backend's now, and today and the minute in London", async () => {
      const worker = await signIn('worker');
      expect(await worker.ok('clock.now', {})).toEqual({ now: TEST_NOW, today: '2026-11-23', minute: 9 * 60 });
    });

    it('round-trips a record through JSON unchanged (no Dates, undefined or extra fields)', async () => {
      const manager = await signIn('manager');
      const created = await manager.ok('staff.create', {
        reference: `RT-${name.replace(/\W/g, '')}`,
        givenName: 'Zoë',
        familyName: "O'Connor-Ñúñez",
        preferredName: null,
        jobRole: 8,
        email: null,
        phone: '+44 7700 900123',
        startDate: '2024-02-29',
      });
      const read = await manager.ok('staff.get', { id: created.id });
      expect(read).toEqual(created);
      expect(JSON.parse(JSON.stringify(read))).toEqual(read);
      expect(read.familyName).toBe("O'Connor-Ñúñez");
      expect(read.preferredName).toBeNull();
    });

    it('keeps record-level checks: a worker reads their own staff record and no one else’s', async () => {
      const worker = await signIn('worker');
      const session = await worker.ok('auth.session', {});
      if (session.state !== 'active' || !session.session.staffId) throw new Error('worker has no staff record');
      expect((await worker.ok('staff.get', { id: session.session.staffId })).id).toBe(session.session.staffId);
      const manager = await signIn('manager');
      const other = (await manager.ok('staff.list', { limit: 2 })).rows.find(
        (row) => row.id !== session.session.staffId,
      );
      expect(await worker.raw('staff.get', { id: other?.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    });

    it('gives a worker exactly what security.md lists about the people in their teams, and nothing more', async () => {
      const worker = await signIn('worker');
      const list = await worker.ok('clients.list', {});
      expect(list.rows.length).toBeGreaterThan(0);
      const keys = new Set(list.rows.map((row) => Object.keys(row).sort().join(',')));
      expect([...keys]).toEqual(['addressedAs,familyName,givenName,id,preferredName']);
      const person = await worker.ok('clients.getForTeam', { id: list.rows[0]?.id ?? '' });
      expect(Object.keys(person).sort()).toEqual([
        'addressedAs',
        'familyName',
        'givenName',
        'hasAccessNotes',
        'id',
        'preferredName',
        'whatMatters',
      ]);
      // A coordinator's rows carry the rest (support needs, postcode, status), so the difference is the role's.
      const coordinator = await signIn('coordinator');
      const full = (await coordinator.ok('clients.list', { limit: 1 })).rows[0];
      expect(Object.keys(full ?? {})).toEqual(expect.arrayContaining(['supportNeeds', 'postcode', 'status']));
    });

    it('keeps actual times to their owners and refuses a call monitoring file naming its unknown column', async () => {
      const worker = await signIn('worker');
      const manager = await signIn('manager');
      const session = await worker.ok('auth.session', {});
      const other = (await manager.ok('staff.list', { limit: 5 })).rows.find(
        (row) => session.state === 'active' && row.id !== session.session.staffId,
      );
      const times = { isoWeek: '2026-W48', visitId: 'v1', arrivalDate: '2026-11-23', arrivalMinute: 480 };
      expect(
        await worker.raw('actuals.record', {
          ...times,
          staffId: other?.id,
          departureDate: null,
          departureMinute: null,
        }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const file = await manager.raw('actuals.importCallMonitoring', {
        csv: 'Carer Ref,Client Name,Visit Date,Actual Start,Mileage\r\nW1,Rose Adeyemi,23/11/2026,08:00,3',
        layout: { kind: 'cm2000' },
        dryRun: true,
      });
      expect(file).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['layout'] }] } });
      if (!file.ok) expect(file.error.issues?.[0]?.message).toContain('“Mileage”');
    });

    it('gives a worker the team’s week with only what security.md allows, and names a bad visit field', async () => {
      const worker = await signIn('worker');
      const week = await worker.ok('teamWeek.get', { isoWeek: '2026-W48' });
      expect(week).toMatchObject({ isoWeek: '2026-W48', published: false });
      expect(week.people).toHaveLength(1);
      expect(Object.keys(week.people[0] ?? {}).sort()).toEqual([
        'addressedAs',
        'clientId',
        'name',
        'visits',
        'whatMatters',
      ]);
      const bad = await worker.raw('teamWeek.takeOpenVisit', { isoWeek: '2026-W48', visitId: '' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['visitId'] }] } });
    });

    it('offers a worker no shift swap in a week not published, and names each bad shift swap field', async () => {
      const worker = await signIn('worker');
      expect(await worker.ok('teamWeek.shiftSwapOptions', { isoWeek: '2026-W48' })).toEqual({
        isoWeek: '2026-W48',
        published: false,
        stamp: '',
        weekMinutes: 0,
        shifts: [],
      });
      const bad = await worker.raw('teamWeek.proposeShiftSwap', {
        isoWeek: '2026-W48',
        date: '2026-11-31',
        teammateId: 'not-an-id',
        otherDate: 'Thursday',
        stamp: '',
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!bad.ok)
        expect([...new Set(bad.error.issues?.map((i) => i.path.join('.')))].sort()).toEqual([
          'date',
          'otherDate',
          'stamp',
          'teammateId',
        ]);
      const coordinator = await signIn('coordinator');
      expect(await coordinator.raw('teamWeek.shiftSwapOptions', { isoWeek: '2026-W48' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    });

    it('gives a worker the ideal weeks of their teams only, and names each bad proposal field', async () => {
      const worker = await signIn('worker');
      const weeks = await worker.ok('idealWeekProposals.teamWeeks', {});
      expect(weeks).toHaveLength(1);
      expect(Object.keys(weeks[0] ?? {}).sort()).toEqual([
        'addressedAs',
        'clientId',
        'items',
        'name',
        'versionId',
        'whatMatters',
      ]);
      const bad = await worker.raw('idealWeekProposals.propose', {
        clientId: weeks[0]?.clientId,
        itemId: 'not-an-id',
        startMinute: null,
        durationMinutes: null,
        reason: ' ',
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!bad.ok)
        expect(bad.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['itemId', 'reason', 'startMinute']);
      const coordinator = await signIn('coordinator');
      expect(await coordinator.ok('idealWeekProposals.list', { waitingOnly: true })).toEqual([]);
    });

    it('offers a worker meeting times for their own team only, and names each bad meeting field', async () => {
      const worker = await signIn('worker');
      const teams = await worker.ok('teamMeetings.teams', {});
      expect(teams).toHaveLength(1);
      const clientId = teams[0]?.clientId ?? '';
      const times = await worker.ok('teamMeetings.findTimes', { clientId, isoWeek: '2026-W48' });
      expect(times).toMatchObject({ clientId, isoWeek: '2026-W48', durationMinutes: 60, planned: false });
      expect(times.members).toHaveLength(1);
      const coordinator = await signIn('coordinator');
      const other = (await coordinator.ok('teamMeetings.teams', {})).find((t) => t.clientId !== clientId);
      if (other) {
        const refused = await worker.raw('teamMeetings.findTimes', { clientId: other.clientId, isoWeek: '2026-W48' });
        expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      const bad = await worker.raw('teamMeetings.book', {
        clientId,
        date: '2026-11-31',
        startMinute: 1500,
        durationMinutes: 25,
        staffIds: [],
        note: null,
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!bad.ok)
        expect(bad.error.issues?.map((i) => i.path.join('.')).sort()).toEqual([
          'date',
          'durationMinutes',
          'staffIds',
          'startMinute',
        ]);
    });

    it('lists only the caller’s own team meetings, in JSON-safe fields, with who else is invited', async () => {
      const coordinator = await signIn('coordinator');
      const [workerId, coordinatorId] = [staffIdOf.worker ?? '', staffIdOf.coordinator ?? ''];
      await coordinator.ok('availability.addTeamMeeting', {
        staffIds: [workerId, coordinatorId],
        date: '2026-11-25',
        startMinute: 14 * 60,
        endMinute: 15 * 60,
        note: 'Rota review',
      });
      const worker = await signIn('worker');
      const mine = await worker.ok('teamMeetings.invited', {});
      expect(mine).toHaveLength(1);
      expect(Object.keys(mine[0] ?? {}).sort()).toEqual([
        'cancelled',
        'date',
        'endMinute',
        'id',
        'note',
        'others',
        'personName',
        'startMinute',
      ]);
      expect(mine[0]).toMatchObject({ date: '2026-11-25', startMinute: 840, endMinute: 900, cancelled: false });
      expect(mine[0]?.others.map((o) => o.staffId)).toEqual([coordinatorId]);
      const own = await coordinator.ok('teamMeetings.invited', {});
      expect(own.map((m) => m.others.map((o) => o.staffId))).toEqual([[workerId]]);
      expect(await (await signIn('manager')).ok('teamMeetings.invited', {})).toEqual([]);
    });

    it(
      'walks every procedure × role: FORBIDDEN for exactly the roles the contract does not list',
      async () => {
        const mismatches: string[] = [];
        for (const role of Role.options) {
          let client = await signIn(role);
          for (const procedureName of Object.keys(procedures) as ProcedureName[]) {
            const def = procedures[procedureName];
            const result = await client.raw(procedureName, {});
            const refusedForRole = !result.ok && result.error.code === 'FORBIDDEN' && result.error.reason === 'role';
            const allowed = def.public === true || def.roles.includes(role);
            if (allowed === refusedForRole)
              mismatches.push(
                `${procedureName} as ${role}: ${allowed ? 'allowed but refused' : 'not allowed but let through'}`,
              );
            const state = await client.ok('auth.session', {});
            if (state.state !== 'active') client = await signIn(role);
          }
        }
        expect(mismatches).toEqual([]);
      },
      // Every procedure for every role: some 170 calls each, which takes a while on a busy machine.
      120_000,
    );

    it('lets a kiosk session reach the kiosk procedures and nothing else, public ones included', async () => {
      const kiosk = await signIn('coordinator');
      await kiosk.ok('hub.startKiosk', { name: `Kiosk over ${name}` });
      const anonymous = transport.client();
      const mismatches: string[] = [];
      for (const procedureName of Object.keys(procedures) as ProcedureName[]) {
        const def = procedures[procedureName];
        const result = await kiosk.raw(procedureName, {});
        const refusedAsKiosk = !result.ok && result.error.code === 'FORBIDDEN' && result.error.reason === 'kiosk';
        if (def.kiosk === true) {
          if (!result.ok && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(result.error.code))
            mismatches.push(`${procedureName}: a kiosk procedure refused to the kiosk (${result.error.code})`);
          // Without a kiosk session, nobody reaches a kiosk procedure.
          const outside = await anonymous.raw(procedureName, {});
          if (outside.ok || outside.error.code !== 'UNAUTHENTICATED')
            mismatches.push(`${procedureName}: reached without a kiosk session`);
        } else if (!refusedAsKiosk) mismatches.push(`${procedureName}: let through to a kiosk session`);
      }
      expect(mismatches).toEqual([]);
      const status = await kiosk.ok('hub.kioskStatus', {});
      expect(status.kioskName).toBe(`Kiosk over ${name}`);
    });

    it('gives the coordinator the visit times figures for a week or month and names a bad month', async () => {
      const coordinator = await signIn('coordinator');
      const week = await coordinator.ok('visitTimes.figures', { kind: 'week', isoWeek: '2026-W48' });
      expect(week).toMatchObject({
        periodLabel: 'Week of 23 Nov 2026',
        from: '2026-11-23',
        to: '2026-11-29',
        lateMinutes: 15,
        totals: { planned: 0, due: 0, missed: 0 },
        byPerson: [],
        byWorker: [],
      });
      const month = await coordinator.ok('visitTimes.figures', { kind: 'month', month: '2026-02' });
      expect(month).toMatchObject({ periodLabel: 'February 2026', from: '2026-02-01', to: '2026-02-28' });
      const bad = await coordinator.raw('visitTimes.figures', { kind: 'month', month: '2026-13' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['month'] }] } });
    });

    it('names every missing consent field when covering outside the team, and refuses a worker to cover', async () => {
      const coordinator = await signIn('coordinator');
      const visit = { isoWeek: '2026-W48', visitId: 'v1' };
      const noConsent = await coordinator.raw('rotaCover.askOutside', { ...visit, workerId: crypto.randomUUID() });
      expect(noConsent).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!noConsent.ok)
        expect((noConsent.error.issues ?? []).map((i) => i.path.join('.')).sort()).toEqual([
          'consentBy',
          'consentOn',
          'relationship',
        ]);
      const told = await coordinator.raw('rotaCover.tellPerson', {
        ...visit,
        reason: ' ',
        toldBy: 'Chris',
        toldOn: 'x',
      });
      expect(told).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!told.ok)
        expect([...new Set((told.error.issues ?? []).map((i) => i.path.join('.')))].sort()).toEqual([
          'reason',
          'toldOn',
        ]);
      // A week nobody has planned has no visit to cover: said in words, not an internal error.
      expect(await coordinator.raw('rotaCover.options', visit)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'The week of 23 Nov 2026 has not been planned yet.' },
      });
      const worker = await signIn('worker');
      expect(await worker.raw('rotaCover.options', visit)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'role' },
      });
    });
  });
}
