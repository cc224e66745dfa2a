import { performance } from 'node:perf_hooks';
import { addDays, isoWeekday } from '@shared/domain/time/iso-week';
import { seededRandom } from '@main/platform/random';
import { createHandlerContext } from '@main/rpc/handler-context';
import { hashPassword } from '@main/services/auth/passwords';
import { resolveSession } from '@main/services/auth/sessions';
import { availability as freeSpaces } from '@main/services/hub/availability-service';
import { insertBooking } from '@main/services/hub/booking-service';
import { holderOf } from '@main/services/hub/hub-access';
import { insertPresence } from '@main/services/hub/presence-service';
import { insertVisitors } from '@main/services/hub/visitors-service';
import { openHubBed, type HubBed } from '../fixtures/hub';
import { benchRow, percentile, type BenchRow } from './bench-row';

const TODAY = '2026-11-23';

const median = (values: number[]) => Math.round(percentile(values.slice(1), 50) * 10) / 10;

/** A year of bookings (about 20,000, half a year either side of today) across the bed's 60 spaces. */
async function fillYear(bed: HubBed): Promise<number> {
  const deps = bed.backend.deps;
  const random = seededRandom(16);
  const spaces = (await bed.manager.ok('hub.setup', {})).spaces;
  const holders = await Promise.all([bed.visitors.sam, bed.visitors.jo].map((id) => holderOf(deps.db, id, true)));
  let made = 0;
  await deps.db.transaction().execute(async (trx) => {
    for (let offset = -182; offset <= 182; offset += 1) {
      const date = addDays(TODAY, offset);
      if (isoWeekday(date) > 5 || date === TODAY) continue;
      for (const space of spaces)
        for (const period of ['morning', 'afternoon'] as const) {
          if (!random.chance(0.65)) continue;
          await insertBooking(
            trx,
            deps,
            { space, date, period, holder: random.pick(holders) },
            {
              seriesId: null,
              walkIn: false,
              createdBy: 'bench',
              checkedInAt: offset < 0 ? `${date}T09:00:00.000Z` : null,
            },
          );
          made += 1;
        }
    }
  });
  return made;
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** hub.availability_ms, hub.kiosk_sign_in_ms, hub.roll_call_ms and hub.roll_call_pdf_ms through the dispatch. */
export default async function hubBench(): Promise<BenchRow[]> {
  const bed = await openHubBed({ desks: 58 });
  try {
    const bookings = await fillYear(bed);
    const sam = await bed.as('sam.patel');
    // The figure is the hub's own work for a day (what the page waits for beyond any call's session check, which
    // the foundation bench measures); the time through the whole dispatch is in the note.
    const session = await resolveSession(bed.backend.deps, sam.token());
    if (session.state !== 'active') throw new Error('bench visitor is not signed in');
    const ctx = createHandlerContext(bed.backend.deps, session.caller, {
      sessionToken: sam.token(),
      setSessionToken: () => undefined,
      transport: 'in-process',
    });
    const availability: number[] = [];
    const throughDispatch: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const date = addDays(TODAY, (i % 10) + 1);
      availability.push(await timed(() => freeSpaces(ctx, date)));
      throughDispatch.push(await timed(() => sam.ok('hub.availability', { date })));
    }

    // Thirty visitors with a desk today, each signing in with the QR code of their booking.
    const deps = bed.backend.deps;
    const hash = await hashPassword('bench-visitor-password');
    const ids = await deps.db.transaction().execute((trx) =>
      insertVisitors(
        trx,
        deps,
        Array.from({ length: 30 }, (_, i) => ({
          username: `bench.visitor${i}`,
          displayName: `Bench Visitor ${i}`,
          organisationId: bed.organisations.gp,
          email: null,
          phone: null,
          passwordHash: hash,
        })),
        false,
      ),
    );
    const spaces = (await bed.manager.ok('hub.setup', {})).spaces;
    const passes: string[] = [];
    for (const [i, id] of ids.entries()) {
      const bookingId = await deps.db
        .transaction()
        .execute(async (trx) =>
          insertBooking(
            trx,
            deps,
            { space: spaces[i]!, date: TODAY, period: 'day', holder: await holderOf(trx, id, true) },
            { seriesId: null, walkIn: false, createdBy: 'bench', checkedInAt: null },
          ),
        );
      passes.push((await bed.manager.ok('hub.bookingPass', { bookingId })).token);
    }
    const kiosk = await bed.kiosk();
    const signIns: number[] = [];
    for (const token of passes)
      signIns.push(await timed(() => kiosk.ok('hub.kioskSignInWithPass', { token, acceptHouseRules: true })));

    // 150 people in the building: the 30 visitors and 120 contractors.
    await deps.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 120; i += 1)
        await insertPresence(trx, deps, {
          kind: 'contractor',
          account_id: null,
          organisation_id: null,
          guest_name: `Contractor ${i}`,
          guest_company: `Firm ${i % 7}`,
          booking_id: null,
          space_id: null,
          date: TODAY,
          signed_in_via: 'contractor',
        });
    });
    const worker = await bed.as('worker');
    const rollCalls: number[] = [];
    const pdfs: number[] = [];
    let people = 0;
    for (let i = 0; i < 8; i += 1) {
      let id = '';
      rollCalls.push(
        await timed(async () => {
          const call = await worker.ok('hub.startRollCall', {});
          id = call.id;
          people = call.total;
        }),
      );
      pdfs.push(await timed(() => worker.ok('hub.rollCallPdf', { rollCallId: id })));
      await worker.ok('hub.endRollCall', { rollCallId: id });
    }
    return [
      benchRow(
        'hub.availability_ms',
        'ms',
        '<=',
        20,
        median(availability),
        `median of 30; 60 spaces, ${bookings} bookings over a year; ${median(throughDispatch)} ms through dispatch`,
      ),
      benchRow('hub.kiosk_sign_in_ms', 'ms', '<=', 50, median(signIns), `median of ${signIns.length - 1} QR sign-ins`),
      benchRow('hub.roll_call_ms', 'ms', '<=', 100, median(rollCalls), `median of 7; ${people} people in the building`),
      benchRow('hub.roll_call_pdf_ms', 'ms', '<=', 1000, median(pdfs), `median of 7; ${people} lines`),
    ];
  } finally {
    await bed.close();
  }
}
