// `npm run lint`: ESLint (the layer rules) then Prettier's check, over the same folders `npm run format` writes.
// Each step's failure is printed with its output, or with the signal or exit code when it was stopped from outside.
import { bin, runTool } from './run-tool.mjs';

const sources = '{shared,main,renderer,test,council}/**/*.{ts,tsx,mjs,js,css}';
const steps = [
  // Both keep a cache in .tmp/ (ignored by git), so a second run checks only the files changed since the first.
  ['eslint', ['-c', 'test/eslint.config.js', '--cache', '--cache-location', '.tmp/eslint-cache', '.']],
  ['prettier', ['--check', '--cache', '--cache-location', '.tmp/prettier-cache', '--log-level', 'warn', sources]],
];

let failed = false;
for (const [tool, args] of steps) {
  const result = await runTool(bin(tool), args);
  if (result.code !== 0) {
    failed = true;
    process.stderr.write(`lint ${tool}: failed\n${result.output}\n`);
  } else if (result.output) {
    process.stdout.write(`${result.output}\n`); // warnings
  }
}
process.exit(failed ? 1 : 0);
