// `npm run web -- --port 0 --db <path> [--demo]`: build if stale, then serve the app on 127.0.0.1.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildIsStale, outDir } from './build-lib.mjs';

if (buildIsStale()) {
  console.error('The build is out of date; building first...');
  const { buildAll } = await import('./build.mjs');
  await buildAll({ quiet: true });
}
// The server reads its own arguments from process.argv (everything after `npm run web --`).
await import(pathToFileURL(join(outDir, 'server/cli.mjs')).href);
