import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientInput } from '@shared/domain/clients/client';
import type { StaffInput } from '@shared/domain/staff/staff';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';
import type { TestClient } from '@test/fixtures/in-process-client';

// The staff and people lists share one search: every typed word must match a name (or reference / postcode), in
// any order and case, and LIKE's wildcards typed into the box mean themselves.
let tb: TestBackend;
let manager: TestClient;

const PASSWORD = 'correct horse battery staple 42';

function staff(reference: string, givenName: string, familyName: string, preferredName: string | null): StaffInput {
  return {
    reference,
    givenName,
    familyName,
    preferredName,
    jobRole: 8,
    email: null,
    phone: null,
    startDate: '2025-01-06',
  };
}

function person(givenName: string, familyName: string, postcode: string): ClientInput {
  return {
    givenName,
    familyName,
    preferredName: null,
    addressedAs: givenName,
    addressLine1: '1 Test Road',
    addressLine2: null,
    town: 'London',
    postcode,
    lat: 51.445,
    lon: -0.02,
    keyContacts: [],
    whatMatters: 'Being asked first.',
    supportNeeds: [],
    accessNotes: null,
    startDate: '2026-01-05',
    status: 'active',
    pausedFrom: null,
    pausedUntil: null,
    pauseReason: null,
    endedOn: null,
  };
}

beforeAll(async () => {
  tb = await openTestBackend();
  const setup = tb.client();
  await setup.ok('setup.createBranch', {
    providerName: 'Search Test Provider',
    providerId: null,
    branchName: 'Search Branch',
    neighbourhood: 'Catford',
    cqcLocationId: null,
    manager: { givenName: 'Mo', familyName: 'Manager', username: 'mo.manager', password: PASSWORD },
  });
  manager = await tb.signedIn('mo.manager', PASSWORD);
  for (const input of [
    staff('S100', 'Ann', 'Smith', null),
    staff('S101', 'Annabel', 'Jones', 'Bel'),
    staff('S1_2', 'Sam', 'Smithers', null),
    staff('S1X2', 'Sam', 'Stone', null),
  ])
    await manager.ok('staff.create', input);
  for (const input of [person('Iris', 'Walker', 'SE6 2EF'), person('Ivy', 'Walker', 'SE13 5AB')])
    await manager.ok('clients.create', input);
});
afterAll(async () => tb.close());

const staffRefs = async (search: string) =>
  (await manager.ok('staff.list', { search, status: null })).rows.map((r) => r.reference).sort();
const peopleNames = async (search: string) =>
  (await manager.ok('clients.list', { search, status: null })).rows.map((r) => r.givenName).sort();

describe('list search', () => {
  it('finds staff whose names hold every word typed, in any order and case', async () => {
    expect(await staffRefs('smith ann')).toEqual(['S100']);
    expect(await staffRefs('ANN')).toEqual(['S100', 'S101']);
    expect(await staffRefs('bel jones')).toEqual(['S101']);
  });

  it('treats _ and % typed into the box as themselves, not as wildcards', async () => {
    expect(await staffRefs('S1_2')).toEqual(['S1_2']);
    expect(await staffRefs('%')).toEqual([]);
    expect(await staffRefs('S1%2')).toEqual([]);
  });

  it('finds people by name and postcode words together', async () => {
    expect(await peopleNames('walker')).toEqual(['Iris', 'Ivy']);
    expect(await peopleNames('walker se13')).toEqual(['Ivy']);
  });
});
