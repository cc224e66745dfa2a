import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStorePath } from '@main/platform/store-path';
import { anAccount, aWorkplace, openBranch } from '@test/fixtures/builders';
import { fileState } from '../fixtures/stores/store-files';

// The recovery and ASC-WDS commands on the desktop app's own store: with no --db they open the store the app uses
// (the app's userData folder, by the same path logic), and on a store whose keys the app sealed with this computer's
// secret store (which only the app can open) they say what to do instead and leave the store untouched.

const run = promisify(execFile);
const appData = mkdtempSync(join(tmpdir(), 'nh-userdata-'));
// Where the desktop app keeps its store for a user whose app-data folder is `appData` (Linux: XDG_CONFIG_HOME;
// Windows: APPDATA; macOS: the home folder's Library, so HOME too).
const env = { ...process.env, XDG_CONFIG_HOME: appData, APPDATA: appData, HOME: appData };
const storePath = defaultStorePath(env, process.platform === 'darwin' ? 'linux' : process.platform);

async function command(script: 'recover-manager' | 'export:ascwds', ...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], {
      cwd: process.cwd(),
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.skipIf(process.platform === 'darwin')('the command-line tools on the desktop app’s store', () => {
  beforeAll(async () => {
    // The app makes its folder on first start (main/electron/main.ts).
    mkdirSync(dirname(storePath), { recursive: true });
    const tb = await openBranch({ dbPath: storePath });
    await aWorkplace(tb);
    // The manager's own staff record is complete, so ASC-WDS accepts the export.
    await anAccount(tb, 'manager', { complete: true });
    await tb.close();
  }, 60_000);
  afterAll(() => rmSync(appData, { recursive: true, force: true }));

  it('finds the app’s store with no --db: the recovery gives a one-time password', async () => {
    const result = await command('recover-manager');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/Manager "manager" can now sign in once with: \w+-\w+-\w+-\w+/);
  }, 90_000);

  it('finds the app’s store with no --db: the ASC-WDS export writes its files', async () => {
    const out = join(appData, 'ascwds');
    const result = await command('export:ascwds', '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/Wrote .*\b1 workers/);
    expect(readdirSync(out).sort()).toEqual(['staff.csv', 'training.csv', 'workplace.csv']);
  }, 90_000);

  it('refuses a store whose keys the app sealed, saying what to do in the app, and leaves it as it was', async () => {
    // Seal the key files as the desktop app does (safeStorage's output is longer than the 32-byte key).
    const keys = `${storePath}-keys`;
    for (const name of readdirSync(keys).filter((file) => file.endsWith('.key'))) {
      const key = readFileSync(join(keys, name));
      writeFileSync(join(keys, name), Buffer.concat([Buffer.from('sealed by the secret store:'), key]));
    }
    const before = fileState(storePath);
    const recovery = await command('recover-manager');
    expect(recovery.code).toBe(2);
    expect(recovery.stderr).toContain(`The store at ${storePath} is the desktop app's`);
    expect(recovery.stderr).toContain('start Neighbourhood Hub with --recover-manager');
    expect(fileState(storePath)).toEqual(before);
  }, 90_000);
});
