import { z } from 'zod';
import { STAFF_READERS } from '../domains';
import { procedure } from '../procedure';
import { Id } from '@shared/domain/common';
import { StaffInput, StaffListQuery, StaffListResult, StaffRecord } from '@shared/domain/staff/staff';

const StaffListQuerySchema = StaffListQuery;

/** Staff records: the first vertical slice. */
export const staffProcedures = {
  'staff.list': procedure({
    summary: 'Search, filter, sort and page staff records.',
    input: StaffListQuerySchema,
    output: StaffListResult,
    roles: ['manager', 'coordinator', 'trainer'],
  }),
  'staff.get': procedure({
    summary: 'One staff record. A worker may read only their own.',
    input: z.object({ id: Id }),
    output: StaffRecord,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'staff.create': procedure({
    summary: 'Create a staff record.',
    input: StaffInput,
    output: StaffRecord,
    roles: ['manager'],
    mutation: true,
    invalidates: STAFF_READERS,
  }),
  'staff.update': procedure({
    summary: 'Edit a staff record.',
    input: z.object({ id: Id, staff: StaffInput }),
    output: StaffRecord,
    roles: ['manager'],
    mutation: true,
    invalidates: STAFF_READERS,
  }),
  'staff.archive': procedure({
    summary: 'Archive (or restore) a staff record; archived records leave day-to-day lists.',
    input: z.object({ id: Id, archived: z.boolean() }),
    output: StaffRecord,
    roles: ['manager'],
    mutation: true,
    invalidates: STAFF_READERS,
  }),
};
