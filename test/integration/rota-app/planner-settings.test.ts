import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANNING_BUDGETS } from '@shared/domain/rota-board/planner-settings';
import { RuleSettings } from '@shared/domain/rota/instance';
import { buildInstance } from '@main/services/rota/build-instance';
import { readPlannerBudget } from '@main/services/rota/planner-settings-service';
import { readRuleSettings } from '@main/services/travel/rule-settings';
import { anAccount, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

const DEFAULT_WEIGHTS = RuleSettings.parse({}).weights;

describe('planning priorities: the branch sets the planner’s weights and planning time', () => {
  let t: TestBackend;
  let manager: TestClient;
  let coordinator: TestClient;

  beforeAll(async () => {
    t = await openBranch();
    await anAccount(t, 'manager');
    await anAccount(t, 'coordinator');
    manager = await t.signedIn('manager');
    coordinator = await t.signedIn('coordinator');
  }, 60_000);
  afterAll(async () => t.close());

  it('starts from rota.md’s defaults and the quick planning time', async () => {
    expect(await coordinator.ok('rota.plannerSettings', {})).toEqual({
      weights: DEFAULT_WEIGHTS,
      planningTime: 'quick',
    });
  });

  it(
    'saves priorities that the next plan’s instance carries, ' +
      'keeping the other rule numbers, and audits the change',
    async () => {
      const before = await readRuleSettings(t.backend.deps.db);
      const weights = { ...DEFAULT_WEIGHTS, distinctWorker: 1000, travelMinute: 0.5 };
      const saved = await manager.ok('rota.savePlannerSettings', { weights, planningTime: 'thorough' });
      expect(saved).toEqual({ weights, planningTime: 'thorough' });
      expect(await coordinator.ok('rota.plannerSettings', {})).toEqual(saved);
      const after = await readRuleSettings(t.backend.deps.db);
      expect({ ...after, weights: before.weights }).toEqual(before);
      expect(await readPlannerBudget(t.backend.deps.db)).toEqual(PLANNING_BUDGETS.thorough);
      const built = await buildInstance(t.backend.deps.db, '2026-W48');
      expect(built.instance.settings.weights).toEqual(weights);
      const audit = await t.backend.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'rota.savePlannerSettings')
        .execute();
      expect(audit).toHaveLength(1);
    },
  );

  it('names each bad field and changes nothing', async () => {
    const stored = await manager.ok('rota.plannerSettings', {});
    const r = await manager.raw('rota.savePlannerSettings', {
      weights: { ...stored.weights, distinctWorker: -5, splitShift: 'lots' },
      planningTime: 'forever',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      const byPath = new Map((r.error.issues ?? []).map((i) => [i.path.join('.'), i.message]));
      expect(byPath.get('weights.distinctWorker')).toBe('Each extra worker a person sees cannot be below 0');
      expect(byPath.get('weights.splitShift')).toBe('Enter a number for each split shift');
      expect(byPath.get('planningTime')).toBe('Choose how long the planner may take');
    }
    expect(await manager.ok('rota.plannerSettings', {})).toEqual(stored);
  });

  it('lets coordinators read the priorities but only the manager change them', async () => {
    const r = await coordinator.raw('rota.savePlannerSettings', { weights: DEFAULT_WEIGHTS, planningTime: 'quick' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
