import type { Kysely } from 'kysely';
import { AppError } from '@shared/contract/errors';
import type {
  CoverMoveInput,
  CoverOutsideInput,
  CoverResult,
  CoverShortenInput,
  CoverTellInput,
} from '@shared/domain/rota-board/cover';
import type { EditResult } from '@shared/domain/rota-board/board';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';
import type { Database, RotaCoverRecordTable } from '@main/db/schema';
import type { HandlerContext } from '@main/rpc/context';
import { checkAndSave, type Placement } from '../rota/edit-service';
import { recordStep } from '../rota/edit-history';
import { loadStoredPlan, type StoredPlan } from '../rota/stored-plan';
import { insertCoverRecord } from './cover-records';
import { shortestMinutes, visitOf, withVisit } from './cover-options';

/** A visit of the stored week with its row. */
export type Stored = ReturnType<typeof visitOf>;

/** The visit, refused unless it is uncovered and its day has not passed. */
export function uncoveredVisit(ctx: HandlerContext, stored: StoredPlan, visitId: string): Stored {
  const found = visitOf(stored, visitId);
  if (found.row.worker1_id !== null)
    throw AppError.field(['visitId'], 'This visit already has a worker: change it on the board instead.');
  if (found.row.date < londonDate(ctx.deps.clock.now()))
    throw AppError.field(['visitId'], `${formatDate(found.row.date)} has passed, so its visits can no longer change.`);
  return found;
}

/** Refuse a date of a consent, agreement or telling that has not happened yet. */
export function notFuture(ctx: HandlerContext, date: string, field: string, what: string): void {
  if (date > londonDate(ctx.deps.clock.now()))
    throw AppError.field([field], `${what} cannot be in the future: enter the day it happened.`);
}

/** "Pat Green’s visit on Tue 24 Nov 2026 at 08:00". */
export function visitWords(stored: StoredPlan, found: Stored): string {
  const person = stored.instance.clients.find((c) => c.id === found.visit.clientId)?.name ?? 'the person';
  return `${person}’s visit on ${formatDate(found.row.date)} at ${formatMinute(found.row.start_minute)}`;
}

/** Workers' names joined with "and". */
export function namesOf(stored: StoredPlan, ids: readonly string[]): string {
  const names = new Map(stored.instance.workers.map((w) => [w.id, w.name]));
  return ids.map((id) => names.get(id) ?? 'a worker').join(' and ');
}

function teamOf(stored: StoredPlan, found: Stored): Set<string> {
  return new Set(stored.instance.clients.find((c) => c.id === found.visit.clientId)?.teamWorkerIds ?? []);
}

/** Refuse workers outside the team (they need consent: the "ask outside the team" option) or of the wrong number. */
export function teamWorkers(
  stored: StoredPlan,
  found: Stored,
  workerIds: readonly string[],
  field = 'workerIds',
): void {
  if (new Set(workerIds).size !== workerIds.length) throw AppError.field([field], 'Choose two different workers.');
  if (workerIds.length !== found.visit.workersNeeded)
    throw AppError.field(
      [field],
      found.visit.workersNeeded === 2 ? 'This is a double-up visit: choose two workers.' : 'Choose one worker.',
    );
  const team = teamOf(stored, found);
  if (workerIds.some((id) => !team.has(id)))
    throw AppError.field(
      [field],
      'Only the person’s team may take this visit; a worker outside it needs the person’s consent recorded first.',
    );
}

/** One cover action's change, its words and the record it keeps. */
export interface CoverSave {
  stored: StoredPlan;
  placements: Placement[];
  summary: string;
  action: string;
  checkOnly: boolean;
  record?: (trx: Kysely<Database>) => Promise<void>;
}

/** Validate through checkAndSave (the whole week), keep an undo step on a draft, and answer in words. */
export async function saveCover(ctx: HandlerContext, s: CoverSave): Promise<CoverResult> {
  const caller = ctx.requireCaller();
  const draft = s.stored.week.status === 'draft';
  const result: EditResult = await checkAndSave(ctx, s.stored, s.placements, 'assign', caller.username, s.checkOnly, {
    auditAction: s.action,
    auditDetail: s.summary,
    alsoInTransaction: async (trx) => {
      await s.record?.(trx);
      if (draft) await recordStep(ctx, trx, s.stored, s.placements, 'assign', s.summary);
    },
  });
  return { saved: result.saved, summary: s.summary, problems: result.breaches.map((b) => b.message) };
}

/** A cover record row for a visit, recorded by the caller now. */
export function coverRecord(
  ctx: HandlerContext,
  found: Stored,
  isoWeek: string,
  values: Pick<RotaCoverRecordTable, 'kind' | 'given_by' | 'given_on'> & Partial<RotaCoverRecordTable>,
) {
  return {
    id: ctx.deps.ids(),
    iso_week: isoWeek,
    visit_id: found.visit.id,
    client_id: found.visit.clientId,
    worker_id: null,
    relationship: null,
    duration_minutes: null,
    reason: null,
    recorded_by: ctx.requireCaller().username,
    recorded_at: ctx.deps.clock.now().toISOString(),
    ...values,
  };
}

/** Move an uncovered visit within the person's agreed flexibility and give it to team members free then. */
export async function moveCover(ctx: HandlerContext, input: CoverMoveInput): Promise<CoverResult> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const found = uncoveredVisit(ctx, stored, input.visitId);
  const { visit } = found;
  if (Math.abs(input.startMinute - visit.startMinute) > visit.flexMinutes)
    throw AppError.field(
      ['startMinute'],
      visit.flexMinutes === 0
        ? 'The person has not agreed to any change of time for this visit.'
        : `${formatMinute(input.startMinute)} is outside the ±${visit.flexMinutes} minutes the person agreed ` +
            `around ${formatMinute(visit.startMinute)}.`,
    );
  teamWorkers(stored, found, input.workerIds);
  const summary =
    `Moved ${visitWords(stored, found)} to ${formatMinute(input.startMinute)} and gave it to ` +
    `${namesOf(stored, input.workerIds)}`;
  return saveCover(ctx, {
    stored,
    placements: [{ visitId: visit.id, workerIds: input.workerIds, startMinute: input.startMinute, pinned: false }],
    summary,
    action: 'rotaCover.move',
    checkOnly: input.checkOnly,
  });
}

/** Shorten an uncovered visit with the person's agreement recorded, and give it to team members who then fit. */
export async function shortenCover(ctx: HandlerContext, input: CoverShortenInput): Promise<CoverResult> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const found = uncoveredVisit(ctx, stored, input.visitId);
  const { visit } = found;
  if (input.durationMinutes >= visit.durationMinutes)
    throw AppError.field(['durationMinutes'], `Enter a length shorter than the ${visit.durationMinutes} minutes now.`);
  const shortest = shortestMinutes(stored.instance, visit);
  if (input.durationMinutes < shortest)
    throw AppError.field(
      ['durationMinutes'],
      `Visits under ${shortest} minutes need the person’s agreement to a short visit in their ideal week, ` +
        'and this visit has none.',
    );
  notFuture(ctx, input.agreedOn, 'agreedOn', 'The day the person agreed');
  teamWorkers(stored, found, input.workerIds);
  const summary =
    `Shortened ${visitWords(stored, found)} from ${visit.durationMinutes} to ${input.durationMinutes} minutes ` +
    `(agreed by ${input.agreedBy} on ${formatDate(input.agreedOn)}) and gave it to ${namesOf(stored, input.workerIds)}`;
  return saveCover(ctx, {
    stored,
    placements: [
      {
        visitId: visit.id,
        workerIds: input.workerIds,
        startMinute: found.row.start_minute,
        pinned: false,
        durationMinutes: input.durationMinutes,
      },
    ],
    summary,
    action: 'rotaCover.shorten',
    checkOnly: input.checkOnly,
    record: (trx) =>
      insertCoverRecord(
        trx,
        coverRecord(ctx, found, input.isoWeek, {
          kind: 'shorter_agreement',
          given_by: input.agreedBy,
          given_on: input.agreedOn,
          duration_minutes: input.durationMinutes,
        }),
      ),
  });
}

/**
 * Give an uncovered visit to a named worker outside the person's team, with the consent for this visit recorded
 * (who gave it, their relationship, the date). The consent is what lets the validator accept that worker on it.
 */
export async function askOutside(ctx: HandlerContext, input: CoverOutsideInput): Promise<CoverResult> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const found = uncoveredVisit(ctx, stored, input.visitId);
  const { visit } = found;
  if (visit.workersNeeded !== 1)
    throw AppError.field(['visitId'], 'A double-up visit is covered by the person’s team, moved, or the person told.');
  if (!stored.instance.workers.some((w) => w.id === input.workerId))
    throw AppError.field(['workerId'], 'That worker is not on this week’s rota.');
  if (teamOf(stored, found).has(input.workerId))
    throw AppError.field(['workerId'], 'That worker is in the person’s team: choose them from the team list.');
  notFuture(ctx, input.consentOn, 'consentOn', 'The day consent was given');
  const withConsent = withVisit(stored.instance, visit.id, {
    outsideTeamWorkerIds: [...new Set([...(visit.outsideTeamWorkerIds ?? []), input.workerId])],
  });
  const summary =
    `Gave ${visitWords(stored, found)} to ${namesOf(stored, [input.workerId])}, outside the team, with the consent ` +
    `of ${input.consentBy} (${input.relationship}) given on ${formatDate(input.consentOn)}`;
  return saveCover(ctx, {
    stored: { ...stored, instance: withConsent },
    placements: [
      { visitId: visit.id, workerIds: [input.workerId], startMinute: found.row.start_minute, pinned: false },
    ],
    summary,
    action: 'rotaCover.askOutside',
    checkOnly: input.checkOnly,
    record: (trx) =>
      insertCoverRecord(
        trx,
        coverRecord(ctx, found, input.isoWeek, {
          kind: 'outside_consent',
          worker_id: input.workerId,
          given_by: input.consentBy,
          relationship: input.relationship,
          given_on: input.consentOn,
        }),
      ),
  });
}

/** Record that the person was told their visit is not covered, and why; the visit stays uncovered. */
export async function tellPerson(ctx: HandlerContext, input: CoverTellInput): Promise<CoverResult> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const found = uncoveredVisit(ctx, stored, input.visitId);
  notFuture(ctx, input.toldOn, 'toldOn', 'The day the person was told');
  const summary =
    `${input.toldBy} told the person on ${formatDate(input.toldOn)} that ${visitWords(stored, found)} is not ` +
    `covered: ${input.reason}`;
  if (input.checkOnly) return { saved: false, summary, problems: [] };
  await ctx.deps.db.transaction().execute(async (trx) => {
    await insertCoverRecord(
      trx,
      coverRecord(ctx, found, input.isoWeek, {
        kind: 'person_told',
        given_by: input.toldBy,
        given_on: input.toldOn,
        reason: input.reason,
      }),
    );
    await ctx.audit(trx, {
      action: 'rotaCover.tellPerson',
      entity: 'rota_week',
      entityId: input.isoWeek,
      outcome: 'success',
      detail: summary,
    });
  });
  ctx.deps.events.publish('rota.changed', { ids: [input.isoWeek] });
  return { saved: true, summary, problems: [] };
}
