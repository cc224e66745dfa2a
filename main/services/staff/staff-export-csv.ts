import { writeCsv } from '../csv/csv-writer';
import { AppError } from '@shared/contract/errors';
import { listEmployers } from '@main/services/ascwds/employers';
import { currentRates } from './pay-rates';
import { toDetails } from './profile-rows';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { hasRecentReauth } from '../auth/sign-in';
import { STAFF_CSV_COLUMNS } from './staff-csv-columns';

/** Exports need a recent password (security.md); the command line is trusted by file access instead. */
export function assertExportAllowed(ctx: HandlerContext): void {
  if (ctx.origin.transport === 'cli' && ctx.caller === null) return;
  const caller = ctx.requireCaller();
  if (!hasRecentReauth(caller, ctx.deps.clock.now()))
    throw new AppError('FORBIDDEN', 'Enter your password again to export.', { reason: 'reauth_required' });
}

/**
 * The staff list as CSV in the import template's columns, without the sensitive ones; re-importing it changes
 * nothing.
 */
export async function exportStaffCsv(
  ctx: HandlerContext,
  includeArchived: boolean,
): Promise<{ csv: string; rows: number }> {
  assertExportAllowed(ctx);
  const today = londonDate(ctx.deps.clock.now());
  let query = ctx.deps.db.selectFrom('staff').selectAll().where('erased_at', 'is', null);
  if (!includeArchived) query = query.where('status', '=', 'active');
  const [rows, rates, employers] = await Promise.all([
    query.orderBy('reference').execute(),
    currentRates(ctx.deps.db, today),
    listEmployers(ctx.deps.db),
  ]);
  const employerName = new Map(employers.map((e) => [e.id, e.name]));
  const columns = STAFF_CSV_COLUMNS.filter((c) => !c.sensitive && c.name !== 'rate_effective_from');
  const staffValues = (r: (typeof rows)[number]): Record<string, unknown> => ({
    reference: r.reference,
    givenName: r.given_name,
    familyName: r.family_name,
    preferredName: r.preferred_name,
    jobRole: r.job_role,
    email: r.email,
    phone: r.phone,
    startDate: r.start_date,
  });
  const data = rows.map((r) => {
    const details = toDetails(r) as unknown as Record<string, unknown>;
    const staff = staffValues(r);
    return columns.map((c) => {
      const t = c.target;
      if (t.part === 'rate') {
        const pence = rates.get(r.id);
        return pence === undefined ? '' : (pence / 100).toFixed(2);
      }
      const value = t.part === 'staff' ? staff[t.field] : details[t.field];
      if (t.kind === 'employer') return value === null ? '' : (employerName.get(String(value)) ?? '');
      if (value === null || value === undefined) return '';
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
      return String(value);
    });
  });
  const csv = writeCsv(
    columns.map((c) => c.name),
    data,
  );
  await ctx.deps.db.transaction().execute((trx) =>
    ctx.audit(trx, {
      action: 'staff.exportCsv',
      entity: 'staff',
      entityId: null,
      outcome: 'success',
      detail: `${rows.length} rows`,
    }),
  );
  return { csv, rows: rows.length };
}
