import { runWriteKills } from '../fixtures/stores/write-kills';
import { benchRow, type BenchRow } from './bench-row';

// security.md's durability promise is 1,000 kills of a process writing through the backend, backups included
// (about an hour here); a bench run takes STORE_KILLS of them (40 unless set, within the bench's four minutes a
// suite) and says so. Kills during upgrades are store.migration_kills_survived.
const TARGET = 1_000;

/** store.kills_survived: SIGKILLs while writing and backing up after which nothing reported saved is lost. */
export default async function storeKillsBench(): Promise<BenchRow[]> {
  const kills = Number(process.env.STORE_KILLS ?? 40);
  const trials = await runWriteKills({ trials: kills, seed: 47, maxKillMs: 3_000 });
  const survived = trials.filter((t) => t.lost === 0 && t.integrityOk && t.auditOk).length;
  const count = (predicate: (t: (typeof trials)[number]) => boolean) => trials.filter(predicate).length;
  const note =
    `${kills} kills while writing and backing up: ${trials.reduce((sum, t) => sum + t.committed, 0)} records ` +
    `reported saved, ${trials.reduce((sum, t) => sum + t.lost, 0)} lost, ${count((t) => !t.integrityOk)} failing ` +
    `integrity_check, ${count((t) => !t.auditOk)} with a broken audit chain` +
    (kills < TARGET ? `; STORE_KILLS=${TARGET} for the full run` : '');
  return [benchRow('store.kills_survived', 'count', '>=', TARGET, survived, note)];
}
