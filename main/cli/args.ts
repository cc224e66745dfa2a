import { accessSync, constants, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';

/** Exit codes shared by the rota commands: 3 is a failure that is neither breaches nor bad input (no stack trace). */
export const EXIT = { ok: 0, breaches: 1, malformed: 2, failed: 3 } as const;

/** Thrown for bad input; the command prints the message and exits 2. */
export class MalformedInput extends Error {}

/** Parse `--name value` options; unknown options and missing required ones are malformed input. */
export function cliArgs<K extends string>(
  argv: readonly string[],
  names: readonly K[],
  required: readonly K[],
): Record<K, string | undefined> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (e) {
    throw new MalformedInput(e instanceof Error ? e.message : String(e));
  }
  for (const r of required) if (values[r] === undefined) throw new MalformedInput(`missing --${r}`);
  return values as Record<K, string | undefined>;
}

/** Read and validate a JSON file; errors name the file and the field path. */
export function readJson<T extends z.ZodType>(path: string, schema: T, label: string): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new MalformedInput(`${label} ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 20)
      .map((i) => `  ${i.path.length === 0 ? '(root)' : i.path.join('.')}: ${i.message}`);
    throw new MalformedInput(`${label} ${path} is malformed:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Parse an optional whole-number option. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new MalformedInput(`--${name} must be a whole number of 0 or more, got ${value}`);
  return n;
}

const reason = (e: unknown): string =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.message : String(e);

/**
 * Refuse an output path that cannot be written before any work is done: a missing or read-only folder, a folder in
 * the file's place, or a read-only file.
 */
export function checkWritable(path: string, option: string): void {
  const full = resolve(path);
  try {
    if (statSync(full, { throwIfNoEntry: false })?.isDirectory() === true)
      throw new MalformedInput(`--${option} ${path} is a folder, not a file`);
    accessSync(dirname(full), constants.W_OK);
    if (statSync(full, { throwIfNoEntry: false }) !== undefined) accessSync(full, constants.W_OK);
  } catch (e) {
    if (e instanceof MalformedInput) throw e;
    throw new MalformedInput(`--${option} ${path} cannot be written (${reason(e)})`);
  }
}

/** Write a command's output file; a failure is reported as bad input naming the option, not a stack trace. */
export function writeOutput(path: string, option: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new MalformedInput(`--${option} ${path} cannot be written (${reason(e)})`);
  }
}

/**
 * Run a command body: its number is the exit code; malformed input exits 2 with the reason, and anything else exits
 * 3 with its message, never a stack trace (exit 1 means breaches only).
 */
export function runCli(body: () => number | Promise<number>): void {
  const fail = (e: unknown): void => {
    const malformed = e instanceof MalformedInput;
    process.stderr.write(`${malformed ? '' : 'failed: '}${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = malformed ? EXIT.malformed : EXIT.failed;
  };
  try {
    const code = body();
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => (process.exitCode = c), fail);
  } catch (e) {
    fail(e);
  }
}
