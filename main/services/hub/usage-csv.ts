import type { z } from 'zod';
import { ORGANISATION_KIND_LABELS, SPACE_KIND_LABELS } from '@shared/domain/hub/setup';
import type { UsageCsvInput } from '@shared/domain/hub/usage';
import type { FileOut } from '@shared/domain/rota-board/board';
import { formatDate } from '@shared/domain/time/format';
import type { HandlerContext } from '@main/rpc/context';
import { writeCsv, type CsvCell } from '../csv/csv-writer';
import { usage } from './usage-service';

const percent = (share: number | null): CsvCell => (share === null ? '' : Math.round(share * 1000) / 10);

/** One table of the use figures as CSV, through the one CSV writer; audited as an export. */
export async function usageCsv(ctx: HandlerContext, input: z.output<typeof UsageCsvInput>): Promise<FileOut> {
  const figures = await usage(ctx, input.from, input.to);
  let csv: string;
  if (input.table === 'days')
    csv = writeCsv(
      ['date', 'day', 'open', 'booked_half_days', 'used_half_days', 'open_half_days', 'occupancy_percent', 'sign_ins'],
      figures.days.map((d) => [
        d.date,
        formatDate(d.date),
        d.open,
        d.bookedHalfDays,
        d.usedHalfDays,
        d.openHalfDays,
        percent(d.occupancy),
        d.signIns,
      ]),
    );
  else if (input.table === 'spaces')
    csv = writeCsv(
      [
        'space',
        'kind',
        'floor',
        'booked_half_days',
        'used_half_days',
        'open_half_days',
        'occupancy_percent',
        'no_shows',
      ],
      figures.spaces.map((s) => [
        s.name,
        SPACE_KIND_LABELS[s.kind],
        s.floorName,
        s.bookedHalfDays,
        s.usedHalfDays,
        s.openHalfDays,
        percent(s.occupancy),
        s.noShows,
      ]),
    );
  else
    csv = writeCsv(
      ['organisation', 'type', 'bookings', 'no_shows', 'cancelled', 'sign_ins'],
      figures.organisations.map((o) => [
        o.name,
        o.kind === null ? '' : ORGANISATION_KIND_LABELS[o.kind],
        o.bookings,
        o.noShows,
        o.cancelled,
        o.signIns,
      ]),
    );
  await ctx.deps.db.transaction().execute((trx) =>
    ctx.audit(trx, {
      action: 'hub.usageCsv',
      entity: 'hub',
      outcome: 'success',
      detail: `${input.table} ${input.from} to ${input.to}`,
    }),
  );
  return {
    filename: `hub-${input.table}-${input.from}-to-${input.to}.csv`,
    mediaType: 'text/csv',
    base64: Buffer.from(csv, 'utf8').toString('base64'),
  };
}
