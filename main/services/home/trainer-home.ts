import type { TrainerHome } from '@shared/domain/home/home';
import { addDays } from '@shared/domain/time/iso-week';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { trainingAlerts } from '../training/matrix-service';
import { sessionsBetween } from '../training/sessions-service';
import { expiryByCourse } from './course-expiry';

/** How far back an unsubmitted register is still listed: older ones belong to the training pages' own follow-up. */
const REGISTER_LOOKBACK_DAYS = 90;

/** The trainer's day from the training service: today's sessions, registers still to submit, expiries by course. */
export async function trainerHome(ctx: HandlerContext): Promise<TrainerHome> {
  const today = londonDate(ctx.deps.clock.now());
  const [sessions, alerts] = await Promise.all([
    sessionsBetween(ctx, addDays(today, -REGISTER_LOOKBACK_DAYS), today),
    trainingAlerts(ctx, false),
  ]);
  const held = sessions.filter((s) => s.status === 'scheduled');
  const byTime = (a: { date: string; startMinute: number }, b: { date: string; startMinute: number }) =>
    a.date.localeCompare(b.date) || a.startMinute - b.startMinute;
  return {
    today,
    sessionsToday: held.filter((s) => s.date === today).sort(byTime),
    registersToSubmit: held.filter((s) => s.date < today && !s.registerSubmitted).sort(byTime),
    expiringByCourse: expiryByCourse(alerts),
  };
}
