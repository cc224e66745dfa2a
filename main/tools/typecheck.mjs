// `npm run typecheck`: each layer against its own tsconfig (shared, main, renderer, test, council), two at a time.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build-lib.mjs';

const layers = ['shared', 'main', 'renderer', 'test', 'council'];
const tsc = join(root, 'node_modules', '.bin', 'tsc');

function check(layer) {
  return new Promise((resolve) => {
    const child = spawn(
      tsc,
      [
        '-p',
        join(root, layer),
        '--noEmit',
        '--pretty',
        '--incremental',
        '--tsBuildInfoFile',
        join(root, '.tmp', `tsc-${layer}.tsbuildinfo`),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A tsc killed from outside (out of memory, a time limit) exits with no output: say so, never a bare "failed".
    child.on('error', (error) => resolve({ layer, code: 1, output: `could not start tsc: ${error.message}` }));
    child.on('close', (code, signal) =>
      resolve({ layer, code, output: output || (signal ? `tsc was stopped by ${signal}` : `tsc exited ${code}`) }),
    );
  });
}

let failed = false;
const queue = [...layers];
async function worker() {
  for (let layer = queue.shift(); layer; layer = queue.shift()) {
    const result = await check(layer);
    if (result.code !== 0) {
      failed = true;
      process.stderr.write(`typecheck ${result.layer}: failed\n${result.output}\n`);
    }
  }
}
await Promise.all([worker(), worker()]);
process.exit(failed ? 1 : 0);
