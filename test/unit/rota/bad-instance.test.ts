import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RotaInstance } from '@shared/domain/rota/instance';
import { tinyInstance } from '@test/fixtures/rota/tiny-instance';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const good = tinyInstance([{ id: 'v1', preferredWorkerIds: ['w1'] }], {
  pins: [{ visitId: 'v1', workerIds: ['w1'], startMinute: 540 }],
});
type Raw = ReturnType<typeof structuredClone<RotaInstance>>;

/** Each bad instance the command line must refuse, with the field path and reason it must name. */
const cases: { name: string; spoil: (raw: Raw) => void; path: string; reason: RegExp }[] = [
  {
    name: 'a worker id used twice',
    spoil: (raw) => void raw.workers.push({ ...structuredClone(raw.workers[0] as Raw['workers'][number]) }),
    path: 'workers.3.id',
    reason: /duplicate worker id w1/,
  },
  {
    name: 'a person id used twice',
    spoil: (raw) => void raw.clients.push({ ...structuredClone(raw.clients[1] as Raw['clients'][number]) }),
    path: 'clients.2.id',
    reason: /duplicate person id c2/,
  },
  {
    name: 'a pin naming an unknown worker',
    spoil: (raw) => void (raw.pins[0] as Raw['pins'][number]).workerIds.splice(0, 1, 'w9'),
    path: 'pins.0.workerIds.0',
    reason: /unknown worker w9/,
  },
  {
    name: 'an availability window that ends before it starts',
    spoil: (raw) => {
      const w = (raw.workers[1] as Raw['workers'][number]).availability[2];
      if (w !== undefined) Object.assign(w, { startMinute: 600, endMinute: 540 });
    },
    path: 'workers.1.availability.2.endMinute',
    reason: /ends at 09:00, not after it starts at 10:00/,
  },
  {
    name: 'an unknown preferred worker',
    spoil: (raw) => void (raw.visits[0] as Raw['visits'][number]).preferredWorkerIds.push('w7'),
    path: 'visits.0.preferredWorkerIds.1',
    reason: /unknown worker w7/,
  },
];

const spoilt = (spoil: (raw: Raw) => void): Raw => {
  const raw = structuredClone(good);
  spoil(raw);
  return raw;
};

describe('the instance check shared by the command line and the app', () => {
  it('accepts the well-formed instance', () => {
    expect(RotaInstance.safeParse(good).success).toBe(true);
  });

  it.each(cases)('refuses $name, naming the field', ({ spoil, path, reason }) => {
    const r = RotaInstance.safeParse(spoilt(spoil));
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toMatch(reason);
  });
});

describe('rota:plan refuses bad input with exit 2 and the reason, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rota-bad-'));
  const plan = (args: string[]): { code: number | null; err: string } => {
    const r = spawnSync('npx', ['tsx', 'main/cli/rota-plan.ts', ...args, '--iterations', '50'], {
      cwd: root,
      encoding: 'utf8',
    });
    return { code: r.status, err: r.stderr };
  };
  const goodPath = join(dir, 'good.json');
  writeFileSync(goodPath, JSON.stringify(good));

  it('an instance with each of those faults: every one named with its field path', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(spoilt((raw) => cases.forEach((c) => c.spoil(raw)))));
    const r = plan(['--in', file, '--out', join(dir, 'plan.json')]);
    expect(r.code).toBe(2);
    for (const { path, reason } of cases) expect(r.err).toMatch(new RegExp(`${path}: .*${reason.source}`));
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('an --out that cannot be written: a missing folder, or a folder in the file’s place', () => {
    for (const [out, why] of [
      [join(dir, 'no-such-folder', 'plan.json'), /cannot be written \(ENOENT\)/],
      [dir, /is a folder, not a file/],
    ] as const) {
      const r = plan(['--in', goodPath, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--out ${out}`);
      expect(r.err).toMatch(why);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
