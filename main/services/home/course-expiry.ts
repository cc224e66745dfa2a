import type { CourseExpiry } from '@shared/domain/home/home';
import type { ExpiryAlert } from '@shared/domain/training/matrix';

/** The training service's expiry alerts counted by course, the course with most to renew first. */
export function expiryByCourse(alerts: readonly ExpiryAlert[]): CourseExpiry[] {
  const byCourse = new Map<string, CourseExpiry>();
  for (const alert of alerts) {
    const row = byCourse.get(alert.courseId) ?? {
      courseId: alert.courseId,
      courseName: alert.courseName,
      expired: 0,
      expiring: 0,
      unbooked: 0,
    };
    if (alert.daysLeft < 0) row.expired += 1;
    else row.expiring += 1;
    if (alert.bookedSessionDate === null) row.unbooked += 1;
    byCourse.set(alert.courseId, row);
  }
  return [...byCourse.values()].sort(
    (a, b) => b.expired + b.expiring - (a.expired + a.expiring) || a.courseName.localeCompare(b.courseName),
  );
}
