import type { HandlerTable } from '@main/rpc/handler';
import { archiveStaff, createStaff, getStaff, listStaff, updateStaff } from './staff-service';

/** Handlers for `staff.*`. */
export const staffHandlers: HandlerTable<
  'staff.list' | 'staff.get' | 'staff.create' | 'staff.update' | 'staff.archive'
> = {
  'staff.list': (input, ctx) => listStaff(ctx, input),
  'staff.get': (input, ctx) => getStaff(ctx, input.id),
  'staff.create': (input, ctx) => createStaff(ctx, input),
  'staff.update': (input, ctx) => updateStaff(ctx, input.id, input.staff),
  'staff.archive': (input, ctx) => archiveStaff(ctx, input.id, input.archived),
};
