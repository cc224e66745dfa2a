import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '@main/backend';
import { WORKPLACE_HEADER } from '@shared/domain/ascwds/headers';
import { aCompleteStaffMember, aWorkplace, openBranch } from '@test/fixtures/builders';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'nh-ascwds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export:ascwds', () => {
  it('writes workplace.csv, staff.csv and training.csv into a new folder, audited as cli', async () => {
    const dbPath = join(dir, 'store.db');
    // A store file with the workplace filled in and two complete staff records.
    const tb = await openBranch({ dbPath });
    await aWorkplace(tb);
    await aCompleteStaffMember(tb);
    await aCompleteStaffMember(tb);
    await tb.close();
    const out = join(dir, 'out', 'nested');
    const { stdout } = await run('npm', ['run', '--silent', 'export:ascwds', '--', '--db', dbPath, '--out', out], {
      cwd: process.cwd(),
    });
    expect(stdout).toMatch(/Wrote .*\b2 workers/);
    for (const file of ['workplace.csv', 'staff.csv', 'training.csv']) expect(existsSync(join(out, file))).toBe(true);
    expect(readFileSync(join(out, 'workplace.csv'), 'utf8').split('\r\n')[0]).toBe(WORKPLACE_HEADER.join(','));
    const check = await createBackend({ dbPath });
    const audit = await check.deps.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('action', '=', 'ascwds.export')
      .execute();
    await check.close();
    expect(audit).toEqual([{ actor: 'cli', action: 'ascwds.export' }]);
  }, 60_000);
});
