import type { FileOut } from '@shared/domain/rota-board/board';
import type { HandlerContext } from '@main/rpc/context';
import { findClient } from '@main/services/clients/client-queries';
import { findStaff } from '@main/services/staff/staff-queries';
import { renderTablePdf, toBase64 } from './pdf';
import { listWeekChanges } from './publish-service';
import { formatDate, formatInstant, formatWeekInSentence } from '@shared/domain/time/format';
import { londonDate } from '@shared/domain/time/london';

/** A printable notice of the changes since publishing, for one worker or one person (or everyone). */
export async function printChangeNotice(
  ctx: HandlerContext,
  input: { isoWeek: string; staffId?: string | undefined; clientId?: string | undefined },
): Promise<FileOut> {
  const changes = await listWeekChanges(ctx, input);
  const db = ctx.deps.db;
  const who = input.staffId
    ? await findStaff(db, input.staffId)
    : input.clientId
      ? await findClient(db, input.clientId)
      : undefined;
  const name = who ? `${who.given_name} ${who.family_name}` : 'everyone';
  const bytes = await renderTablePdf({
    title: `Changes to your rota`,
    subtitle: [
      `For ${name} - ${formatWeekInSentence(input.isoWeek)}`,
      'These visits changed after the rota was published.',
    ],
    columns: [
      { header: 'Visit', width: 3.5 },
      { header: 'Person', width: 3 },
      { header: 'Was', width: 3.5 },
      { header: 'Now', width: 3.5 },
      { header: 'Changed', width: 2.5 },
    ],
    rows: changes.map((c) => [
      formatDate(c.date),
      c.clientName,
      c.before,
      c.after,
      `${formatInstant(c.at)} by ${c.by}`,
    ]),
    empty: 'No changes since publishing.',
    footer: `Neighbourhood Hub - printed ${formatDate(londonDate(ctx.deps.clock.now()))}`,
  });
  return { filename: `changes-${input.isoWeek}.pdf`, mediaType: 'application/pdf', base64: toBase64(bytes) };
}
