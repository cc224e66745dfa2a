import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import { buildMonthlySummary, buildWeeklySummary, type SummaryEnvelope } from '@shared/domain/sync/build-summary';
import type { Period } from '@shared/domain/sync/period';
import type { KnownPersonalData } from '@shared/domain/sync/personal-data';
import { SUMMARY_ID_PATTERN, type SummaryBranch } from '@shared/domain/sync/summary-v1';
import type { CurrentSummary } from '@shared/domain/sync/summary';
import { addDays, isoWeekOf, mondayOf } from '@shared/domain/time/iso-week';
import { formatWeekInSentence } from '@shared/domain/time/format';
import type { Database } from '@main/db/schema';
import { APP_VERSION } from '@main/platform/app-version';
import { londonDate } from '@main/platform/clock';
import type { BackendDeps } from '@main/rpc/context';
import { auditHead } from '../audit/audit-head';
import { GENESIS } from '../audit/audit-seal';
import { getBranch } from '../setup/setup-service';
import { enqueueSummary, OutboxRefusal, type OutboxItem } from './outbox';
import { readCouncilBranchId } from './sync-settings';
import { monthFigures } from './month-figures';
import { weekFigures, weekNotReady } from './week-figures';

// Building a summary from the store and queueing it (council-sync.md, "The branch side"): the figures come from the
// services that already compute them (week-figures.ts), suppression and the schema from shared/domain/sync, and the
// audit log's head travels with it so the council can later tell a rewritten history.

/** What building a summary needs from the backend. */
export type SummaryDeps = Pick<BackendDeps, 'db' | 'clock' | 'ids' | 'keys'>;

/** The week a summary is due for by default: the last one finished (Monday to Sunday) by the branch's clock. */
export function lastFinishedWeek(now: Date): string {
  return isoWeekOf(addDays(londonDate(now), -7));
}

/** The branch as the council sees it; the council's name for it when set, else its CQC location id or name. */
export async function summaryBranch(db: Kysely<Database>): Promise<SummaryBranch> {
  const branch = await getBranch({ db });
  if (!branch) throw new AppError('CONFLICT', 'Set up the branch before sending summaries to the council.');
  return {
    providerId:
      branch.providerId && SUMMARY_ID_PATTERN.test(branch.providerId) ? branch.providerId : slug(branch.providerName),
    providerName: branch.providerName,
    branchId: (await readCouncilBranchId(db)) ?? suggestedBranchId(branch),
    branchName: branch.branchName,
    neighbourhood: branch.neighbourhood,
  };
}

/** What the branch is called at the council until the manager sets it: its CQC location id, else its name. */
export function suggestedBranchId(branch: { cqcLocationId: string | null; branchName: string }): string {
  return branch.cqcLocationId ?? slug(branch.branchName);
}

function slug(name: string): string {
  const text = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return text || 'branch';
}

/** A week's summary from the store, suppressed, checked against its schema by the caller (enqueue or preview). */
export async function buildWeekSummary(deps: SummaryDeps, isoWeek: string, db = deps.db): Promise<CurrentSummary> {
  const notReady = await weekNotReady(db, isoWeek);
  if (notReady) throw new AppError('CONFLICT', `No summary for the ${formatWeekInSentence(isoWeek)}: ${notReady}`);
  const start = mondayOf(isoWeek);
  const period: Period = { kind: 'week', start, end: addDays(start, 6) };
  const [envelope, figures] = await Promise.all([
    envelopeFor(deps, period, db),
    weekFigures(db, isoWeek, deps.clock.now()),
  ]);
  return buildWeeklySummary(envelope, figures);
}

/** A calendar month's workforce summary from the store, as it stood on the month's last day, suppressed. */
export async function buildMonthSummary(deps: SummaryDeps, period: Period, db = deps.db): Promise<CurrentSummary> {
  const [envelope, figures] = await Promise.all([
    envelopeFor(deps, period, db),
    monthFigures({ db, clock: deps.clock }, period),
  ]);
  return buildMonthlySummary(envelope, figures);
}

async function envelopeFor(deps: SummaryDeps, period: Period, db: Kysely<Database>): Promise<SummaryEnvelope> {
  const [branch, head] = await Promise.all([summaryBranch(db), auditHead(db, deps.keys)]);
  return {
    summaryId: deps.ids(),
    branch,
    period,
    generatedAt: deps.clock.now().toISOString(),
    appVersion: APP_VERSION,
    // An empty log has no head yet; the chain's genesis stands for it.
    auditHead: head?.hash ?? GENESIS,
  };
}

/** Every name and record id in the store, which must not appear anywhere in a summary. */
export async function knownPersonalData(db: Kysely<Database>): Promise<KnownPersonalData> {
  const [staff, clients, accounts] = await Promise.all([
    db.selectFrom('staff').select(['id', 'given_name', 'family_name', 'preferred_name']).execute(),
    db.selectFrom('client').select(['id', 'given_name', 'family_name', 'preferred_name']).execute(),
    db.selectFrom('account').select(['id', 'username', 'display_name']).execute(),
  ]);
  const names: string[] = [];
  for (const p of [...staff, ...clients])
    names.push(p.given_name, p.family_name, ...(p.preferred_name ? [p.preferred_name] : []));
  for (const a of accounts) names.push(a.username, a.display_name);
  return { names, ids: [...staff, ...clients, ...accounts].map((r) => r.id) };
}

/**
 * Build a week's summary and queue it in one local transaction (no network inside): it is checked against the
 * schema and walked for names, ids and small counts first, so nothing unsafe is ever queued. `audit` writes the
 * audit entry in the same transaction.
 */
export function queueWeekSummary(
  deps: SummaryDeps,
  isoWeek: string,
  audit: (trx: Kysely<Database>, item: OutboxItem) => Promise<void>,
): Promise<OutboxItem> {
  return queueSummary(deps, (trx) => buildWeekSummary(deps, isoWeek, trx), audit);
}

/** Build a month's workforce summary and queue it, as queueWeekSummary does for a week. */
export function queueMonthSummary(
  deps: SummaryDeps,
  period: Period,
  audit: (trx: Kysely<Database>, item: OutboxItem) => Promise<void>,
): Promise<OutboxItem> {
  return queueSummary(deps, (trx) => buildMonthSummary(deps, period, trx), audit);
}

async function queueSummary(
  deps: SummaryDeps,
  build: (trx: Kysely<Database>) => Promise<CurrentSummary>,
  audit: (trx: Kysely<Database>, item: OutboxItem) => Promise<void>,
): Promise<OutboxItem> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const summary = await build(trx);
      const item = await enqueueSummary(trx, summary, deps.clock.now(), await knownPersonalData(trx));
      await audit(trx, item);
      return item;
    });
  } catch (error) {
    if (error instanceof OutboxRefusal)
      throw new AppError('INTERNAL', `${error.message}: ${error.issues.map((i) => i.path.join('.')).join(', ')}`);
    throw error;
  }
}
