import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';

/** Exit codes shared by the rota commands. */
export const EXIT = { ok: 0, breaches: 1, malformed: 2 } as const;

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

/** Parse an optional integer option. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new MalformedInput(`--${name} must be a non-negative number, got ${value}`);
  return n;
}

/** Run a command body, mapping malformed input to exit 2. */
export function runCli(body: () => number | Promise<number>): void {
  const fail = (e: unknown): void => {
    if (e instanceof MalformedInput) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = EXIT.malformed;
      return;
    }
    throw e;
  };
  try {
    const code = body();
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => (process.exitCode = c), fail);
  } catch (e) {
    fail(e);
  }
}
