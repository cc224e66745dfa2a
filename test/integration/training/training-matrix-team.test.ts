import { afterEach, describe, expect, it } from 'vitest';
import { aPerson, anAccount, openBranch, someStaff } from '@test/fixtures/builders';
import type { TestBackend } from '@test/fixtures/test-backend';

let tb: TestBackend | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

describe('training matrix filtered by team', () => {
  it('shows exactly the chosen team of a person', async () => {
    tb = await openBranch();
    await anAccount(tb, 'manager');
    const [first, second, third, fourth] = await someStaff(tb, 4);
    const person = await aPerson(tb, { team: [first!.id, third!.id] });
    await aPerson(tb, { team: [second!.id, fourth!.id] });
    const manager = await tb.signedIn('manager');
    const team = await manager.ok('clients.getTeam', { id: person.id });
    expect(team.members.map((m) => m.staffId).sort()).toEqual([first!.id, third!.id].sort());
    const everyone = await manager.ok('training.matrix', {});
    const matrix = await manager.ok('training.matrix', { clientId: person.id });
    expect(matrix.rows.map((r) => r.staffId).sort()).toEqual([first!.id, third!.id].sort());
    // The four care workers and the manager.
    expect(everyone.rows).toHaveLength(5);
  });
});

describe('matrix team filter roles', () => {
  it('refuses a trainer who filters by a person’s team', async () => {
    tb = await openBranch();
    await anAccount(tb, 'trainer');
    const [worker] = await someStaff(tb, 1);
    const person = await aPerson(tb, { team: [worker!.id] });
    const trainer = await tb.signedIn('trainer');
    expect(await trainer.call('training.matrix', { clientId: person.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await trainer.call('training.matrix', {})).toMatchObject({ ok: true });
  });
});
