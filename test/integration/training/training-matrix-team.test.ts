import { afterEach, describe, expect, it } from 'vitest';
import { isFullClientRow } from '@shared/domain/clients/client';
import { openTestBackend, type TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('training matrix filtered by team', () => {
  it('shows exactly the chosen team of a demo person', async () => {
    tb = await openTestBackend({ demo: true });
    const manager = await tb.signedIn('manager');
    const people = await manager.ok('clients.list', { status: 'active' });
    const person = people.rows.filter(isFullClientRow).find((p) => p.teamSize >= 2);
    expect(person).toBeDefined();
    const team = await manager.ok('clients.getTeam', { id: person?.id ?? '' });
    const everyone = await manager.ok('training.matrix', {});
    const matrix = await manager.ok('training.matrix', { clientId: person?.id ?? null });
    const expected = team.members.map((m) => m.staffId).sort();
    expect(expected.length).toBe(person?.teamSize);
    expect(matrix.rows.map((r) => r.staffId).sort()).toEqual(expected);
    expect(matrix.rows.length).toBeLessThan(everyone.rows.length);
  });
});

describe('matrix team filter roles', () => {
  it('refuses a trainer who filters by a person’s team', async () => {
    tb = await openTestBackend({ demo: true });
    const trainer = await tb.signedIn('trainer');
    const manager = await tb.signedIn('manager');
    const person = (await manager.ok('clients.list', { status: 'active' })).rows[0];
    expect(await trainer.call('training.matrix', { clientId: person?.id ?? null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await trainer.call('training.matrix', {})).toMatchObject({ ok: true });
  });
});
