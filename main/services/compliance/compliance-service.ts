import { PAY_BENCHMARK_LABELS, benchmarkOn, charterBenchmark, floorOn } from '@shared/domain/policy/pay-policy';
import { charterItems, type CharterChecklist, type CharterFacts, type CharterItem } from '@shared/domain/staff/charter';
import { complianceLines, countByKind, type ComplianceDashboard } from '@shared/domain/staff/compliance';
import { londonDate } from '@main/platform/clock';
import type { BackendDeps, HandlerContext } from '@main/rpc/context';
import { readWorkplace } from '../ascwds/workplace-service';
import { listPolicyValues, readPaySettings } from '../policy/pay-policy-service';
import { addDays } from '@shared/domain/time/iso-week';
import { candidateWorkerFacts, currentWorkerFacts } from './compliance-facts';
import { charterRotaFacts } from './charter-rota-facts';
import { sickPayPaidFacts } from './charter-sick-pay-facts';
import { readDbsPendingPolicy } from '../staff/eligibility-facts';
import { LICENCE_CHECK_DAYS } from '@shared/domain/staff/compliance-dates';

/** The compliance dashboard: every current worker checked against the pay floor and the record-keeping rules. */
export async function complianceDashboard(ctx: HandlerContext): Promise<ComplianceDashboard> {
  const today = londonDate(ctx.deps.clock.now());
  const [values, settings, dbsPendingPolicy] = await Promise.all([
    listPolicyValues(ctx.deps.db),
    readPaySettings(ctx.deps.db),
    readDbsPendingPolicy(ctx.deps.db),
  ]);
  const floor = floorOn(values, settings, today);
  const { facts, total } = await candidateWorkerFacts(ctx.deps.db, today, {
    floorPence: floor.pencePerHour,
    dbsHorizon: addDays(today, settings.dbsWarningDays),
    rtwHorizon: addDays(today, settings.rtwWarningDays),
    referencesRequired: settings.referencesRequired,
    licenceCheckedBy: addDays(today, -LICENCE_CHECK_DAYS),
  });
  const lines = complianceLines(facts, floor.pencePerHour, { ...settings, dbsPendingPolicy }, today);
  return { today, floorPence: floor.pencePerHour, staffChecked: total, lines, counts: countByKind(lines) };
}

/** The Ethical Care Charter checklist for the branch. */
export async function charterChecklist(ctx: HandlerContext): Promise<CharterChecklist> {
  const today = londonDate(ctx.deps.clock.now());
  const { items, facts } = await charterOn(ctx.deps, today);
  return { today, rotaWeeks: facts.rota?.weeks ?? [], items };
}

/**
 * The Charter as it stood on a date: the facts its rules read and the commitments they give. A monthly summary
 * passes who was employed on its last day, so the Charter counts the same workers as the rest of the summary.
 */
export async function charterOn(
  deps: Pick<BackendDeps, 'db'>,
  date: string,
  employed?: ReadonlySet<string>,
): Promise<{ facts: CharterFacts; items: CharterItem[] }> {
  const [values, settings, current, workplace, rota] = await Promise.all([
    listPolicyValues(deps.db),
    readPaySettings(deps.db),
    currentWorkerFacts(deps.db, date),
    readWorkplace(deps),
    charterRotaFacts(deps.db, date),
  ]);
  const workers = employed ? current.filter((w) => employed.has(w.id)) : current;
  const sickPayPaid = await sickPayPaidFacts(
    deps.db,
    workers.filter((f) => f.occupationalSickPay).map((f) => f.id),
    date,
  );
  const benchmark = charterBenchmark(settings);
  const livingWage = benchmarkOn(values, benchmark, date);
  const facts: CharterFacts = {
    workers: workers.length,
    travelPaidFull: workers.filter((f) => f.travelPaidFull).length,
    travelAnswer: workplace.travelTime,
    zeroHours: workers.filter((f) => f.zeroHours).length,
    withSickPay: workers.filter((f) => f.occupationalSickPay).length,
    sickPayPaid,
    belowLivingWage:
      livingWage === null ? 0 : workers.filter((f) => f.currentPence === null || f.currentPence < livingWage).length,
    livingWageLabel: PAY_BENCHMARK_LABELS[benchmark],
    livingWagePence: livingWage,
    rota,
    declared: {
      concernsProcedure: workplace.concernsProcedure,
      trainingInPaidTime: workplace.trainingInPaidTime,
      coworkerMeetings: workplace.coworkerMeetings,
    },
  };
  return { facts, items: charterItems(facts) };
}
