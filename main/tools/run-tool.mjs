// One way for the check scripts (typecheck, lint) to run a tool and say why it failed. A tool stopped from outside
// (out of memory, a time limit, a signal) exits with no output; a bare "failed" then hides the cause, so the result
// always carries the tool's output or, when there is none, the signal or exit code.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build-lib.mjs';

/** The path of a tool installed in node_modules/.bin. */
export const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Run `command args` in the project root, collecting its output; resolves { code, output }, never rejects. */
export function runTool(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const name = command.split(/[\\/]/).pop();
    child.on('error', (error) => resolve({ code: 1, output: `could not start ${name}: ${error.message}` }));
    child.on('close', (code, signal) => {
      const why = signal ? `${name} was stopped by ${signal}` : code !== 0 ? `${name} exited ${code}` : '';
      resolve({ code: signal ? 1 : code, output: [output.trimEnd(), why].filter(Boolean).join('\n') });
    });
  });
}
