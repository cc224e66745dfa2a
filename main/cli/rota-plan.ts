// rota:plan -- --in <instance.json> --out <plan.json> [--seed N] [--iterations N] [--time-limit <seconds>] [--threads
// N]
import { RotaInstance } from '@shared/domain/rota/instance';
import { defaultPlannerThreads, planWeekInParallel } from '../rota/plan-in-parallel';
import { validatePlan } from '../rota/validator/validate-plan';
import { EXIT, checkWritable, cliArgs, intOption, readJson, runCli, writeOutput } from './args';

runCli(async () => {
  const a = cliArgs(process.argv.slice(2), ['in', 'out', 'seed', 'iterations', 'time-limit', 'threads'], ['in', 'out']);
  const instance = readJson(a.in ?? '', RotaInstance, 'instance');
  checkWritable(a.out ?? '', 'out');
  const seconds = intOption(a['time-limit'], 'time-limit');
  const started = Date.now();
  const plan = await planWeekInParallel(
    instance,
    {
      seed: intOption(a.seed, 'seed') ?? 1,
      iterations: intOption(a.iterations, 'iterations'),
      timeLimitMs: seconds === undefined ? undefined : seconds * 1000,
    },
    intOption(a.threads, 'threads') ?? defaultPlannerThreads(),
  );
  writeOutput(a.out ?? '', 'out', `${JSON.stringify(plan, null, 1)}\n`);
  const breaches = validatePlan(instance, plan);
  process.stdout.write(
    `${plan.assignments.length} assigned, ${plan.unassigned.length} ` +
      `unassigned, objective ${plan.objective?.weighted ?? 0}, ` +
      `stopped by ${plan.stopReason ?? '-'} after ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s; ${breaches.length} breach(es)\n`,
  );
  return breaches.length === 0 ? EXIT.ok : EXIT.breaches;
});
