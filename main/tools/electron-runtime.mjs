// Find the Electron runtime without requiring the electron module (which tries, and here fails, to download it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-lib.mjs';

/** The Electron executable's path, or null with the reason it is not available. */
export function findElectronBinary(env = process.env) {
  const packageDir = join(root, 'node_modules', 'electron');
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      path: null,
      reason: 'the Electron runtime has not been downloaded (node_modules/electron/path.txt is missing)',
    };
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { path: null, reason: `the Electron runtime is missing at ${binary}` };
  return { path: binary, reason: null };
}
