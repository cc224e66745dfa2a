import {
  VISITOR_CSV_COLUMNS,
  VisitorInput,
  type VisitorImportProblem,
  type VisitorImportReport,
} from '@shared/domain/hub/setup';
import type { HandlerContext } from '@main/rpc/context';
import { usernameFor } from '../accounts/account-service';
import { generateTemporaryPassword, hashPassword } from '../auth/passwords';
import { readCsvRows } from '../csv/csv-reader';
import { insertVisitors, type VisitorPlan } from './visitors-service';

const REQUIRED = ['name', 'organisation'] as const;
const MAX_PROBLEMS = 500;

// Which spreadsheet column a schema field came from.
const COLUMN_OF: Record<string, string> = {
  displayName: 'name',
  organisationId: 'organisation',
  username: 'username',
  email: 'email',
  phone: 'phone',
};

/**
 * Visitor accounts from a CSV (columns name, organisation, and optionally username, email, phone). Every row is checked
 * first: any bad row means nothing is imported, and the report names each bad row, column and reason. A good file makes
 * every account in one transaction and answers their temporary passwords, shown once.
 */
export async function importVisitors(ctx: HandlerContext, csv: string, dryRun: boolean): Promise<VisitorImportReport> {
  const [header = [], ...body] = readCsvRows(csv);
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: VisitorImportProblem[] = [];
  const report = (imported: boolean, created: VisitorImportReport['created'] = []): VisitorImportReport => ({
    imported,
    rows: body.length,
    problems: problems.slice(0, MAX_PROBLEMS),
    created,
  });
  names.forEach((name, i) => {
    if (!(VISITOR_CSV_COLUMNS as readonly string[]).includes(name))
      problems.push({
        row: 1,
        column: header[i] ?? '',
        reason: `Unknown column: use ${VISITOR_CSV_COLUMNS.join(', ')}`,
      });
  });
  for (const required of REQUIRED)
    if (!names.includes(required)) problems.push({ row: 1, column: required, reason: 'This column is required' });
  if (body.length === 0) problems.push({ row: 2, column: '', reason: 'The file has no rows to import' });
  if (problems.length > 0) return report(false);

  const db = ctx.deps.db;
  const organisations = new Map(
    (await db.selectFrom('hub_organisation').select(['id', 'name']).where('removed_at', 'is', null).execute()).map(
      (o) => [o.name.trim().toLowerCase(), o.id],
    ),
  );
  const existing = new Set((await db.selectFrom('account').select('username').execute()).map((a) => a.username));
  const taken = new Set(existing);
  const inFile = new Map<string, number>();
  const plans: Omit<VisitorPlan, 'passwordHash'>[] = [];
  const cell = (cells: string[], column: string) => (cells[names.indexOf(column)] ?? '').trim();

  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== names.length) {
      problems.push({ row, column: '', reason: `Expected ${names.length} cells, found ${cells.length}` });
      return;
    }
    const before = problems.length;
    const organisationName = cell(cells, 'organisation');
    const organisationId = organisations.get(organisationName.toLowerCase());
    if (!organisationId)
      problems.push({
        row,
        column: 'organisation',
        reason: organisationName
          ? `“${organisationName}” is not registered with the hub: add the organisation first`
          : 'Enter the organisation',
      });
    const displayName = cell(cells, 'name');
    const [given = '', ...rest] = displayName.split(/\s+/);
    const typedUsername = names.includes('username') ? cell(cells, 'username') : '';
    const username = typedUsername || usernameFor(given, rest.join(' ') || 'visitor', taken);
    const checked = VisitorInput.safeParse({
      username,
      displayName,
      organisationId: organisationId ?? '00000000-0000-7000-8000-000000000000',
      email: names.includes('email') ? cell(cells, 'email') : null,
      phone: names.includes('phone') ? cell(cells, 'phone') : null,
    });
    if (!checked.success)
      for (const issue of checked.error.issues)
        problems.push({ row, column: COLUMN_OF[String(issue.path[0])] ?? '', reason: issue.message });
    const lower = username.toLowerCase();
    if (typedUsername && existing.has(lower))
      problems.push({ row, column: 'username', reason: `The username "${lower}" is taken` });
    const earlier = inFile.get(lower);
    if (earlier !== undefined)
      problems.push({ row, column: 'username', reason: `The username "${lower}" is also on row ${earlier}` });
    inFile.set(lower, row);
    taken.add(lower);
    if (problems.length > before || !checked.success || !organisationId) return;
    plans.push({ ...checked.data, organisationId });
  });

  if (problems.length > 0 || dryRun) return report(false);
  const passwords = plans.map(() => generateTemporaryPassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  const ids = await db.transaction().execute(async (trx) => {
    const made = await insertVisitors(
      trx,
      ctx.deps,
      plans.map((plan, i) => ({ ...plan, passwordHash: hashes[i] ?? '' })),
    );
    await ctx.audit(trx, {
      action: 'hub.visitor.import',
      entity: 'account',
      outcome: 'success',
      detail: `${made.length} visitor accounts`,
    });
    return made;
  });
  ctx.deps.events.publish('accounts.changed', { ids });
  ctx.deps.events.publish('hub.changed', { ids });
  return report(
    true,
    ids.map((accountId, i) => ({
      accountId,
      username: plans[i]?.username ?? '',
      temporaryPassword: passwords[i] ?? '',
    })),
  );
}
