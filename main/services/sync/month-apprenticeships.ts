import type { ApprenticeshipFigures } from '@shared/domain/sync/build-summary';
import type { Period } from '@shared/domain/sync/period';
import type { BackendDeps } from '@main/rpc/context';
import { apprenticeshipRows } from '../apprenticeships/apprenticeship-rows';

/**
 * Apprenticeships in the month, read as the apprenticeships dashboard reads them: those on programme (started by the
 * month's last day, still active) by standard, with their off-the-job hours and reviews as of that day; starts and
 * end-point completions dated in the month.
 */
export async function apprenticeshipFigures(
  deps: Pick<BackendDeps, 'db'>,
  period: Period,
): Promise<ApprenticeshipFigures> {
  const [rows, starts, completions] = await Promise.all([
    apprenticeshipRows({ deps }, { status: 'active' }, period.end),
    countBetween(deps, 'start_date', period),
    countBetween(deps, 'completed_on', period),
  ]);
  const active = rows.filter((r) => r.startDate <= period.end);
  const activeByStandard: Record<string, number> = {};
  for (const row of active) activeByStandard[row.standardCode] = (activeByStandard[row.standardCode] ?? 0) + 1;
  return {
    activeByStandard,
    starts,
    completions,
    offTheJobOnTrack: { count: active.filter((r) => r.otjStatus !== 'behind').length, of: active.length },
    reviewsOverdue: active.filter((r) => r.reviewDaysLeft < 0).length,
  };
}

async function countBetween(
  deps: Pick<BackendDeps, 'db'>,
  column: 'start_date' | 'completed_on',
  period: Period,
): Promise<number> {
  const row = await deps.db
    .selectFrom('apprenticeship')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '>=', period.start)
    .where(column, '<=', period.end)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
