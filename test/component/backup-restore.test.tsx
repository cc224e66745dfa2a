import { screen, within } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { phraseFromKey } from '@main/services/backup/recovery-phrase';
import { anAccount, aStaffMember, openBranch } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';
import { findFocusedErrorSummary, renderApp, signInAs } from './render-app';

// Restoring asks first: the manager picks a backup and types the recovery phrase, the app shows what the backup holds
// (check your answers) and changes nothing until "Restore this backup"; a wrong phrase is named at its field.

let tb: TestBackend | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await tb?.close();
  tb = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function branchWithABackup() {
  const dir = mkdtempSync(join(tmpdir(), 'nh-restore-page-'));
  dirs.push(dir);
  tb = await openBranch({ dbPath: join(dir, 'store.db') });
  await anAccount(tb, 'manager');
  await aStaffMember(tb, { givenName: 'Ngozi', familyName: 'Okafor' });
  const manager = await tb.signedIn('manager');
  await manager.ok('auth.reauthenticate', { password: TEST_PASSWORD });
  const { phrase } = await manager.ok('backup.showPhrase', {});
  const backup = await manager.ok('backup.now', {});
  // Entered after the backup: still there after the check, gone after the restore.
  await aStaffMember(tb, { givenName: 'Later', familyName: 'Entry' });
  return { tb, phrase, backup, manager };
}

describe('restoring a backup from the backups page', () => {
  it('shows what a backup holds before anything changes, then restores it and says where the old data is', async () => {
    const { tb, phrase, manager } = await branchWithABackup();
    const { user } = renderApp(tb, '/backups');
    await signInAs(user, screen, 'manager');
    const table = await screen.findByRole('table', { name: 'Backups' });
    await user.click(within(table).getByRole('button', { name: /Restore the backup of Mon 23 Nov 2026, 09:00/ }));
    await user.type(screen.getByLabelText('Recovery phrase'), phrase.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Check this backup' }));

    const check = await screen.findByRole('region', { name: 'Check the backup before you restore it' });
    const answers = Object.fromEntries(
      within(check)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(answers).toMatchObject({
      'Backup made': 'Mon 23 Nov 2026, 09:00',
      'Made by': 'Made by a manager',
      Branch: 'Test Neighbourhood Hub',
      'Staff records': '2',
    });
    expect(answers['Audit log’s last entry']).toMatch(/^Entry \d+, code [0-9a-f]{64}$/);
    // Nothing has changed yet.
    expect((await manager.ok('staff.list', { status: null })).total).toBe(3);

    await user.click(within(check).getByRole('button', { name: 'Restore this backup' }));
    const done = await screen.findByText('Backup restored');
    expect(done.parentElement).toHaveTextContent(/The data it held before is kept at .*store\.db\.replaced-/);
    const again = await tb.signedIn('manager');
    expect((await again.ok('staff.list', { status: null })).total).toBe(2);
  });

  it('names the recovery phrase when it does not open the backup, and restores nothing', async () => {
    const { tb } = await branchWithABackup();
    const { user } = renderApp(tb, '/backups');
    await signInAs(user, screen, 'manager');
    const table = await screen.findByRole('table', { name: 'Backups' });
    await user.click(within(table).getByRole('button', { name: /Restore the backup of/ }));
    await user.type(screen.getByLabelText('Recovery phrase'), phraseFromKey(Buffer.alloc(32, 9)));
    await user.click(screen.getByRole('button', { name: 'Check this backup' }));
    const summary = await findFocusedErrorSummary(screen);
    expect(within(summary).getByRole('link', { name: /does not open this backup/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Recovery phrase')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Restore this backup' })).not.toBeInTheDocument();
  });
});
