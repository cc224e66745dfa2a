import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '@shared/domain/sync/summary';
import { findDisclosures } from '@shared/domain/sync/personal-data';
import { checkSummary } from '@shared/domain/sync/summary';
import { suppressBreakdown, suppressCount, suppressShare } from '@shared/domain/sync/suppression';
import { knownPersonalData } from '@main/services/sync/summary-service';
import {
  aCompleteStaffMember,
  aCourse,
  anApprenticeship,
  aQuickPlanner,
  aRequirement,
  aTrainingRecord,
  aWeekOfVisits,
  openBranch,
  signedInAs,
  write,
} from '@test/fixtures/builders';
import { JOB_ROLE } from '@test/fixtures/builders/staff';
import { fakeCouncil, type FakeCouncil } from '@test/fixtures/sync/fake-council';
import type { TestClient } from '@test/fixtures/in-process-client';
import { TEST_NOW, type TestBackend } from '@test/fixtures/test-backend';

// The tests' today is Monday 23 November 2026, so the last finished month is October 2026 (its last day the 31st).
const OCTOBER = '2026-10';

describe('a branch’s monthly workforce summary, from its records to the council', () => {
  let t: TestBackend;
  let council: FakeCouncil;
  let manager: TestClient;
  const careWorkers: string[] = [];
  const zeroHours: string[] = [];

  beforeAll(async () => {
    council = fakeCouncil();
    t = await openBranch({ council });
    // The records are kept as October goes, then the summary is built on the tests' today.
    t.clock.set('2026-10-20T09:00:00.000Z');
    await aQuickPlanner(t, 1500);
    // Six permanent care workers (30 hours, occupational sick pay, £14.00 an hour), two on zero-hours bank contracts,
    // a registered manager, a care worker who started in October, one who left in September and one who starts in
    // November: on 31 October ten are employed.
    for (let i = 0; i < 6; i += 1)
      careWorkers.push((await aCompleteStaffMember(t, { details: { travelPaidFullRate: true } })).id);
    for (let i = 0; i < 2; i += 1)
      zeroHours.push(
        (
          await aCompleteStaffMember(t, {
            details: { contractType: 3, guaranteedWeeklyHours: null, zeroHours: true, livesInBorough: false },
            sensitive: { sex: 'male', ethnicity: 44, dateOfBirth: '2003-02-01' },
          })
        ).id,
      );
    const registeredManager = await aCompleteStaffMember(t, {
      jobRole: JOB_ROLE.registeredManager,
      details: { cwpCategory: 7 },
    });
    const starter = await aCompleteStaffMember(t, { startDate: '2026-10-05' });
    await aCompleteStaffMember(t, { details: { leavingDate: '2026-09-15', leaveReason: 5 } });
    await aCompleteStaffMember(t, { startDate: '2026-11-02' });

    // Care workers must hold one course: five did it in June, one last December (it lapses on 30 November, within 90
    // days of October's end), and the October starter did it in October.
    const course = await aCourse(t);
    await aRequirement(t, course.id);
    for (const [i, staffId] of careWorkers.entries())
      await aTrainingRecord(t, { staffId, courseId: course.id, completedOn: i === 0 ? '2025-12-01' : '2026-06-01' });
    await aTrainingRecord(t, { staffId: starter.id, courseId: course.id, completedOn: '2026-10-20' });
    await anApprenticeship(t, starter.id, { startDate: '2026-10-05', plannedEndDate: '2027-12-01' });

    // The week of 26 October, planned and published: its Monday to Saturday fall in October.
    await aWeekOfVisits(t, { people: 6, workers: [...careWorkers, ...zeroHours], from: '2026-10-26' });
    const board = await write(t, 'rota.planWeek', { isoWeek: '2026-W44', iterations: 1500 });
    await write(t, 'rota.publish', { isoWeek: '2026-W44', stamp: board.stamp });
    t.clock.set(TEST_NOW);
    manager = (await signedInAs(t, 'manager', { staffId: registeredManager.id })).client;
  }, 120_000);
  afterAll(async () => t.close());

  async function october(): Promise<Summary> {
    const preview = await manager.ok('sync.previewMonth', {});
    expect(preview).toEqual(
      expect.objectContaining({ month: OCTOBER, periodLabel: 'October 2026', nextMonth: null, notReady: null }),
    );
    const checked = checkSummary(JSON.parse(preview.reading?.json ?? '{}'));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    return checked.summary;
  }

  it('counts the workforce employed on the month’s last day, every breakdown suppressed', async () => {
    const { workforce, period } = await october();
    expect(period).toEqual({ kind: 'month', start: '2026-10-01', end: '2026-10-31' });
    expect(workforce?.headcount).toBe(10);
    expect(workforce?.byRoleGroup).toEqual(
      suppressBreakdown({ care_providing: 9, managerial: 1, professional: 0, it_digital: 0, other: 0 }),
    );
    expect(workforce?.byContractType).toEqual(
      suppressBreakdown({ permanent: 8, temporary: 0, bank: 2, agency: 0, other: 0 }),
    );
    expect(workforce?.zeroHours).toEqual(suppressShare(2, 10));
    expect(workforce?.starters12Months).toBe(suppressCount(1));
    expect(workforce?.leavers12Months).toBe(suppressCount(1));
    expect(workforce?.turnover12Months).toBe('withheld');
    expect(workforce?.livingInBorough).toEqual(suppressShare(8, 10));
    expect(workforce?.equality.sex).toEqual(suppressBreakdown({ female: 8, male: 2, other: 0, not_known: 0 }));
    expect(workforce?.equality.ageBand).toEqual(
      suppressBreakdown({
        under_25: 2,
        '25_to_34': 0,
        '35_to_44': 8,
        '45_to_54': 0,
        '55_to_64': 0,
        '65_and_over': 0,
        not_known: 0,
      }),
    );
  });

  it('reads training as the matrix does on the last day, and apprenticeships as their dashboard does', async () => {
    const { training, apprenticeships } = await october();
    // Nine care workers need the course; the two on zero hours have not done it.
    expect(training?.mandatory?.compliant).toEqual(suppressShare(7, 9));
    expect(training?.mandatory?.expiringWithin90Days).toBe(suppressCount(1));
    expect(training?.mandatory?.completionsByProvider).toEqual(
      suppressBreakdown({ specialist: 0, in_house: 1, e_learning: 0, college: 0, external: 0 }),
    );
    expect(training?.dementia?.compliant).toEqual(suppressShare(0, 0));
    expect(apprenticeships?.activeByStandard).toEqual(suppressBreakdown({ ST0005: 1 }));
    expect(apprenticeships?.starts).toBe(suppressCount(1));
  });

  it('reads pay from the published week’s pay view, October’s days only', async () => {
    const { pay } = await october();
    const view = await write(t, 'rota.payView', { isoWeek: '2026-W44' });
    const paid = view.workers.filter((w) => w.stretches.some((s) => s.date <= '2026-10-31'));
    expect(paid.length).toBeGreaterThan(0);
    expect(pay?.atOrAboveFloor).toEqual(suppressShare(paid.filter((w) => !w.belowFloor).length, paid.length));
    const withTravel = paid.flatMap((w) =>
      w.stretches.filter((s) => s.date <= '2026-10-31' && s.travelMinutes > 0).map(() => w.staffId),
    );
    const full = withTravel.filter((id) => careWorkers.includes(id)).length;
    expect(pay?.travelPaidFullRate).toEqual(suppressShare(full, withTravel.length));
    expect(pay?.occupationalSickPay).toBe(true);
    expect(pay?.lowestRateBand).not.toBeNull();
  });

  it('sends the Charter’s own statuses, with figures as counts', async () => {
    const { charter } = await october();
    const checklist = await manager.ok('compliance.charter', {});
    expect(charter?.map((c) => [c.stage, c.number, c.status])).toEqual(
      checklist.items.map((c) => [c.stage, c.number, c.status]),
    );
    const sickPay = charter?.find((c) => c.stage === 3 && c.number === 2);
    expect(sickPay?.figure).toEqual(suppressShare(10, 10));
    expect(charter?.find((c) => c.stage === 2 && c.number === 3)?.figure).toBeNull();
  });

  it('names no one: no name, id, reference, date of birth, NI number, postcode or phone leaves', async () => {
    const summary = await october();
    const known = await knownPersonalData(t.backend.deps.db);
    expect(findDisclosures(summary, known)).toEqual([]);
    const staff = await t.backend.deps.db
      .selectFrom('staff')
      .select(['id', 'reference', 'given_name', 'family_name', 'ni_number', 'home_postcode', 'date_of_birth'])
      .execute();
    const json = JSON.stringify(summary);
    for (const s of staff)
      for (const value of [
        s.id,
        s.reference,
        s.given_name,
        s.family_name,
        s.ni_number,
        s.home_postcode,
        s.date_of_birth,
      ])
        if (value) expect(json).not.toContain(value);
    expect(json).not.toContain('07700 900456');
  });

  it('refuses a month that has not ended, at its field, and says so in the preview', async () => {
    const november = await manager.ok('sync.previewMonth', { month: '2026-11' });
    expect(november.notReady).toBe(
      'November 2026 has not ended yet: its summary can be built from the 1st of the month after.',
    );
    expect(november.reading).toBeNull();
    expect(await manager.call('sync.queueMonth', { month: '2026-11' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'VALIDATION', issues: [{ path: ['month'], message: november.notReady }] }),
    });
    expect(await manager.call('sync.queueMonth', { month: '2026-13' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ path: ['month'] })] }),
    });
  });

  it('queues, sends and keeps the month’s summary like a weekly one', async () => {
    await manager.ok('sync.saveSettings', {
      councilUrl: 'https://council.example.gov.uk/',
      branchId: 'test-branch',
      token: 'a-token-from-the-council',
    });
    const queued = await manager.ok('sync.queueMonth', { month: OCTOBER });
    expect(queued).toEqual(expect.objectContaining({ periodKind: 'month', periodStart: '2026-10-01' }));
    await manager.ok('sync.sendNow', {});
    const opened = await manager.ok('sync.open', { summaryId: queued.summaryId });
    expect(JSON.parse(opened.json)).toEqual(council.received.at(-1)?.body);
    expect(opened.lines.map((s) => s.heading)).toContain('Workforce on the last day of the month');
    // Two on bank contracts are fewer than 5: the Capacity Tracker's agency or bank headcount is not given either.
    expect(opened.lines.find((s) => s.heading === 'Lined up with the Capacity Tracker')?.lines).toContain(
      'Total headcount of agency or bank staff: not sent (too few to count safely) ' +
        '(from pool or bank and agency contracts)',
    );
    expect((await manager.ok('sync.previewMonth', { month: OCTOBER })).alreadyQueued?.state).toBe('sent');
    const audit = await manager.ok('audit.list', { limit: 10 });
    expect(audit.map((a) => a.action)).toContain('sync.queueMonth');
  });

  it('is for the manager only', async () => {
    const coordinator = (await signedInAs(t, 'coordinator')).client;
    for (const name of ['sync.previewMonth', 'sync.queueMonth'] as const)
      expect(await coordinator.call(name, {})).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'FORBIDDEN' }),
      });
  });
});
