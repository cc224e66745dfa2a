import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RotaEdit } from '@shared/domain/rota-board/board';
import { londonDate } from '@shared/domain/time/london';
import { validatePlan } from '@main/rota';
import { stateOfPlan } from '@main/rota/objective';
import { applyPlacements, placementsOf } from '@main/services/rota/edit-service';
import { loadStoredPlan } from '@main/services/rota/stored-plan';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';

const WEEK = '2026-W48';
const round = (x: number) => Math.round(x * 100) / 100;

/** A coordinator's edit, drawn at random: which visit (and worker, start or other visit), by index. */
function anEdit(visits: number, workers: number) {
  return fc.oneof(
    fc.record({
      kind: fc.constant('assign' as const),
      v: fc.nat(visits - 1),
      w: fc.array(fc.nat(workers - 1), { minLength: 1, maxLength: 2 }),
    }),
    fc.record({ kind: fc.constant('unassign' as const), v: fc.nat(visits - 1) }),
    fc.record({ kind: fc.constant('move' as const), v: fc.nat(visits - 1), m: fc.integer({ min: 0, max: 1380 }) }),
    fc.record({ kind: fc.constant('swap' as const), v: fc.nat(visits - 1), o: fc.nat(visits - 1) }),
    fc.record({ kind: fc.constant('pin' as const), v: fc.nat(visits - 1), p: fc.boolean() }),
  );
}

type DrawnEdit = ReturnType<typeof anEdit> extends fc.Arbitrary<infer T> ? T : never;

/** The edit an index-drawn edit stands for. */
function editOf(e: DrawnEdit, visitIds: readonly string[], workerIds: readonly string[]): RotaEdit {
  const visitId = visitIds[e.v] as string;
  switch (e.kind) {
    case 'assign':
      return { kind: e.kind, visitId, workerIds: e.w.map((i) => workerIds[i] as string) };
    case 'move':
      return { kind: e.kind, visitId, startMinute: e.m };
    case 'swap':
      return { kind: e.kind, visitId, otherVisitId: visitIds[e.o] as string };
    case 'pin':
      return { kind: e.kind, visitId, pinned: e.p };
    case 'unassign':
      return { kind: e.kind, visitId };
  }
}

describe('rota edits (property): whatever a coordinator tries, the saved plan never breaks a hard rule', () => {
  let t: TestBackend;
  let coordinator: TestClient;
  let hood: RotaNeighbourhood;

  beforeAll(async () => {
    t = await openBranch();
    await aQuickPlanner(t);
    await anAccount(t, 'coordinator');
    coordinator = await t.signedIn('coordinator');
    // Four people with teams drawn from five care workers, two visits a day Monday to Saturday.
    hood = await aWeekOfVisits(t, { people: 4, workers: 5 });
    await coordinator.ok('rota.planWeek', { isoWeek: WEEK, iterations: 2000 });
  }, 60_000);
  afterAll(async () => t.close());

  it('random assign / unassign / move / swap / pin sequences', async () => {
    const stored = await loadStoredPlan(t.backend.deps.db, WEEK);
    const visitIds = stored.rows.map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(
        fc.array(anEdit(visitIds.length, hood.workerIds.length), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          for (const e of edits) {
            const input = editOf(e, visitIds, hood.workerIds);
            const r = await coordinator.call('rota.edit', { isoWeek: WEEK, edit: input });
            if (!r.ok) expect(['CONFLICT', 'VALIDATION']).toContain(r.error.code);
          }
          const now = await loadStoredPlan(t.backend.deps.db, WEEK);
          expect(validatePlan(now.instance, now.plan)).toEqual([]);
        },
      ),
      { numRuns: 12, seed: 48 },
    );
  }, 120_000);

  // A live check reads only the part of the week the edit touches (its visits, and the weeks of the workers on
  // them); this compares it with the whole week validated and scored from scratch.
  it('a live check finds the same new breaches and scores as validating and scoring the whole week', async () => {
    const stored = await loadStoredPlan(t.backend.deps.db, WEEK);
    const visitIds = stored.rows.map((r) => r.id);
    const today = londonDate(t.clock.now());
    let withBreaches = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(anEdit(visitIds.length, hood.workerIds.length), async (e) => {
        const edit = editOf(e, visitIds, hood.workerIds);
        const r = await coordinator.call('rota.checkEdit', { isoWeek: WEEK, edit });
        if (!r.ok) {
          // Refused before any check (a wrong number of workers, past midnight): the reference refuses it too.
          expect(() => placementsOf(stored, edit, today)).toThrow();
          return;
        }
        // The reference: the whole edited week validated, less the breaches the whole stored week already had;
        // both weeks scored from scratch.
        const edited = applyPlacements(stored, placementsOf(stored, edit, today));
        const key = (b: { code: string; visitId: string | null; workerId: string | null; date: string | null }) =>
          `${b.code}|${b.visitId ?? ''}|${b.workerId ?? ''}|${b.date ?? ''}`;
        const before = new Set(validatePlan(stored.instance, stored.plan).map(key));
        const caused = validatePlan(edited.instance, edited.plan).filter((b) => !before.has(key(b)));
        expect(r.value.breaches).toEqual(caused);
        expect(r.value.weightedBefore).toBe(round(stateOfPlan(edited.instance, stored.plan).weighted()));
        expect(r.value.weightedAfter).toBe(round(stateOfPlan(edited.instance, edited.plan).weighted()));
        checked += 1;
        if (caused.length > 0) withBreaches += 1;
      }),
      { numRuns: 60, seed: 50 },
    );
    // The comparison meant something: edits were checked, and some of them broke rules.
    expect(checked).toBeGreaterThan(20);
    expect(withBreaches).toBeGreaterThan(0);
  }, 120_000);
});
