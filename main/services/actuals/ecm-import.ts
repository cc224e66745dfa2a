import type { Insertable } from 'kysely';
import { AppError, type Issue } from '@shared/contract/errors';
import {
  ECM_FIELD_LABELS,
  type EcmImportInput,
  readEcmHeader,
  readEcmRow,
  type EcmRow,
} from '@shared/domain/actuals/call-monitoring';
import type { EcmHeader, EcmImportReport, UnmatchedEcmRow } from '@shared/domain/actuals/ecm-import';
import { checkActualTimes } from '@shared/domain/actuals/time-checks';
import type { z } from 'zod';
import type { ActualImportRowTable, VisitActualTable } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { findClients } from '@main/services/clients/client-queries';
import { staffReferences } from '@main/services/staff/staff-queries';
import { getBranch } from '../setup/setup-service';
import { readCsvRows } from '../csv/csv-reader';
import { listPublishedVisitsBetween } from '../rota/rota-week-queries';
import { actualKey, actualKeysBetween, insertUnmatchedRows, upsertActuals } from './actuals-store';
import { matcher, matchKey, type SeatToMatch } from './ecm-match';

// A file with more bad rows than this is the wrong file or a broken one: the first ones say enough.
const MAX_PROBLEMS = 100;

type Input = z.output<typeof EcmImportInput>;

/** The headings of a file and a few values under each, for the mapping screen (nothing is stored). */
export function ecmHeader(csv: string): EcmHeader {
  const [header = [], ...body] = readCsvRows(csv);
  if (header.length === 0) throw AppError.field(['csv'], 'The file is empty');
  return {
    headings: header.map((heading, i) => ({
      heading,
      examples: body.slice(0, 3).map((cells) => (cells[i] ?? '').slice(0, 60)),
    })),
  };
}

/** A file's rows checked and matched; problems refuse the whole file. */
interface CheckedFile {
  rows: number;
  matched: { row: EcmRow; seat: SeatToMatch }[];
  unmatched: { row: EcmRow; reason: string }[];
  problems: Issue[];
}

async function checkFile(ctx: HandlerContext, input: Input): Promise<CheckedFile> {
  const [header = [], ...body] = readCsvRows(input.csv);
  const checked: CheckedFile = { rows: body.length, matched: [], unmatched: [], problems: [] };
  const { columns, problems } = readEcmHeader(header, input.layout);
  if (problems.length > 0) {
    checked.problems.push(...problems.map((message) => ({ path: ['layout'], message })));
    return checked;
  }
  if (body.length === 0) checked.problems.push({ path: ['csv'], message: 'The file has no visits in it' });
  const problem = (line: number, field: keyof typeof ECM_FIELD_LABELS, reason: string) =>
    checked.problems.push({
      path: ['rows', line, field],
      message: `Line ${line}, ${ECM_FIELD_LABELS[field].toLowerCase()}: ${reason}`,
    });

  const branch = await getBranch(ctx.deps);
  const ours = new Set([branch?.branchName, branch?.cqcLocationId].filter((x): x is string => !!x).map(matchKey));
  const rows: EcmRow[] = [];
  const firstLine = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    const read = readEcmRow(cells, columns, line);
    if (!read.ok) return problem(line, read.field, read.reason);
    const row = read.row;
    if (row.branch !== null && !ours.has(matchKey(row.branch)))
      return problem(line, 'branch', `this visit is for “${row.branch}”, not ${branch?.branchName ?? 'this branch'}`);
    const same =
      `${matchKey(row.workerRef)}|${matchKey(row.personName)}|${row.visitDate}|${row.plannedStart}|` +
      `${row.arrival.date}|${row.arrival.minute}`;
    const earlier = firstLine.get(same);
    if (earlier !== undefined) return problem(line, 'workerRef', `this row repeats line ${earlier}`);
    firstLine.set(same, line);
    rows.push(row);
  });
  if (rows.length === 0) return checked;

  const dates = rows.map((r) => r.visitDate).sort();
  const visits = await listPublishedVisitsBetween(ctx.deps.db, dates[0] ?? '', dates[dates.length - 1] ?? '');
  const clients = await findClients(ctx.deps.db, [...new Set(visits.map((v) => v.client_id))]);
  const clientsByName = new Map<string, string[]>();
  for (const c of clients)
    for (const name of new Set([
      `${c.given_name} ${c.family_name}`,
      `${c.preferred_name ?? c.given_name} ${c.family_name}`,
    ])) {
      const key = matchKey(name);
      (clientsByName.get(key) ?? clientsByName.set(key, []).get(key))?.push(c.id);
    }
  const match = matcher({
    staffByRef: new Map((await staffReferences(ctx.deps.db)).map((s) => [matchKey(s.reference), s.id])),
    clientsByName,
    seats: visits.flatMap((v) =>
      [v.worker1_id, v.worker2_id]
        .filter((id): id is string => id !== null)
        .map((staffId) => ({
          isoWeek: v.iso_week,
          visitId: v.id,
          staffId,
          clientId: v.client_id,
          date: v.date,
          startMinute: v.start_minute,
          durationMinutes: v.duration_minutes,
        })),
    ),
  });
  const seatLine = new Map<string, number>();
  for (const row of rows) {
    const times = checkActualTimes(
      { date: row.visitDate, minute: row.plannedStart ?? row.arrival.minute },
      row.arrival,
      row.departure,
    );
    const result = match(row);
    if (result.ok)
      times.push(
        ...checkActualTimes({ date: result.seat.date, minute: result.seat.startMinute }, row.arrival, row.departure),
      );
    const first = times[0];
    if (first) {
      problem(row.line, first.field, first.message.replace(/^The /, 'the '));
      continue;
    }
    if (!result.ok) {
      checked.unmatched.push({ row, reason: result.reason });
      continue;
    }
    const key = actualKey(result.seat.isoWeek, result.seat.visitId, result.seat.staffId);
    const earlier = seatLine.get(key);
    if (earlier !== undefined) {
      problem(row.line, 'workerRef', `this row is for the same worker’s visit as line ${earlier}`);
      continue;
    }
    seatLine.set(key, row.line);
    checked.matched.push({ row, seat: result.seat });
  }
  return checked;
}

/** The file refused: what is wrong with it, each bad row by line and field (the first hundred, and how many more). */
function refusal(problems: Issue[]): AppError {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  if (more > 0) shown.push({ path: ['rows', 'more'], message: `…and ${more.toLocaleString('en-GB')} more problems` });
  const summary =
    shown[0]?.path[0] === 'layout'
      ? 'The file’s columns do not match the layout: nothing was imported'
      : `${problems.length.toLocaleString('en-GB')} ${problems.length === 1 ? 'problem' : 'problems'} in the file: ` +
        'nothing was imported';
  return new AppError('VALIDATION', summary, { issues: shown });
}

function unmatchedOut(row: EcmRow, reason: string, id: string | null): UnmatchedEcmRow {
  return {
    id,
    line: row.line,
    workerRef: row.workerRef,
    personName: row.personName,
    visitDate: row.visitDate,
    plannedStartMinute: row.plannedStart,
    arrivalDate: row.arrival.date,
    arrivalMinute: row.arrival.minute,
    departureDate: row.departure?.date ?? null,
    departureMinute: row.departure?.minute ?? null,
    reason,
  };
}

/**
 * Import a call monitoring file: every row is read and checked first (a file whose columns the layout does not know,
 * a bad row, a duplicate row or a visit of another branch imports nothing, and the report names each by line and
 * field); rows are matched to visits by worker, person and planned time. With `dryRun` nothing is written (the
 * check-answers step); otherwise the matched times are stored (replacing earlier ones) and the unmatched rows kept
 * for a person to resolve, all in one transaction with one audit entry.
 */
export async function importEcm(ctx: HandlerContext, input: Input): Promise<EcmImportReport> {
  const checked = await checkFile(ctx, input);
  if (checked.problems.length > 0) throw refusal(checked.problems);
  const dates = checked.matched.map((m) => m.seat.date).sort();
  const existing =
    dates.length === 0
      ? new Set()
      : await actualKeysBetween(ctx.deps.db, dates[0] ?? '', dates[dates.length - 1] ?? '');
  const replacing = checked.matched.filter((m) =>
    existing.has(actualKey(m.seat.isoWeek, m.seat.visitId, m.seat.staffId)),
  ).length;
  if (input.dryRun)
    return {
      applied: false,
      rows: checked.rows,
      matched: checked.matched.length,
      replacing,
      unmatched: checked.unmatched.map((u) => unmatchedOut(u.row, u.reason, null)),
    };

  const caller = ctx.requireCaller();
  const at = ctx.deps.clock.now().toISOString();
  const importId = ctx.deps.ids();
  const actuals: Insertable<VisitActualTable>[] = checked.matched.map(({ row, seat }) => ({
    iso_week: seat.isoWeek,
    visit_id: seat.visitId,
    staff_id: seat.staffId,
    client_id: seat.clientId,
    planned_date: seat.date,
    planned_start_minute: seat.startMinute,
    planned_duration_minutes: seat.durationMinutes,
    arrival_date: row.arrival.date,
    arrival_minute: row.arrival.minute,
    departure_date: row.departure?.date ?? null,
    departure_minute: row.departure?.minute ?? null,
    short_reason: null,
    note: null,
    source: 'call_monitoring',
    import_id: importId,
    recorded_by: caller.username,
    recorded_at: at,
  }));
  const unmatched: Insertable<ActualImportRowTable>[] = checked.unmatched.map(({ row, reason }) => ({
    id: ctx.deps.ids(),
    import_id: importId,
    line: row.line,
    worker_ref: row.workerRef.slice(0, 200),
    person_name: row.personName.slice(0, 200),
    planned_date: row.visitDate,
    planned_start_minute: row.plannedStart,
    arrival_date: row.arrival.date,
    arrival_minute: row.arrival.minute,
    departure_date: row.departure?.date ?? null,
    departure_minute: row.departure?.minute ?? null,
    reason: reason.slice(0, 300),
    status: 'open',
    resolved_by: null,
    resolved_at: null,
    resolution_note: null,
  }));
  await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('actual_import')
      .values({
        id: importId,
        layout: input.layout.kind,
        rows: checked.rows,
        matched: actuals.length,
        unmatched: unmatched.length,
        imported_by: caller.username,
        imported_at: at,
      })
      .execute();
    await upsertActuals(trx, actuals);
    await insertUnmatchedRows(trx, unmatched);
    await ctx.audit(trx, {
      action: 'actuals.importCallMonitoring',
      entity: 'actual_import',
      entityId: importId,
      outcome: 'success',
      detail:
        `${checked.rows} rows: ${actuals.length} matched (${replacing} replacing), ` + `${unmatched.length} to resolve`,
    });
  });
  return {
    applied: true,
    rows: checked.rows,
    matched: actuals.length,
    replacing,
    unmatched: checked.unmatched.map((u, i) => unmatchedOut(u.row, u.reason, unmatched[i]?.id ?? null)),
  };
}
