// rota:validate -- --in <instance.json> --plan <plan.json>: every breach one per line, then a count.
import { RotaInstance } from '@shared/domain/rota/instance';
import { RotaPlan } from '@shared/domain/rota/plan';
import { validatePlan } from '../rota/validator/validate-plan';
import { EXIT, cliArgs, readJson, runCli } from './args';

runCli(() => {
  const a = cliArgs(process.argv.slice(2), ['in', 'plan'], ['in', 'plan']);
  const instance = readJson(a.in ?? '', RotaInstance, 'instance');
  const plan = readJson(a.plan ?? '', RotaPlan, 'plan');
  const breaches = validatePlan(instance, plan);
  for (const b of breaches) {
    process.stdout.write(
      `rule ${b.rule} ${b.code} visit=${b.visitId ?? '-'} ` +
        `worker=${b.workerId ?? '-'} date=${b.date ?? '-'}: ${b.message}\n`,
    );
  }
  process.stdout.write(`${breaches.length} breach(es)\n`);
  return breaches.length === 0 ? EXIT.ok : EXIT.breaches;
});
