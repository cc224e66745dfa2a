// Shared by build, web and start: what to build, and whether the last build is stale.
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outDir = join(root, 'out');
const stampFile = join(outDir, '.build-stamp');
const sourceRoots = ['shared', 'main', 'renderer', 'package.json', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when out/ is missing or older than any source file. */
export function buildIsStale() {
  if (!existsSync(stampFile)) return true;
  const built = statSync(stampFile).mtimeMs;
  return sourceRoots.some((name) => newestMtime(join(root, name)) > built);
}

export function writeStamp() {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(stampFile, new Date().toISOString());
}
