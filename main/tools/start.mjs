// `npm start`: build if stale, then open the app in Electron; where no Electron runtime can be had, serve it in the
// browser.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsStale, outDir, root } from './build-lib.mjs';
import { findElectronBinary } from './electron-runtime.mjs';

if (buildIsStale()) {
  console.error('Building the app...');
  const { buildAll } = await import('./build.mjs');
  await buildAll({ quiet: true });
}
const electron = findElectronBinary();
if (electron.path) {
  const child = spawn(electron.path, [join(outDir, 'electron/main.cjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(
    `Electron is not available here: ${electron.reason}. Serving the same app to your browser ` +
      `instead (run "npx install-electron" where downloads work to get the desktop window).`,
  );
  await import(pathToFileURL(join(outDir, 'server/cli.mjs')).href);
}
