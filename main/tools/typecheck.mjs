// `npm run typecheck`: each layer against its own tsconfig (shared, main, renderer, test, council), two at a time.
import { join } from 'node:path';
import { root } from './build-lib.mjs';
import { bin, runTool } from './run-tool.mjs';

const layers = ['shared', 'main', 'renderer', 'test', 'council'];

const check = (layer) =>
  runTool(bin('tsc'), [
    '-p',
    join(root, layer),
    '--noEmit',
    '--pretty',
    '--incremental',
    '--tsBuildInfoFile',
    join(root, '.tmp', `tsc-${layer}.tsbuildinfo`),
  ]).then((result) => ({ layer, ...result }));

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
