import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientInput } from '@shared/domain/clients/client';
import {
  aPerson,
  aPersonRecord,
  anAccount,
  aVisit,
  openBranch,
  someStaff,
  write,
  type BuiltPerson,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import { loadPlannerData } from '@main/services/rota-input/load-planner-input';
import { teamNeedsByStaff } from '@main/services/people/team-needs';
import { heldSkillsByStaff } from '@main/services/training/training-facts';

let t: TestBackend;
let coordinator: TestClient;
/** Fourteen care workers with no training, availability or teams of their own. */
let careIds: string[];
/** The `worker` account's staff record: on the team of one person (`theirs`), travelling on foot from SE6. */
let workerStaffId: string;
let theirs: BuiltPerson;

beforeAll(async () => {
  t = await openBranch();
  await anAccount(t, 'coordinator');
  await anAccount(t, 'trainer');
  await anAccount(t, 'visitor');
  workerStaffId = (await anAccount(t, 'worker')).staffId as string;
  await write(t, 'availability.saveTravelProfile', {
    staffId: workerStaffId,
    travelMode: 'walk',
    homePostcode: 'SE6 4RU',
    homeLat: 51.44,
    homeLon: -0.02,
  });
  theirs = await aPerson(t, { team: [workerStaffId], accessNotes: 'Key safe 4321 by the front door' });
  coordinator = await t.signedIn('coordinator');
  careIds = (await someStaff(t, 14)).map((s) => s.id);
});
afterAll(() => t.close());

/** A person with a key contact, what matters to them, dementia and medication needs and access notes. */
function person(overrides: Partial<ClientInput> = {}): ClientInput {
  return aPersonRecord({
    givenName: 'Iris',
    familyName: 'Testperson',
    addressedAs: 'Mrs Testperson',
    addressLine1: '12 Brownhill Road',
    postcode: 'se6 2ef',
    lat: 51.445,
    lon: -0.02,
    keyContacts: [{ kind: 'unpaid_carer', name: 'Ray Testperson', relationship: 'Son', phone: '07700 900123' }],
    whatMatters: 'Tea first, then everything else.',
    supportNeeds: ['dementia', 'medication'],
    accessNotes: 'Key safe 1234 by the back door',
    ...overrides,
  });
}

const item = aVisit;

async function newPersonWithTeam(size: number, overrides: Partial<ClientInput> = {}) {
  const created = await coordinator.ok('clients.create', person(overrides));
  for (const staffId of careIds.slice(0, size))
    await coordinator.ok('clients.setTeamMember', { clientId: created.id, staffId, member: true });
  return created;
}

function issuePaths(result: { ok: boolean; error?: { issues?: { path: (string | number)[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('people: records and bad input', () => {
  it('creates a person with a normalised postcode and hides access notes from the record', async () => {
    const created = await coordinator.ok('clients.create', person());
    expect(created.postcode).toBe('SE6 2EF');
    expect(created.hasAccessNotes).toBe(true);
    expect(created.supportNeeds).toEqual(['dementia', 'medication']);
    expect('accessNotes' in created).toBe(false);
  });

  it('refuses a location outside the UK, a bad postcode and a pause without a start date', async () => {
    const result = await coordinator.call(
      'clients.create',
      person({ lat: 48.85, lon: 2.35, postcode: 'PARIS 1', status: 'paused' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(issuePaths(result)).toEqual(expect.arrayContaining(['lat', 'lon', 'postcode', 'pausedFrom']));
    expect(result.error.issues?.find((i) => i.path[0] === 'lat')?.message).toMatch(/UK/);
  });
});

describe('chosen team', () => {
  it('refuses a 13th team member', async () => {
    const created = await newPersonWithTeam(12);
    const result = await coordinator.call('clients.setTeamMember', {
      clientId: created.id,
      staffId: careIds[12] as string,
      member: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.[0]?.path).toEqual(['staffId']);
    expect(result.error.message).toMatch(/at most 12/);
  });

  it('takes a declined worker off the team and refuses to add them back, even through an interview', async () => {
    const created = await newPersonWithTeam(6);
    const declinedId = careIds[0] as string;
    const team = await coordinator.ok('clients.setDeclined', {
      clientId: created.id,
      staffId: declinedId,
      declined: true,
      reason: 'Not comfortable',
    });
    expect(team.members.map((m) => m.staffId)).not.toContain(declinedId);
    expect(team.declined.map((d) => d.staffId)).toEqual([declinedId]);
    const again = await coordinator.call('clients.setTeamMember', {
      clientId: created.id,
      staffId: declinedId,
      member: true,
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/declined/);
    const interview = await coordinator.call('clients.recordInterview', {
      clientId: created.id,
      staffId: declinedId,
      interviewDate: '2026-11-20',
      outcome: 'chosen',
      decidedBy: 'The person',
      notes: null,
    });
    expect(interview.ok).toBe(false);
  });

  it('records interviews: chosen joins the team, not chosen does not; coverage shows gaps against needs', async () => {
    const created = await coordinator.ok('clients.create', person({ supportNeeds: ['dementia'] }));
    // A care worker with no valid dementia training, so the team has a gap against the person's needs.
    const held = await heldSkillsByStaff(t.backend.deps.db, careIds, '2026-11-23');
    const untrained = careIds.find((id) => !(held.get(id)?.has('dementia') ?? false)) as string;
    const other = careIds.find((id) => id !== untrained) as string;
    await coordinator.ok('clients.recordInterview', {
      clientId: created.id,
      staffId: untrained,
      interviewDate: '2026-11-20',
      outcome: 'chosen',
      decidedBy: 'The person',
      notes: null,
    });
    const team = await coordinator.ok('clients.recordInterview', {
      clientId: created.id,
      staffId: other,
      interviewDate: '2026-11-20',
      outcome: 'not_chosen',
      decidedBy: 'Her daughter',
      notes: 'Another time',
    });
    expect(team.members.map((m) => m.staffId)).toEqual([untrained]);
    expect(team.interviews).toHaveLength(2);
    expect(team.gaps).toEqual(['dementia']);
    const needs = await teamNeedsByStaff(t.backend.deps.db, [untrained]);
    expect(needs.get(untrained)?.has('dementia')).toBe(true);
  });
});

describe('ideal week', () => {
  it(
    'refuses short visits without the flag, durations of 0 or ' +
      'over 12 hours, and preferred workers outside the team',
    async () => {
      const created = await newPersonWithTeam(3);
      const result = await coordinator.call('clients.saveIdealWeek', {
        clientId: created.id,
        effectiveFrom: '2026-11-23',
        anchorDate: '2026-11-23',
        note: null,
        items: [
          item({ durationMinutes: 15 }),
          item({ weekday: 2, durationMinutes: 721 }),
          item({ weekday: 3, preferredWorkerIds: [careIds[13] as string] }),
        ],
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(issuePaths(result)).toEqual(
        expect.arrayContaining(['items.0.agreedShortVisit', 'items.1.durationMinutes', 'items.2.preferredWorkerIds.0']),
      );
      const zero = await coordinator.call('clients.saveIdealWeek', {
        clientId: created.id,
        effectiveFrom: '2026-11-23',
        anchorDate: '2026-11-23',
        note: null,
        items: [item({ durationMinutes: 0 })],
      });
      expect(zero.ok).toBe(false);
      if (!zero.ok) expect(issuePaths(zero)).toEqual(['items.0.durationMinutes']);
      const agreed = await coordinator.ok('clients.saveIdealWeek', {
        clientId: created.id,
        effectiveFrom: '2026-11-23',
        anchorDate: '2026-11-23',
        note: null,
        items: [item({ durationMinutes: 15, agreedShortVisit: true })],
      });
      expect(agreed.version?.items).toHaveLength(1);
    },
  );

  it('refuses overlapping visits that need more workers at once than the team holds', async () => {
    const created = await newPersonWithTeam(3);
    const result = await coordinator.call('clients.saveIdealWeek', {
      clientId: created.id,
      effectiveFrom: '2026-11-23',
      anchorDate: '2026-11-23',
      note: null,
      items: [item({ workersNeeded: 2 }), item({ startMinute: 8 * 60 + 30, workersNeeded: 2 })],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(issuePaths(result)).toContain('items.1.startMinute');
      expect(result.error.issues?.[0]?.message).toMatch(/need 4 workers at once but the team has 3/);
    }
  });

  it('versions by effective date: next month’s change leaves this week alone; totals per week', async () => {
    const created = await newPersonWithTeam(4);
    const v1 = await coordinator.ok('clients.saveIdealWeek', {
      clientId: created.id,
      effectiveFrom: '2026-11-23',
      anchorDate: '2026-11-23',
      note: null,
      items: [
        item(),
        item({ weekday: 3, workersNeeded: 2 }),
        item({ weekday: 5, repeat: 'week_a', durationMinutes: 90 }),
      ],
    });
    expect(v1.version?.totals).toEqual({ minutes: 45 + 45 + 45, visits: 2.5, doubleUps: 1 });
    await coordinator.ok('clients.saveIdealWeek', {
      clientId: created.id,
      effectiveFrom: '2026-12-14',
      anchorDate: '2026-11-23',
      note: 'More support',
      items: [item({ startMinute: 9 * 60 }), item({ weekday: 2 })],
    });
    const now = await coordinator.ok('clients.getIdealWeek', { clientId: created.id });
    expect(now.version?.effectiveFrom).toBe('2026-11-23');
    expect(now.versions).toHaveLength(2);

    const thisWeek = await loadPlannerData(t.backend.deps.db, '2026-W48');
    const mine = thisWeek.visits.filter((v) => v.clientId === created.id);
    // Week A (the anchor week): Monday, Wednesday (double-up) and the alternate Friday.
    expect(mine.map((v) => [v.date, v.startMinute, v.workersNeeded])).toEqual([
      ['2026-11-23', 480, 1],
      ['2026-11-25', 480, 2],
      ['2026-11-27', 480, 1],
    ]);
    const weekB = await loadPlannerData(t.backend.deps.db, '2026-W49');
    expect(weekB.visits.filter((v) => v.clientId === created.id).map((v) => v.date)).toEqual([
      '2026-11-30',
      '2026-12-02',
    ]);
    const later = await loadPlannerData(t.backend.deps.db, '2026-W51');
    expect(later.visits.filter((v) => v.clientId === created.id).map((v) => [v.date, v.startMinute])).toEqual([
      ['2026-12-14', 540],
      ['2026-12-15', 480],
    ]);
  });

  it('refuses a version that would start in the past', async () => {
    const created = await newPersonWithTeam(2);
    const result = await coordinator.call('clients.saveIdealWeek', {
      clientId: created.id,
      effectiveFrom: '2026-11-01',
      anchorDate: '2026-11-02',
      note: null,
      items: [item()],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(issuePaths(result)).toEqual(['effectiveFrom']);
  });

  it('a paused person has no visits on the days of the pause', async () => {
    const created = await newPersonWithTeam(2);
    await coordinator.ok('clients.saveIdealWeek', {
      clientId: created.id,
      effectiveFrom: '2026-11-23',
      anchorDate: '2026-11-23',
      note: null,
      items: [1, 2, 3, 4, 5, 6, 7].map((weekday) => item({ weekday })),
    });
    await coordinator.ok('clients.update', {
      id: created.id,
      client: person({
        status: 'paused',
        pausedFrom: '2026-11-24',
        pausedUntil: '2026-11-26',
        pauseReason: 'Hospital stay',
      }),
    });
    const data = await loadPlannerData(t.backend.deps.db, '2026-W48');
    expect(data.visits.filter((v) => v.clientId === created.id).map((v) => v.date)).toEqual([
      '2026-11-23',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(data.clients.find((c) => c.id === created.id)?.noVisitDates).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ]);
  });
});

describe('availability', () => {
  it('refuses leave ending before it starts', async () => {
    const result = await coordinator.call('availability.requestLeave', {
      staffId: workerStaffId,
      startDate: '2026-12-10',
      endDate: '2026-12-09',
      note: null,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(issuePaths(result)).toEqual(['endDate']);
  });

  it(
    'a worker requests their own leave, not someone else’s, and cannot ' +
      'approve it; approved leave and sickness remove availability',
    async () => {
      const worker = await t.signedIn('worker');
      const staffId = careIds[13] as string;
      await coordinator.ok('availability.saveWindows', {
        staffId,
        windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 420, endMinute: 1320 })),
      });
      const other = await worker.call('availability.requestLeave', {
        staffId,
        startDate: '2026-11-24',
        endDate: '2026-11-24',
        note: null,
      });
      expect(other.ok).toBe(false);
      if (!other.ok) expect(other.error.code).toBe('FORBIDDEN');
      const own = await worker.ok('availability.requestLeave', {
        staffId: workerStaffId,
        startDate: '2026-12-01',
        endDate: '2026-12-02',
        note: null,
      });
      expect(own.status).toBe('requested');
      const decide = await worker.call('availability.decideLeave', { id: own.id, decision: 'approved' });
      expect(decide.ok).toBe(false);
      if (!decide.ok) expect(decide.error.code).toBe('FORBIDDEN');

      const leave = await coordinator.ok('availability.requestLeave', {
        staffId,
        startDate: '2026-11-24',
        endDate: '2026-11-24',
        note: null,
      });
      const pending = await loadPlannerData(t.backend.deps.db, '2026-W48');
      expect(
        pending.workers.find((w) => w.id === staffId)?.availability.filter((a) => a.date === '2026-11-24'),
      ).toHaveLength(1);
      await coordinator.ok('availability.decideLeave', { id: leave.id, decision: 'approved' });
      await coordinator.ok('availability.recordSickness', {
        staffId,
        startDate: '2026-11-26',
        startMinute: 720,
        expectedEndDate: null,
        note: null,
      });
      await coordinator.ok('availability.addTeamMeeting', {
        staffIds: [staffId],
        date: '2026-11-23',
        startMinute: 840,
        endMinute: 930,
        note: null,
      });
      const data = await loadPlannerData(t.backend.deps.db, '2026-W48');
      const w = data.workers.find((x) => x.id === staffId);
      expect(w?.availability).toEqual([
        { date: '2026-11-23', startMinute: 420, endMinute: 840 },
        { date: '2026-11-23', startMinute: 930, endMinute: 1320 },
        { date: '2026-11-25', startMinute: 420, endMinute: 1320 },
        { date: '2026-11-26', startMinute: 420, endMinute: 720 },
      ]);
      expect(w?.commitments).toEqual([{ date: '2026-11-23', startMinute: 840, endMinute: 930, kind: 'meeting' }]);
      expect(w?.absences.map((a) => a.kind)).toEqual(['annual_leave', 'sickness', 'sickness', 'sickness', 'sickness']);
    },
  );

  it('a worker sees only their own availability', async () => {
    const worker = await t.signedIn('worker');
    const own = await worker.ok('availability.get', { staffId: workerStaffId });
    expect(own.travelProfile).not.toBeNull();
    const other = await worker.call('availability.get', { staffId: careIds[12] as string });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('FORBIDDEN');
  });
});

describe('who sees people', () => {
  it('a worker lists only the people in their teams, by name only; trainers and visitors are refused', async () => {
    const worker = await t.signedIn('worker');
    const list = await worker.ok('clients.list', { limit: 1000 });
    expect(list.rows.map((r) => r.id)).toEqual([theirs.id]);
    const all = await coordinator.ok('clients.list', { limit: 1000 });
    expect(all.total).toBeGreaterThan(1);
    for (const row of list.rows)
      expect(Object.keys(row).sort()).toEqual(['addressedAs', 'familyName', 'givenName', 'id', 'preferredName']);
    // Filters and sorts on what a worker may not read would tell them as much: refused, naming the field.
    for (const [input, field] of [
      [{ need: 'dementia' }, 'need'],
      [{ status: 'paused' }, 'status'],
      [{ sort: 'postcode' }, 'sort'],
    ] as const)
      expect(await worker.call('clients.list', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: [field] }] },
      });
    const full = await worker.call('clients.get', { id: list.rows[0]?.id as string });
    expect(full.ok).toBe(false);
    for (const username of ['trainer', 'visitor']) {
      const other = await t.signedIn(username);
      const refused = await other.call('clients.list', {});
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
    }
  });

  it('access notes: the person’s team may read them and each view is audited; another worker is refused', async () => {
    const worker = await t.signedIn('worker');
    const mine = theirs.id;
    const notes = await worker.ok('clients.getAccessNotes', { id: mine });
    expect(notes).toMatchObject({ clientId: mine, accessNotes: 'Key safe 4321 by the front door' });
    const notMine = await coordinator.ok('clients.create', person());
    const refused = await worker.call('clients.getAccessNotes', { id: notMine.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
    const view = await worker.call('clients.getForTeam', { id: notMine.id });
    expect(view.ok).toBe(false);
    const audit = await t.backend.deps.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'outcome', 'actor'])
      .where('action', 'in', ['clients.viewAccessNotes', 'clients.getAccessNotes'])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'clients.viewAccessNotes',
          entity_id: mine,
          actor: 'worker',
          outcome: 'success',
        }),
      ]),
    );
    expect(audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'clients.getAccessNotes', outcome: 'denied' })]),
    );
  });
});

describe('travel', () => {
  it('a recorded time wins over the estimate, and clearing it brings the estimate back', async () => {
    // Two people a mile or so apart who share a team worker.
    const shared = careIds[5] as string;
    const id = (await aPerson(t, { team: [shared], lat: 51.456, lon: -0.015 })).id;
    const neighbour = await aPerson(t, { team: [shared], lat: 51.466, lon: -0.03 });
    const review = await coordinator.ok('clients.teamTravel', { clientId: id });
    const pair = review.pairs.find((p) => p.toId === neighbour.id);
    expect(pair).toBeDefined();
    if (!pair) return;
    expect(pair.estimated.walk).toBeGreaterThanOrEqual(pair.estimated.car);
    await coordinator.ok('clients.recordTravel', { fromId: pair.toId, toId: id, mode: 'walk', minutes: 33 });
    const after = await coordinator.ok('clients.teamTravel', { clientId: id });
    expect(after.pairs.find((p) => p.toId === pair.toId)?.recorded.walk).toBe(33);
    const data = await loadPlannerData(t.backend.deps.db, '2026-W48');
    expect(data.recordedTravel).toContainEqual({ fromId: pair.toId, toId: id, mode: 'walk', minutes: 33 });
    // A blank or mistyped entry is named and never clears what is recorded (null is the explicit clear).
    for (const typed of ['', 'half an hour']) {
      const bad = await coordinator.raw('clients.recordTravel', {
        fromId: pair.toId,
        toId: id,
        mode: 'walk',
        minutes: typed,
      });
      expect(bad).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          issues: [{ path: ['minutes'], message: 'Enter the actual minutes as a whole number' }],
        },
      });
    }
    expect(
      (await coordinator.ok('clients.teamTravel', { clientId: id })).pairs.find((p) => p.toId === pair.toId)?.recorded
        .walk,
    ).toBe(33);
    await coordinator.ok('clients.recordTravel', { fromId: id, toId: pair.toId, mode: 'walk', minutes: null });
    const cleared = await coordinator.ok('clients.teamTravel', { clientId: id });
    expect(cleared.pairs.find((p) => p.toId === pair.toId)?.recorded.walk).toBeNull();
  });
});
