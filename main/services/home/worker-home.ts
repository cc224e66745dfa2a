import type { WorkerHome } from '@shared/domain/home/home';
import { isoWeekOf } from '@shared/domain/time/iso-week';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { workerPathway } from '../pathway/worker-pathway';
import { myWeek, ownStaffId } from '../rota/my-week-service';
import { myTraining } from '../training/people-training-service';

/** A worker's own day: this week's published visits, training due and booked, and their pathway step. */
export async function workerHome(ctx: HandlerContext): Promise<WorkerHome> {
  const today = londonDate(ctx.deps.clock.now());
  const staffId = ownStaffId(ctx);
  const [week, training, pathway] = await Promise.all([
    myWeek(ctx, isoWeekOf(today)),
    myTraining(ctx),
    workerPathway(ctx, staffId),
  ]);
  const next = pathway.next[0] ?? null;
  return {
    today,
    name: training.person.name,
    week: { isoWeek: week.isoWeek, published: week.published, visits: week.visits },
    trainingDue: training.due.map((d) => ({
      courseId: d.courseId,
      courseName: d.courseName,
      label: d.label,
      expiresOn: d.expiresOn,
    })),
    trainingBooked: training.bookings,
    pathway: {
      stepName: pathway.current?.stepName ?? null,
      since: pathway.current?.startDate ?? null,
      next:
        next === null
          ? null
          : { stepName: next.stepName, ready: next.ready, metCount: next.metCount, itemCount: next.items.length },
    },
  };
}
