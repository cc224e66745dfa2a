import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePlan } from '@main/rota';
import { loadStoredPlan } from '@main/services/rota/stored-plan';
import { anAccount, aQuickPlanner, aWeekOfVisits, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';
import type { RotaNeighbourhood } from '@test/fixtures/rota-app-neighbourhood';

const WEEK = '2026-W48';

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
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('assign' as const),
        v: fc.nat(visitIds.length - 1),
        w: fc.array(fc.nat(hood.workerIds.length - 1), { minLength: 1, maxLength: 2 }),
      }),
      fc.record({ kind: fc.constant('unassign' as const), v: fc.nat(visitIds.length - 1) }),
      fc.record({
        kind: fc.constant('move' as const),
        v: fc.nat(visitIds.length - 1),
        m: fc.integer({ min: 0, max: 1380 }),
      }),
      fc.record({ kind: fc.constant('swap' as const), v: fc.nat(visitIds.length - 1), o: fc.nat(visitIds.length - 1) }),
      fc.record({ kind: fc.constant('pin' as const), v: fc.nat(visitIds.length - 1), p: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        for (const e of edits) {
          const visitId = visitIds[e.v] as string;
          const input =
            e.kind === 'assign'
              ? { kind: e.kind, visitId, workerIds: e.w.map((i) => hood.workerIds[i] as string) }
              : e.kind === 'move'
                ? { kind: e.kind, visitId, startMinute: e.m }
                : e.kind === 'swap'
                  ? { kind: e.kind, visitId, otherVisitId: visitIds[e.o] as string }
                  : e.kind === 'pin'
                    ? { kind: e.kind, visitId, pinned: e.p }
                    : { kind: e.kind, visitId };
          const r = await coordinator.call('rota.edit', { isoWeek: WEEK, edit: input });
          if (!r.ok) expect(['CONFLICT', 'VALIDATION']).toContain(r.error.code);
        }
        const now = await loadStoredPlan(t.backend.deps.db, WEEK);
        expect(validatePlan(now.instance, now.plan)).toEqual([]);
      }),
      { numRuns: 12, seed: 48 },
    );
  }, 120_000);
});
