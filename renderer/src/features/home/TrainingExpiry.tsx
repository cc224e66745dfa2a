import { Link } from 'react-router';
import type { CourseExpiry } from '@shared/domain/home/home';
import { BarChartFigure } from '@renderer/components/BarChartFigure';

/** Expired and expiring required training by course: the chart a manager and a trainer both read. */
export function TrainingExpiry({ byCourse }: { byCourse: readonly CourseExpiry[] }) {
  const courses = byCourse.slice(0, 10);
  const expired = byCourse.reduce((n, c) => n + c.expired, 0);
  const expiring = byCourse.reduce((n, c) => n + c.expiring, 0);
  const unbooked = byCourse.reduce((n, c) => n + c.unbooked, 0);
  if (byCourse.length === 0) return <p>No required training has expired or is about to.</p>;
  return (
    <>
      <BarChartFigure
        title={
          byCourse.length > courses.length
            ? `Expired and expiring training, the ${courses.length} courses with most`
            : 'Expired and expiring training by course'
        }
        summary={`${expired} expired and ${expiring} expiring soon; ${unbooked} of them with no renewal booked.`}
        rows={courses}
        rowLabel={(c) => c.courseName}
        rowHeading="Course"
        horizontal
        stacked
        series={[
          { key: 'expired', label: 'Expired', tone: 'error', value: (c) => c.expired },
          { key: 'expiring', label: 'Expiring soon', tone: 'warning', value: (c) => c.expiring },
        ]}
      />
      <p>
        <Link to="/training">Open training</Link>
      </p>
    </>
  );
}
