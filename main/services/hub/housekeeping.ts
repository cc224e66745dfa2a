import { halfAt, hoursOn, noShowMinute } from '@shared/domain/hub/rules';
import { londonDate, londonMinute } from '@shared/domain/time/london';
import type { BackendDeps } from '@main/rpc/context';
import { appendAudit } from '../audit/audit-log';
import { endBookings } from './booking-ending';
import { readHubCalendar } from './hub-calendar';
import { londonInstant } from './london-time';
import { repeatInBackground } from '@main/platform/repeat-in-background';

// The hub tidies itself by the injected clock, so the same moment always gives the same result: a desk booking not
// checked in within the branch's no-show window after its start is released for others and counted as not used, and
// people still signed in when the hub closes are signed out at closing time (and listed for the staff). It runs
// before the reads that show these (availability, the building, the kiosk) and on a timer for a hub no one looks at.

/** The audit actor for what the hub does by itself. */
export const HUB_ACTOR = 'hub';

/** What one sweep did. */
export interface SweepResult {
  released: number;
  signedOut: number;
}

const running = new WeakMap<BackendDeps, Promise<SweepResult>>();

/** Release no-shows and sign out the forgotten; calls made while one sweep runs share it. */
export function sweepHub(deps: BackendDeps): Promise<SweepResult> {
  const current = running.get(deps);
  if (current) return current;
  const sweep = runSweep(deps).finally(() => running.delete(deps));
  running.set(deps, sweep);
  return sweep;
}

async function runSweep(deps: BackendDeps): Promise<SweepResult> {
  const db = deps.db;
  const now = deps.clock.now();
  const today = londonDate(now);
  const minute = londonMinute(now);
  const [booked, open] = await Promise.all([
    db
      .selectFrom('hub_booking as b')
      .innerJoin('hub_space as s', 's.id', 'b.space_id')
      .select(['b.id', 'b.date', 'b.period', 'b.created_at'])
      .where('b.status', '=', 'booked')
      .where('b.date', '<=', today)
      .where('s.kind', '=', 'desk')
      .execute(),
    db
      .selectFrom('hub_presence')
      .select(['id', 'date'])
      .where('signed_out_at', 'is', null)
      .where('date', '<=', today)
      .execute(),
  ]);
  if (booked.length === 0 && open.length === 0) return { released: 0, signedOut: 0 };
  const { hours, settings } = await readHubCalendar(db, today);
  const noShows = booked
    .filter((b) => {
      if (b.date < today) return true;
      const day = hoursOn(hours, b.date);
      const deadline = day ? noShowMinute(day, b.period, settings.noShowMinutes) : null;
      if (deadline === null) return false;
      // Booked on the day after its start (on the way in): the window runs from the booking, not the start.
      const made = new Date(b.created_at);
      const madeLate = londonDate(made) === b.date ? londonMinute(made) + settings.noShowMinutes : 0;
      return minute >= Math.max(deadline, madeLate);
    })
    .map((b) => b.id);
  const closingOf = (date: string): Date => {
    const day = hoursOn(hours, date);
    return londonInstant(date, day?.open ? day.closeMinute : 1440);
  };
  const forgotten = open.filter((p) => p.date < today || closingOf(p.date).getTime() <= now.getTime());
  if (noShows.length === 0 && forgotten.length === 0) return { released: 0, signedOut: 0 };
  await db.transaction().execute(async (trx) => {
    if (noShows.length > 0) {
      await endBookings(trx, noShows, 'no_show', now, HUB_ACTOR);
      await appendAudit(trx, deps.keys, now, {
        actor: HUB_ACTOR,
        action: 'hub.releaseNoShows',
        entity: 'hub_booking',
        outcome: 'success',
        detail: `${noShows.length} desk bookings not checked in within ${settings.noShowMinutes} minutes`,
      });
    }
    for (const presence of forgotten) {
      const closing = closingOf(presence.date);
      await trx
        .updateTable('hub_presence')
        .set({
          signed_out_at: new Date(Math.min(closing.getTime(), now.getTime())).toISOString(),
          signed_out_how: 'closing',
        })
        .where('id', '=', presence.id)
        .where('signed_out_at', 'is', null)
        .execute();
    }
    if (forgotten.length > 0)
      await appendAudit(trx, deps.keys, now, {
        actor: HUB_ACTOR,
        action: 'hub.signOutAtClosing',
        entity: 'hub_presence',
        outcome: 'success',
        detail: `${forgotten.length} people still signed in at closing`,
      });
  });
  deps.events.publish('hub.changed', { ids: [...noShows, ...forgotten.map((p) => p.id)] });
  return { released: noShows.length, signedOut: forgotten.length };
}

/** How often the timer sweeps. */
export const SWEEP_INTERVAL_MS = 60_000;

/** Sweep on a timer (every minute, never keeping the process alive); answers the function that stops it. */
export function startHubHousekeeping(deps: BackendDeps, onError: (error: unknown) => void): () => void {
  return repeatInBackground(SWEEP_INTERVAL_MS, () => sweepHub(deps), onError);
}

/** The half of the day now, for walk-ins and the kiosk's free spaces. */
export function currentHalf(deps: BackendDeps): 'am' | 'pm' {
  return halfAt(londonMinute(deps.clock.now()));
}
