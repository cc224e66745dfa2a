import { AppError } from '@shared/contract/errors';
import type { CoverResult, CoverSplitInput } from '@shared/domain/rota-board/cover';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import type { HandlerContext } from '@main/rpc/context';
import type { Placement } from '../rota/edit-service';
import { loadStoredPlan, type StoredPlan } from '../rota/stored-plan';
import { insertCoverRecord } from './cover-records';
import {
  coverRecord,
  notFuture,
  saveCover,
  teamWorkers,
  uncoveredVisit,
  visitWords,
  type Stored,
} from './cover-actions';
import { shortestMinutes } from './cover-options';
import { secondPartId, splitNotPossible, splitWords } from './cover-split-rules';

/** Refuse parts that are too short, overlap, or put the second part outside the person's agreed flexibility. */
function checkParts(stored: StoredPlan, found: Stored, input: CoverSplitInput): number {
  const { visit, row } = found;
  const shortest = shortestMinutes(stored.instance, visit);
  const second = visit.durationMinutes - input.firstMinutes;
  if (input.firstMinutes >= visit.durationMinutes)
    throw AppError.field(
      ['firstMinutes'],
      `Enter a first part shorter than the ${visit.durationMinutes}-minute visit.`,
    );
  if (input.firstMinutes < shortest || second < shortest)
    throw AppError.field(
      ['firstMinutes'],
      `Each part must be at least ${shortest} minutes: a ${input.firstMinutes}-minute first part leaves ${second}.`,
    );
  const firstEnds = row.start_minute + input.firstMinutes;
  if (input.secondStartMinute < firstEnds)
    throw AppError.field(
      ['secondStartMinute'],
      `The second part cannot start before the first ends at ${formatMinute(firstEnds)}.`,
    );
  if (input.secondStartMinute - firstEnds > visit.flexMinutes)
    throw AppError.field(
      ['secondStartMinute'],
      visit.flexMinutes === 0
        ? `The person has not agreed to any change of time, so the second part starts at ${formatMinute(firstEnds)}.`
        : `${formatMinute(input.secondStartMinute)} is more than the ${visit.flexMinutes} minutes the person agreed ` +
            `after the first part ends at ${formatMinute(firstEnds)}.`,
    );
  if (input.secondStartMinute + second > 1440)
    throw AppError.field(['secondStartMinute'], 'A visit may not run past midnight.');
  return second;
}

/**
 * Split a visit nobody in the team can take whole into two parts with the person's agreement recorded (who agreed,
 * when): the first keeps the visit (its id and link to the ideal week) at its time, shortened; the second is a part
 * of it at the end of the first or later within the agreed flexibility. Each goes to a team member, checked on the
 * whole week like any edit; on a draft it is one step to undo.
 */
export async function splitCover(ctx: HandlerContext, input: CoverSplitInput): Promise<CoverResult> {
  const stored = await loadStoredPlan(ctx.deps.db, input.isoWeek);
  const found = uncoveredVisit(ctx, stored, input.visitId);
  const refused = splitNotPossible(stored, found, shortestMinutes(stored.instance, found.visit));
  if (refused !== null) throw AppError.field(['visitId'], refused);
  const second = checkParts(stored, found, input);
  notFuture(ctx, input.agreedOn, 'agreedOn', 'The day the person agreed');
  teamWorkers(stored, found, [input.firstWorkerId], 'firstWorkerId');
  teamWorkers(stored, found, [input.secondWorkerId], 'secondWorkerId');
  const { visit, row } = found;
  const parts = splitWords(
    stored,
    { workerId: input.firstWorkerId, start: row.start_minute, minutes: input.firstMinutes },
    { workerId: input.secondWorkerId, start: input.secondStartMinute, minutes: second },
  );
  const summary =
    `Split ${visitWords(stored, found)} in two: ${parts} (agreed by ${input.agreedBy} on ` +
    `${formatDate(input.agreedOn)})`;
  const placements: Placement[] = [
    {
      visitId: visit.id,
      workerIds: [input.firstWorkerId],
      startMinute: row.start_minute,
      pinned: false,
      durationMinutes: input.firstMinutes,
    },
    {
      visitId: secondPartId(visit.id),
      workerIds: [input.secondWorkerId],
      startMinute: input.secondStartMinute,
      pinned: false,
      durationMinutes: second,
      partOf: visit.id,
    },
  ];
  return saveCover(ctx, {
    stored,
    placements,
    summary,
    action: 'rotaCover.split',
    checkOnly: input.checkOnly,
    record: (trx) =>
      insertCoverRecord(
        trx,
        coverRecord(ctx, found, input.isoWeek, {
          kind: 'split_agreement',
          given_by: input.agreedBy,
          given_on: input.agreedOn,
          duration_minutes: input.firstMinutes,
          second_start_minute: input.secondStartMinute,
          second_minutes: second,
        }),
      ),
  });
}
