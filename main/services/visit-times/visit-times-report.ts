import type {
  VisitTimeRow,
  VisitTimesInput,
  VisitTimesReport,
  VisitTimeTotals,
} from '@shared/domain/actuals/visit-time-figures';
import { addMonths } from '@shared/domain/time/calendar';
import { formatWeek } from '@shared/domain/time/format';
import { addDays, mondayOf } from '@shared/domain/time/iso-week';
import { periodLabel } from '@shared/domain/sync/summary-words';
import type { HandlerContext } from '@main/rpc/context';
import { findClients } from '@main/services/clients/client-queries';
import { staffNames } from '@main/services/staff/staff-queries';
import { wallClockNow } from '../actuals/wall-clock';
import { visitTimeTally } from './visit-times-tally';

/** The Visit times figures for a week or a month: the branch's totals, and per person supported and per worker. */
export async function visitTimesReport(ctx: HandlerContext, period: VisitTimesInput): Promise<VisitTimesReport> {
  const db = ctx.deps.db;
  const { from, to, label } = datesOf(period);
  const tally = await visitTimeTally(db, from, to, wallClockNow(ctx));
  const [workers, clients] = await Promise.all([
    staffNames(db, [...tally.byWorker.keys()]),
    findClients(db, [...tally.byPerson.keys()]),
  ]);
  const people = new Map(clients.map((c) => [c.id, `${c.preferred_name ?? c.given_name} ${c.family_name}`]));
  return {
    period,
    periodLabel: label,
    from,
    to,
    lateMinutes: tally.lateMinutes,
    totals: tally.totals,
    byPerson: rowsOf(tally.byPerson, (id) => people.get(id) ?? 'Unknown person'),
    byWorker: rowsOf(tally.byWorker, (id) => workers.get(id) ?? 'Unknown worker'),
  };
}

function datesOf(period: VisitTimesInput): { from: string; to: string; label: string } {
  if (period.kind === 'week') {
    const from = mondayOf(period.isoWeek);
    return { from, to: addDays(from, 6), label: formatWeek(period.isoWeek) };
  }
  const from = `${period.month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1), label: periodLabel({ kind: 'month', start: from }) };
}

// Names in alphabetical order, so a person or worker is found where a reader expects them.
function rowsOf(map: ReadonlyMap<string, VisitTimeTotals>, nameOf: (id: string) => string): VisitTimeRow[] {
  return [...map.entries()]
    .map(([id, totals]) => ({ id, name: nameOf(id), ...totals }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
