// Build the renderer (Vite) and bundle the privileged side (esbuild): server host, Electron main, preload, workers.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, outDir, writeStamp } from './build-lib.mjs';

// Native and WASM modules stay outside the bundle and load from node_modules at run time.
const external = ['electron', 'better-sqlite3', '@node-rs/argon2', 'highs'];
// ESM bundles still meet CommonJS dependencies that call require(); give them one.
const esmBanner = {
  js:
    "import { createRequire as __nhCreateRequire } from 'node:module'; " +
    'const require = __nhCreateRequire(import.meta.url);',
};

const bundles = [
  { entry: 'main/server/cli.ts', out: 'server/cli.mjs', format: 'esm' },
  { entry: 'main/rota/worker-entry.ts', out: 'rota/worker-entry.mjs', format: 'esm' },
  { entry: 'main/electron/main.ts', out: 'electron/main.cjs', format: 'cjs' },
  // A sandboxed preload cannot load ESM or other files: one CommonJS file with only electron external.
  { entry: 'main/preload/preload.ts', out: 'electron/preload.cjs', format: 'cjs' },
];

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  await viteBuild({ configFile: join(root, 'renderer/vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  for (const bundle of bundles) {
    const entry = join(root, bundle.entry);
    if (!existsSync(entry)) continue;
    await esbuild({
      entryPoints: [entry],
      outfile: join(outDir, bundle.out),
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: bundle.format,
      external,
      sourcemap: true,
      banner: bundle.format === 'esm' ? esmBanner : undefined,
      logLevel: 'warning',
      define: { 'process.env.NH_BUNDLED': '"1"' },
    });
  }
  writeStamp();
  if (!quiet) console.error(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s into ${outDir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
