import { z } from 'zod';
import { Id, IsoDate } from '../common';
import { JobRoleCode } from '../staff/job-roles';
import { Strand } from './catalogue';

/** Filters for the training matrix. */
export const MatrixQuery = z.object({
  jobRole: JobRoleCode.nullable().default(null),
  strand: Strand.nullable().default(null),
  providerId: Id.nullable().default(null),
  onDate: IsoDate.nullable().default(null),
  /** Only the approved team of this person (client), when set. */
  clientId: Id.nullable().default(null),
});
export type MatrixQuery = z.input<typeof MatrixQuery>;

/** The matrix: columns are courses, each row's cells a string of one status code per course (see CELL_CODES). */
export const Matrix = z.object({
  onDate: IsoDate,
  courses: z.array(
    z.object({
      id: Id,
      name: z.string(),
      ascwdsCategory: z.number().int(),
      strand: Strand.nullable(),
      compliantShare: z.number(),
    }),
  ),
  rows: z.array(
    z.object({
      staffId: Id,
      name: z.string(),
      reference: z.string(),
      jobRole: z.number().int(),
      cells: z.string(),
      expiries: z.array(z.string().nullable()),
      gaps: z.number().int(),
    }),
  ),
});
export type Matrix = z.infer<typeof Matrix>;

/** One alert: a record expiring soon (or already expired) and whether a renewal is booked. */
export const ExpiryAlert = z.object({
  staffId: Id,
  name: z.string(),
  courseId: Id,
  courseName: z.string(),
  expiresOn: IsoDate,
  daysLeft: z.number().int(),
  bookedSessionDate: IsoDate.nullable(),
});
export type ExpiryAlert = z.infer<typeof ExpiryAlert>;

/** An in-app notice to one person. */
export const Notice = z.object({ id: Id, text: z.string(), createdAt: z.string(), readAt: z.string().nullable() });
export type Notice = z.infer<typeof Notice>;
