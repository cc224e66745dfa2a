import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterChecklist, CharterItem } from '@shared/domain/staff/charter';
import {
  aCourse,
  aQuickPlanner,
  aWorkerClearedToWork,
  aTrainingSession,
  aWeekOfVisits,
  openBranch,
  write,
} from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

const WEEK = '2026-W48'; // the week of the tests' today, Monday 23 November 2026

describe('the Charter computed from a planned rota', () => {
  let t: TestBackend;
  let charter: CharterChecklist;
  let visits: number;
  let workersOnRota: number;
  const item = (stage: number, n: number): CharterItem => {
    const found = charter.items.find((i) => i.stage === stage && i.number === n);
    if (!found) throw new Error(`no commitment ${stage}.${n}`);
    return found;
  };

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    const workers = [];
    for (let i = 0; i < 3; i += 1) workers.push((await aWorkerClearedToWork(t)).id);
    const [metColleagues = ''] = workers;
    // Only one of the three has a team meeting in the week; all three are on the two people's teams.
    await write(t, 'availability.addTeamMeeting', {
      staffIds: [metColleagues],
      date: '2026-11-23',
      startMinute: 14 * 60,
      endMinute: 15 * 60,
      note: null,
    });
    await aWeekOfVisits(t, { people: 2, workers });
    await write(t, 'rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
    // Training booked after the week was planned: worked time the week's pay view does not pay.
    const course = await aCourse(t);
    await aTrainingSession(t, course.id, { date: '2026-11-29', booked: [metColleagues] });
    const rows = await t.backend.deps.db
      .selectFrom('rota_visit')
      .select(['worker1_id', 'worker2_id'])
      .where('iso_week', '=', WEEK)
      .where('worker1_id', 'is not', null)
      .execute();
    visits = rows.length;
    workersOnRota = new Set(rows.flatMap((r) => [r.worker1_id, r.worker2_id]).filter((w) => w !== null)).size;
    charter = (await write(t, 'compliance.charter', {})) as CharterChecklist;
  }, 60_000);
  afterAll(async () => t.close());

  it('reads the planned week around today', () => {
    expect(charter.rotaWeeks).toEqual([WEEK]);
    expect(visits).toBeGreaterThan(20);
  });

  it('1.2 is met from the visit lengths planned, with the count behind it', () => {
    expect(item(1, 2)).toEqual(
      expect.objectContaining({
        status: 'met',
        basis: 'data',
        figure: `0 of ${visits} visits in the week planned under 30 minutes without the person’s agreement`,
      }),
    );
  });

  it('2.5 is not met: two of the workers on the rota have no team meeting recorded in the week', () => {
    expect(workersOnRota).toBe(3);
    expect(item(2, 5)).toEqual(
      expect.objectContaining({
        status: 'not_met',
        basis: 'data',
        figure: '1 of 3 workers on the rota have a team meeting in the week planned',
      }),
    );
  });

  it('2.4 is not met: training booked after planning is not in the week’s pay', () => {
    expect(item(2, 4)).toEqual(
      expect.objectContaining({
        status: 'not_met',
        basis: 'data',
        figure:
          '1 of 3 workers on the rota booked on training in the week planned; ' +
          '0 h of 4 h booked is paid in the pay view',
      }),
    );
  });

  it('2.1 and 1.4 are measured from the plan: the chosen teams do every visit and no visit is rushed', () => {
    expect(item(2, 1)).toMatchObject({ status: 'met', basis: 'data' });
    expect(item(2, 1).figure).toMatch(/^100% of visits in the week planned by the person’s chosen team/);
    expect(item(1, 4)).toMatchObject({ status: 'met', basis: 'data' });
  });

  it('no commitment says the store cannot hold rotas', () => {
    expect(charter.items.map((i) => i.figure).join(' ')).not.toMatch(/does not hold|needs rotas/i);
  });
});
