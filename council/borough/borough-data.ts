import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { checkSummary, type Summary } from '@shared/domain/sync/summary';
import type { CouncilDatabase } from '@council/db/schema';
import { TREND_FIGURES, type TrendFigure } from './trend-figures';

// The borough view's queries. A branch may send a corrected summary for a period it already reported (a new
// summary id); everywhere here the one built last for that branch and period counts, the earlier ones are kept but
// set aside.

type Db = Kysely<CouncilDatabase>;
type SummaryRow = CouncilDatabase['summary'];

/** One branch's summary for a period. */
export interface BranchSummary {
  summary: Summary;
  receivedAt: string;
}

/** A branch the council expects to hear from (it holds a live token) that has not reported for a period. */
export interface MissingBranch {
  branchId: string;
  branchName: string | null;
  neighbourhood: string | null;
  lastPeriodStart: string | null;
}

/** Per period and neighbourhood: each trend figure's numerator and denominator (denominator 1 for sums). */
export interface TrendRow {
  periodStart: string;
  neighbourhood: string;
  branches: number;
  figures: Record<string, { numerator: number | null; denominator: number | null }>;
}

/** Only the summary a branch built last for its period: a corrected one sets the earlier ones aside. */
function builtLast({ not, exists, selectFrom }: ExpressionBuilder<CouncilDatabase & { s: SummaryRow }, 's'>) {
  return not(
    exists(
      selectFrom('summary as n')
        .select('n.summary_id')
        .whereRef('n.branch_id', '=', 's.branch_id')
        .whereRef('n.period_kind', '=', 's.period_kind')
        .whereRef('n.period_start', '=', 's.period_start')
        .whereRef('n.generated_at', '>', 's.generated_at'),
    ),
  );
}

/** The start of the latest period any branch reported for, or null before the first summary. */
export async function latestPeriodStart(db: Db, kind: 'week' | 'month'): Promise<string | null> {
  const row = await db
    .selectFrom('summary')
    .select((eb) => eb.fn.max('period_start').as('start'))
    .where('period_kind', '=', kind)
    .executeTakeFirst();
  return row?.start ?? null;
}

/** The summaries for one period, the latest built per branch, by neighbourhood then branch name. */
export async function summariesFor(
  db: Db,
  kind: 'week' | 'month',
  start: string,
  neighbourhood: string | null,
): Promise<BranchSummary[]> {
  let query = db
    .selectFrom('summary as s')
    .select(['s.body_json', 's.received_at'])
    .where('s.period_kind', '=', kind)
    .where('s.period_start', '=', start)
    .where(builtLast)
    .orderBy('s.neighbourhood')
    .orderBy('s.branch_name');
  if (neighbourhood) query = query.where('s.neighbourhood', '=', neighbourhood);
  const rows = await query.execute();
  return rows.flatMap((row) => {
    // Stored bodies passed the same check on the way in; one that no longer does (a version retired) is left out.
    const check = checkSummary(JSON.parse(row.body_json));
    return check.ok ? [{ summary: check.summary, receivedAt: row.received_at }] : [];
  });
}

/** Branches with a live token that have no summary for the period, with what their last summary said. */
export async function missingBranches(
  db: Db,
  kind: 'week' | 'month',
  start: string | null,
  neighbourhood: string | null,
): Promise<MissingBranch[]> {
  const expected = await db
    .selectFrom('branch_token')
    .select('branch_id')
    .distinct()
    .where('revoked_at', 'is', null)
    .execute();
  const reported = new Set(
    start
      ? (
          await db
            .selectFrom('summary')
            .select('branch_id')
            .distinct()
            .where('period_kind', '=', kind)
            .where('period_start', '=', start)
            .execute()
        ).map((r) => r.branch_id)
      : [],
  );
  const missing = expected.map((r) => r.branch_id).filter((id) => !reported.has(id));
  if (missing.length === 0) return [];
  const last = await db
    .selectFrom('summary')
    .select(['branch_id', 'branch_name', 'neighbourhood', 'period_start'])
    .where('branch_id', 'in', missing)
    .where('period_kind', '=', kind)
    .orderBy('period_start', 'desc')
    .execute();
  const byBranch = new Map<string, (typeof last)[number]>();
  for (const row of last) if (!byBranch.has(row.branch_id)) byBranch.set(row.branch_id, row);
  return missing
    .map((branchId) => {
      const row = byBranch.get(branchId);
      return {
        branchId,
        branchName: row?.branch_name ?? null,
        neighbourhood: row?.neighbourhood ?? null,
        lastPeriodStart: row?.period_start ?? null,
      };
    })
    .filter((b) => !neighbourhood || b.neighbourhood === neighbourhood)
    .sort(
      (a, b) => (a.neighbourhood ?? '').localeCompare(b.neighbourhood ?? '') || a.branchId.localeCompare(b.branchId),
    );
}

/** Every neighbourhood that has reported, for the filter. */
export async function neighbourhoods(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('summary').select('neighbourhood').distinct().orderBy('neighbourhood').execute();
  return rows.map((r) => r.neighbourhood);
}

/** The trend figures of one kind of period, per period and neighbourhood, in one aggregate query. */
export async function trendRows(db: Db, kind: 'week' | 'month', neighbourhood: string | null): Promise<TrendRow[]> {
  const figures = TREND_FIGURES.filter((f) => f.period === kind);
  const selections = figures.flatMap((f) => aggregateSql(f));
  let query = db
    .selectFrom('summary as s')
    .select(['s.period_start', 's.neighbourhood'])
    .select((eb) => eb.fn.countAll<number | string>().as('branches'))
    .select(selections)
    .where('s.period_kind', '=', kind)
    .where(builtLast)
    .groupBy(['s.period_start', 's.neighbourhood'])
    .orderBy('s.period_start');
  if (neighbourhood) query = query.where('s.neighbourhood', '=', neighbourhood);
  const rows = (await query.execute()) as unknown as Record<string, string | number | null>[];
  return rows.map((row) => ({
    periodStart: String(row.period_start),
    neighbourhood: String(row.neighbourhood),
    branches: Number(row.branches),
    figures: Object.fromEntries(
      figures.map((f) => [
        f.key,
        { numerator: numberOrNull(row[`${f.key}_num`]), denominator: numberOrNull(row[`${f.key}_den`]) },
      ]),
    ),
  }));
}

// Column names come from the fixed figure list, never from a request, so sql.ref is safe here.
function aggregateSql(figure: TrendFigure) {
  const a = figure.aggregate;
  if (a.kind === 'sum') {
    return [
      sql<number>`sum(${sql.ref(`s.${a.column}`)})`.as(`${figure.key}_num`),
      sql<number>`count(${sql.ref(`s.${a.column}`)})`.as(`${figure.key}_den`),
    ];
  }
  const value = sql.ref(`s.${a.column}`);
  const weight = sql.ref(`s.${a.weight}`);
  return [
    sql<number>`sum(${value} * ${weight})`.as(`${figure.key}_num`),
    sql<number>`sum(case when ${value} is not null then ${weight} end)`.as(`${figure.key}_den`),
  ];
}

function numberOrNull(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** One branch's figures from actual visit times for one week: null where not sent as a number (see version). */
export interface VisitTimesRow {
  periodStart: string;
  branchId: string;
  branchName: string;
  neighbourhood: string;
  /** The summary's version: 1 has no figures from visit times, so its nulls are blanks, not suppressed counts. */
  version: number;
  due: number | null;
  onTime: number | null;
  late: number | null;
  missed: number | null;
  completed: number | null;
  lengthened: number | null;
  shortened: number | null;
  plannedHours: number | null;
  actualHours: number | null;
}

/** Every branch's weekly figures from actual visit times, the latest built per branch and week, oldest first. */
export async function visitTimesRows(db: Db, neighbourhood: string | null): Promise<VisitTimesRow[]> {
  let query = db
    .selectFrom('summary as s')
    .select([
      's.period_start',
      's.branch_id',
      's.branch_name',
      's.neighbourhood',
      's.schema_version',
      's.f_vt_due',
      's.f_vt_on_time',
      's.f_vt_late',
      's.f_vt_missed',
      's.f_vt_completed',
      's.f_vt_lengthened',
      's.f_vt_shortened',
      's.f_vt_planned_hours',
      's.f_vt_actual_hours',
    ])
    .where('s.period_kind', '=', 'week')
    .where(builtLast)
    .orderBy('s.period_start')
    .orderBy('s.neighbourhood')
    .orderBy('s.branch_name')
    .orderBy('s.branch_id');
  if (neighbourhood) query = query.where('s.neighbourhood', '=', neighbourhood);
  return (await query.execute()).map((r) => ({
    periodStart: r.period_start,
    branchId: r.branch_id,
    branchName: r.branch_name,
    neighbourhood: r.neighbourhood,
    version: Number(r.schema_version),
    due: numberOrNull(r.f_vt_due),
    onTime: numberOrNull(r.f_vt_on_time),
    late: numberOrNull(r.f_vt_late),
    missed: numberOrNull(r.f_vt_missed),
    completed: numberOrNull(r.f_vt_completed),
    lengthened: numberOrNull(r.f_vt_lengthened),
    shortened: numberOrNull(r.f_vt_shortened),
    plannedHours: numberOrNull(r.f_vt_planned_hours),
    actualHours: numberOrNull(r.f_vt_actual_hours),
  }));
}
