import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ELECTRONEGATIVITY_EXCLUSIONS } from '@main/tools/electronegativity/exclusions';
import {
  compareWithExclusions,
  comparisonProblems,
  type Exclusion,
  type Finding,
} from '@main/tools/electronegativity/findings';
import { scanElectronSources } from '@main/tools/electronegativity/scan-offline';

const sandboxFinding: Finding = {
  check: 'SANDBOX_JS_CHECK',
  file: 'main/electron/window.ts',
  sample: 'const window = new BrowserWindow({',
  line: 7,
  description: 'Review the use of the sandbox option',
};
const sandboxExclusion: Exclusion = {
  check: 'SANDBOX_JS_CHECK',
  file: 'main/electron/window.ts',
  sample: 'const window = new BrowserWindow({',
  reason: 'sandbox is set by hardenedWebPreferences()',
};

describe('the Electron security scan against its exclusion list', () => {
  it('passes when every finding is listed, wherever the line has moved to', () => {
    const comparison = compareWithExclusions([{ ...sandboxFinding, line: 40 }], [sandboxExclusion]);
    expect(comparison).toEqual({ newFindings: [], staleExclusions: [] });
    expect(comparisonProblems(comparison)).toEqual([]);
  });

  it('fails on a finding not listed, naming the check, the file and the line', () => {
    const newOne: Finding = {
      check: 'NODE_INTEGRATION_JS_CHECK',
      file: 'main/electron/window.ts',
      sample: 'const window = new BrowserWindow({',
      line: 7,
      description: 'Review the use of the nodeIntegration option',
    };
    const problems = comparisonProblems(compareWithExclusions([sandboxFinding, newOne], [sandboxExclusion]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('New finding');
    expect(problems[0]).toContain('NODE_INTEGRATION_JS_CHECK at main/electron/window.ts:7');
  });

  it('treats a listed finding on an edited line as new, so the change is reviewed again', () => {
    const edited = { ...sandboxFinding, sample: 'const window = new BrowserWindow({ ...options,' };
    const comparison = compareWithExclusions([edited], [sandboxExclusion]);
    expect(comparison.newFindings).toEqual([edited]);
    expect(comparison.staleExclusions).toEqual([sandboxExclusion]);
  });

  it('fails on an exclusion that no longer matches anything, so the list stays exact', () => {
    const problems = comparisonProblems(compareWithExclusions([], [sandboxExclusion]));
    expect(problems).toEqual([
      'Exclusion no longer matches any finding (remove it from the list): SANDBOX_JS_CHECK in ' +
        'main/electron/window.ts at "const window = new BrowserWindow({"',
    ]);
  });

  it('gives every committed exclusion a reason, once', () => {
    for (const exclusion of ELECTRONEGATIVITY_EXCLUSIONS) expect(exclusion.reason.length).toBeGreaterThan(60);
    const keys = ELECTRONEGATIVITY_EXCLUSIONS.map(({ check, file, sample }) => `${check} ${file} ${sample}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('scanning offline', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports a window that turns Node on and isolation off as new findings against the committed list', async () => {
    root = mkdtempSync(join(tmpdir(), 'nh-eng-fixture-'));
    mkdirSync(join(root, 'main/electron'), { recursive: true });
    writeFileSync(
      join(root, 'main/electron/unsafe-window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export function open(): BrowserWindow {',
        '  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        '}',
        '',
      ].join('\n'),
    );
    const scan = await scanElectronSources({ root, folders: ['main/electron'], electronVersion: '45.4.1' });
    expect(scan.unreadable).toEqual([]);
    const { newFindings } = compareWithExclusions(scan.findings, ELECTRONEGATIVITY_EXCLUSIONS);
    const flagged = newFindings.filter((finding) => finding.file === 'main/electron/unsafe-window.ts');
    expect(flagged.map((finding) => finding.check)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
    expect(flagged[0]?.line).toBe(3);
  });
});
