// `npm run security:electron`: electronegativity over the Electron sources (main/electron, main/preload), offline,
// for the Electron version package.json pins. Exits 1 on a finding not in the committed exclusion list, on an
// exclusion that matches nothing any more, or on a file it could not read; prints each with what to do.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ELECTRONEGATIVITY_EXCLUSIONS } from './electronegativity/exclusions';
import { compareWithExclusions, comparisonProblems } from './electronegativity/findings';
import { scanElectronSources } from './electronegativity/scan-offline';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ELECTRON_FOLDERS = ['main/electron', 'main/preload'];

const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { devDependencies?: Record<string, string> };
const electronVersion = pkg.devDependencies?.electron;
if (!electronVersion || !/^\d+\.\d+\.\d+$/.test(electronVersion)) {
  console.error(`security:electron: package.json must pin electron to an exact version (found "${electronVersion}")`);
  process.exit(1);
}

const scan = await scanElectronSources({ root, folders: ELECTRON_FOLDERS, electronVersion });
const problems = [
  ...scan.unreadable.map(({ file, message }) => `Could not read ${file}, so it was not checked: ${message}`),
  ...comparisonProblems(compareWithExclusions(scan.findings, ELECTRONEGATIVITY_EXCLUSIONS)),
];
if (scan.checksRun === 0) problems.push('No checks ran (is @doyensec/electronegativity installed?)');

const summary =
  `${scan.findings.length} findings over ${ELECTRON_FOLDERS.join(' and ')} (Electron ${electronVersion}), ` +
  `${ELECTRONEGATIVITY_EXCLUSIONS.length} reviewed in main/tools/electronegativity/exclusions.ts`;
if (problems.length > 0) {
  for (const problem of problems) console.error(`security:electron: ${problem}`);
  console.error(`security:electron: FAILED, ${summary}`);
  process.exit(1);
}
console.log(`security:electron: passed, ${summary}`);
