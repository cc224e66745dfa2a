import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '@main/backend';
import { buildDemoBranch } from '@main/demo/demo-branch';
import { ManualClock } from '@main/platform/clock';
import { seededIds } from '@main/platform/ids';
import { advanceAuditWitness } from '@main/services/audit/audit-witness';
import { DEMO_BUILD_ID_SEED, DEMO_IMAGE_ENV, TEST_NOW, testKeys } from '../fixtures/test-backend';

/**
 * Build the demo branch once, through the services, and leave its serialized store for every test file: rebuilding
 * it per test would cost seconds each. Workers inherit the environment variable that names it.
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-demo-image-'));
  const clock = new ManualClock(TEST_NOW);
  const backend = await createBackend({
    dbPath: ':memory:',
    clock,
    ids: seededIds(clock, DEMO_BUILD_ID_SEED),
    onInternalError: () => undefined,
    keys: testKeys(),
  });
  const summary = await buildDemoBranch(backend.deps);
  // The audit witness travels with the image, as the key folder travels with a store.
  await advanceAuditWitness(backend.deps);
  const base = join(dir, 'demo');
  writeFileSync(`${base}.db`, backend.store.raw.serialize());
  writeFileSync(`${base}.json`, JSON.stringify(summary));
  writeFileSync(`${base}.witness`, backend.deps.witness.read() ?? '');
  await backend.close();
  process.env[DEMO_IMAGE_ENV] = base;
  return () => rmSync(dir, { recursive: true, force: true });
}
