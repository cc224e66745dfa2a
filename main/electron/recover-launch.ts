import { parseArgs } from 'node:util';
import type { TemporaryPassword } from '@shared/domain/auth/accounts';

// The last manager's recovery from the desktop app itself (security.md: "a command-line recovery on the office PC").
// A desktop store's keys are sealed by this computer's secret store, which only the app can open, so the command-line
// tool cannot recover such a store: the app started with `--recover-manager` does it instead, on the same store
// (`--db` or the app's own), with no window, and shows the one-time password. Pure facts here, so tests check them.

/** The switch that runs the recovery instead of opening the app. */
export const RECOVER_SWITCH = 'recover-manager';

/** Whether the app was started to recover a manager (`--recover-manager [--username <name>]`), and whom. */
export function recoverManagerLaunch(argv: readonly string[]): { username: string | null } | null {
  const { values } = parseArgs({
    args: [...argv],
    options: { [RECOVER_SWITCH]: { type: 'boolean' }, username: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  if (values[RECOVER_SWITCH] !== true) return null;
  return { username: typeof values.username === 'string' && values.username !== '' ? values.username : null };
}

/** What the app shows (and prints) when the recovery worked. */
export function recoveryNotice(result: TemporaryPassword): { title: string; message: string; detail: string } {
  return {
    title: 'Neighbourhood Hub: manager recovered',
    message: `Manager "${result.username}" can now sign in once with: ${result.temporaryPassword}`,
    detail: 'They will be asked to choose a new password. This recovery is recorded in the audit log.',
  };
}
