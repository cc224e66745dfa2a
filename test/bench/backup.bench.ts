import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { phraseFromKey } from '@main/services/backup/recovery-phrase';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, type BenchRow } from './bench-row';

// The demo branch's store (150 workers, their people and rota) backed up, checked and restored through the manager's
// procedures, on a store file as in the app: how long the manager waits at each step.
export default async function backupBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nh-backup-bench-'));
  const tb = await openTestBackend({ demo: true, dbPath: join(dir, 'store.db') });
  try {
    const manager = await tb.signedIn('manager');
    const phrase = phraseFromKey(tb.backend.deps.keys.key('backup'));
    const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const value = await run();
      return [value, (performance.now() - start) / 1000];
    };
    const [file, backupSeconds] = await timed(() => manager.ok('backup.now', { folder: join(dir, 'backups') }));
    const [, checkSeconds] = await timed(() => manager.ok('backup.check', { file: file.path, phrase }));
    const [, restoreSeconds] = await timed(() => manager.ok('backup.restore', { file: file.path, phrase }));
    const note = `demo branch, ${(file.bytes / 1024 / 1024).toFixed(1)} MB encrypted`;
    return [
      benchRow('backup.demo_backup_s', 's', '<=', 5, backupSeconds, note),
      benchRow('backup.demo_check_s', 's', '<=', 5, checkSeconds, note),
      benchRow('backup.demo_restore_s', 's', '<=', 10, restoreSeconds, note),
    ];
  } finally {
    await tb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
