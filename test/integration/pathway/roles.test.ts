import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@shared/contract/roles';
import { anAccountForEachRole, openBranch } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// Who may call each pathway and apprenticeship procedure, written out by hand (security.md): managers everything;
// workers their own pathway and apprenticeship (and, as named supervisor or mentor, sign-off and approval);
// trainers read apprenticeship progress and the step names; coordinators only step names; visitors nothing.
const M: Role = 'manager';
const C: Role = 'coordinator';
const T: Role = 'trainer';
const W: Role = 'worker';
const EXPECTED: Record<string, Role[]> = {
  'pathway.listSteps': [M, C, T, W],
  'pathway.saveStep': [M],
  'pathway.archiveStep': [M],
  'pathway.overview': [M],
  'pathway.worker': [M, W],
  'pathway.recordProgression': [M],
  'pathway.setMember': [M],
  'pathway.signOff': [M, W],
  'pathway.career': [M],
  'qualifications.list': [M, W],
  'qualifications.record': [M],
  'qualifications.remove': [M],
  'apprenticeships.standards': [M, T, W],
  'apprenticeships.saveStandard': [M],
  'apprenticeships.dashboard': [M, T],
  'apprenticeships.list': [M, T],
  'apprenticeships.mine': [W, M],
  'apprenticeships.get': [M, T, W],
  'apprenticeships.enrol': [M],
  'apprenticeships.setFunctionalSkills': [M],
  'apprenticeships.logOtj': [M, W],
  'apprenticeships.decideOtj': [M, W],
  'apprenticeships.recordReview': [M],
  'apprenticeships.setGatewayItem': [M],
  'apprenticeships.recordEpa': [M],
  'apprenticeships.withdraw': [M],
};

let tb: TestBackend;
const clients = new Map<Role, TestClient>();
beforeAll(async () => {
  tb = await openBranch();
  await anAccountForEachRole(tb);
  for (const role of ['manager', 'coordinator', 'trainer', 'worker', 'visitor'] as Role[])
    clients.set(role, await tb.signedIn(role));
});
afterAll(() => tb.close());

describe('pathway and apprenticeship procedures × roles', () => {
  it('refuses exactly the roles outside each allowed set', async () => {
    const seen: Record<string, Role[]> = {};
    for (const name of Object.keys(EXPECTED)) {
      seen[name] = [];
      for (const [role, client] of clients) {
        // A bad input: an allowed role gets past the role check to VALIDATION (or an answer); a refused one is
        // FORBIDDEN first.
        const result = await client.raw(name, {
          id: 'not-an-id',
          staffId: 'not-an-id',
          apprenticeshipId: 'not-an-id',
          entryId: 'not-an-id',
        });
        if (result.ok || result.error.code !== 'FORBIDDEN') seen[name].push(role);
      }
    }
    const sorted = (roles: Role[]) => [...roles].sort();
    expect(Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, sorted(v)]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, sorted(v)])),
    );
  });
});
