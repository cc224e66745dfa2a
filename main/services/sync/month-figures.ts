import type { MonthFigures } from '@shared/domain/sync/build-summary';
import { charterFiguresOf } from '@shared/domain/sync/charter-figures';
import type { Period } from '@shared/domain/sync/period';
import { addMonths } from '@shared/domain/time/calendar';
import { addDays } from '@shared/domain/time/iso-week';
import type { BackendDeps } from '@main/rpc/context';
import { charterOn } from '../compliance/compliance-service';
import { apprenticeshipFigures } from './month-apprenticeships';
import { payFigures } from './month-pay';
import { trainingFigures } from './month-training';
import { employedOn, workforceFigures } from './month-workforce';

// A month's true figures for its council summary, each read by the service that already computes it for the branch
// (the ASC-WDS staff file's codes, the pay view, the training matrix's expiries, the apprenticeships dashboard, the
// Charter checklist), so what the council is told is what the manager sees. Suppression happens after, in shared/.

/** The calendar month a date falls in, as a summary period. */
export function monthPeriod(date: string): Period {
  const start = `${date.slice(0, 7)}-01`;
  return { kind: 'month', start, end: addDays(addMonths(start, 1), -1) };
}

/** Everything a month's summary is built from, as it stood on the month's last day. */
export async function monthFigures(deps: Pick<BackendDeps, 'db' | 'clock'>, period: Period): Promise<MonthFigures> {
  const workers = await employedOn(deps.db, period.end);
  const [workforce, pay, training, apprenticeships, charter] = await Promise.all([
    workforceFigures(deps, period, workers),
    payFigures(deps, period, workers),
    trainingFigures(deps, period, workers),
    apprenticeshipFigures(deps, period),
    charterOn(deps, period.end, new Set(workers.map((w) => w.id))),
  ]);
  return { workforce, pay, training, apprenticeships, charter: charterFiguresOf(charter.items, charter.facts) };
}
