// Run @doyensec/electronegativity over the Electron sources without touching the network, so the CI step gives the
// same answer on a machine with no route to GitHub. The scanner reaches the network in two places, both through
// the `got` package: it fetches updated translations of its messages (and, with no route, a retry timer of `got`
// later throws "The `onCancel` handler was attached after the promise settled" and kills the process), and its
// AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub. The first is answered "not found"
// at once by a stand-in for `got` (the scanner then keeps the messages it ships with, quietly); the second check is
// left out (see OFFLINE_EXCLUDED_CHECKS), and the stand-in refuses it should it ever run.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { WHOLE_APP, type Finding } from './findings';
import type { RunElectronegativity } from './scanner-types';

/**
 * Checks that need the network and are left out of every scan. AvailableSecurityFixesGlobalCheck compares the
 * Electron version with GitHub's release notes; here the version is pinned exactly in package.json and moved on
 * by hand, and npm's advisories for the electron package cover the same ground.
 */
export const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'] as const;

/** A folder of the repository to scan, by its path from the repository's root (e.g. main/electron). */
export interface ScanOptions {
  readonly root: string;
  readonly folders: readonly string[];
  /** The Electron version the app ships (the version-specific checks depend on it). */
  readonly electronVersion: string;
}

/** What the scan found, and the files it could not read (an unread file is an unchecked file). */
export interface ScanResult {
  readonly findings: Finding[];
  readonly unreadable: { file: string; message: string }[];
  readonly checksRun: number;
}

const require = createRequire(import.meta.url);

function offlineGot(): Promise<{ statusCode: number; body: string }> {
  return Promise.resolve({ statusCode: 404, body: '' });
}
offlineGot.head = (): Promise<never> =>
  Promise.reject(new Error('offline: the Electron security scan makes no network requests'));

/** Put the stand-in for `got` in the module cache where electronegativity's own require('got') will find it. */
function loadScannerOffline(): RunElectronegativity {
  const scannerEntry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(scannerEntry).resolve('got');
  if (!require.cache[gotPath]) {
    const stand = new Module(gotPath);
    stand.exports = offlineGot;
    stand.loaded = true;
    require.cache[gotPath] = stand;
  }
  return require(scannerEntry) as RunElectronegativity;
}

/**
 * Copy the folders into one temporary tree (so the whole-app checks see every handler at once: navigation guards
 * in main/electron, the bridge in main/preload) and scan it. Files come back by their path from the root.
 */
export async function scanElectronSources({ root, folders, electronVersion }: ScanOptions): Promise<ScanResult> {
  const run = loadScannerOffline();
  const tree = mkdtempSync(join(tmpdir(), 'nh-electronegativity-'));
  try {
    for (const folder of folders) cpSync(join(root, folder), join(tree, folder), { recursive: true });
    const result = await run({
      input: tree,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: [...OFFLINE_EXCLUDED_CHECKS],
    });
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file === WHOLE_APP ? WHOLE_APP : issue.file.split('\\').join('/'),
        sample: (issue.sample ?? '').trim(),
        line: issue.location.line,
        description: issue.description,
      })),
      unreadable: result.errors
        .filter((error) => !error.tolerable)
        .map(({ file, message }) => ({ file: relative(tree, file).split('\\').join('/'), message })),
      checksRun: result.globalChecks + result.atomicChecks,
    };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
