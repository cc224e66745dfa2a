import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rotaJsonSchemas } from '@main/rota/json-schemas';
import { tinyInstance, tinyPlan } from '@test/fixtures/rota/tiny-instance';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (script: string, args: string[]): { code: number | null; out: string; err: string } => {
  const r = spawnSync('npx', ['tsx', `main/cli/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('rota CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rota-cli-'));
  const inst = tinyInstance([{ id: 'v1' }, { id: 'v2', startMinute: 660 }]);
  const instPath = join(dir, 'instance.json');
  writeFileSync(instPath, JSON.stringify(inst));

  it('plans (exit 0) and the written plan validates clean (exit 0)', () => {
    const planPath = join(dir, 'plan.json');
    const p = run('rota-plan', ['--in', instPath, '--out', planPath, '--seed', '3', '--iterations', '200']);
    expect(p.code).toBe(0);
    expect(JSON.parse(readFileSync(planPath, 'utf8')).assignments).toHaveLength(2);
    const v = run('rota-validate', ['--in', instPath, '--plan', planPath]);
    expect(v.code).toBe(0);
    expect(v.out.trim()).toBe('0 breach(es)');
  });

  it('prints every breach one per line then the count, and exits 1', () => {
    const planPath = join(dir, 'bad.json');
    writeFileSync(
      planPath,
      JSON.stringify(
        tinyPlan(inst, [
          ['v1', ['w3']],
          ['v2', ['w1']],
        ]),
      ),
    );
    const v = run('rota-validate', ['--in', instPath, '--plan', planPath]);
    expect(v.code).toBe(1);
    const lines = v.out.trim().split('\n');
    expect(lines[0]).toContain('not_in_team visit=v1 worker=w3');
    expect(lines.at(-1)).toBe('1 breach(es)');
  });

  it('exits 2 on malformed input, naming the field path', () => {
    const badPath = join(dir, 'bad-instance.json');
    const raw = JSON.parse(JSON.stringify(inst)) as { visits: Record<string, unknown>[] };
    delete raw.visits[0]?.clientId;
    writeFileSync(badPath, JSON.stringify(raw));
    const v = run('rota-validate', ['--in', badPath, '--plan', badPath]);
    expect(v.code).toBe(2);
    expect(v.err).toContain('visits.0.clientId');
    expect(run('rota-plan', ['--in', instPath]).code).toBe(2);
  });
});

describe('JSON Schemas', () => {
  it('committed main/rota/formats/schemas match the zod schemas (run main/cli/rota-schemas.ts to refresh)', () => {
    for (const [name, schema] of Object.entries(rotaJsonSchemas())) {
      const committed: unknown = JSON.parse(readFileSync(join(root, 'main/rota/formats/schemas', name), 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
