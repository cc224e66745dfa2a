import type { SickToday } from '@shared/domain/home/home';
import type { HandlerContext } from '@main/rpc/context';
import { listExceptions } from '../availability/availability-service';

/** Everyone with a recorded sickness that covers `today`, from the availability service's own list. */
export async function sickToday(ctx: HandlerContext, today: string): Promise<SickToday[]> {
  const exceptions = await listExceptions(ctx, { pendingOnly: false, from: today, to: today });
  return exceptions
    .filter((e) => e.kind === 'sickness' && (e.status === 'recorded' || e.status === 'approved'))
    .map((e) => ({ staffId: e.staffId, name: e.staffName, startDate: e.startDate, endDate: e.endDate }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
