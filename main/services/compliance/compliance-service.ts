import { PAY_BENCHMARK_LABELS, benchmarkOn, charterBenchmark, floorOn } from '@shared/domain/policy/pay-policy';
import { charterItems, type CharterChecklist } from '@shared/domain/staff/charter';
import { complianceLines, countByKind, type ComplianceDashboard } from '@shared/domain/staff/compliance';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { readWorkplace } from '../ascwds/workplace-service';
import { listPolicyValues, readPaySettings } from '../policy/pay-policy-service';
import { addDays } from '@shared/domain/time/iso-week';
import { candidateWorkerFacts, currentWorkerFacts } from './compliance-facts';
import { charterRotaFacts } from './charter-rota-facts';
import { sickPayPaidFacts } from './charter-sick-pay-facts';
import { LICENCE_CHECK_DAYS } from '@shared/domain/staff/compliance-dates';

/** The compliance dashboard: every current worker checked against the pay floor and the record-keeping rules. */
export async function complianceDashboard(ctx: HandlerContext): Promise<ComplianceDashboard> {
  const today = londonDate(ctx.deps.clock.now());
  const [values, settings] = await Promise.all([listPolicyValues(ctx.deps.db), readPaySettings(ctx.deps.db)]);
  const floor = floorOn(values, settings, today);
  const { facts, total } = await candidateWorkerFacts(ctx.deps.db, today, {
    floorPence: floor.pencePerHour,
    dbsHorizon: addDays(today, settings.dbsWarningDays),
    rtwHorizon: addDays(today, settings.rtwWarningDays),
    referencesRequired: settings.referencesRequired,
    licenceCheckedBy: addDays(today, -LICENCE_CHECK_DAYS),
  });
  const lines = complianceLines(facts, floor.pencePerHour, settings, today);
  return { today, floorPence: floor.pencePerHour, staffChecked: total, lines, counts: countByKind(lines) };
}

/** The Ethical Care Charter checklist for the branch. */
export async function charterChecklist(ctx: HandlerContext): Promise<CharterChecklist> {
  const today = londonDate(ctx.deps.clock.now());
  const [values, settings, facts, workplace, rota] = await Promise.all([
    listPolicyValues(ctx.deps.db),
    readPaySettings(ctx.deps.db),
    currentWorkerFacts(ctx.deps.db, today),
    readWorkplace(ctx.deps),
    charterRotaFacts(ctx.deps.db, today),
  ]);
  const sickPayPaid = await sickPayPaidFacts(
    ctx.deps.db,
    facts.filter((f) => f.occupationalSickPay).map((f) => f.id),
    today,
  );
  const benchmark = charterBenchmark(settings);
  const livingWage = benchmarkOn(values, benchmark, today);
  return {
    today,
    rotaWeeks: rota?.weeks ?? [],
    items: charterItems({
      workers: facts.length,
      travelPaidFull: facts.filter((f) => f.travelPaidFull).length,
      travelAnswer: workplace.travelTime,
      zeroHours: facts.filter((f) => f.zeroHours).length,
      withSickPay: facts.filter((f) => f.occupationalSickPay).length,
      sickPayPaid,
      belowLivingWage:
        livingWage === null ? 0 : facts.filter((f) => f.currentPence === null || f.currentPence < livingWage).length,
      livingWageLabel: PAY_BENCHMARK_LABELS[benchmark],
      livingWagePence: livingWage,
      rota,
      declared: {
        concernsProcedure: workplace.concernsProcedure,
        trainingInPaidTime: workplace.trainingInPaidTime,
        coworkerMeetings: workplace.coworkerMeetings,
      },
    }),
  };
}
