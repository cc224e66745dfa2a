import type { HandlerTable } from '@main/rpc/handler';
import { holidayPolicyView, updateHolidayPolicy, workerHoliday } from './holiday-service';

/** Handlers for holiday entitlement and the branch's holiday rules. */
export const holidayHandlers: HandlerTable<'staff.holiday' | 'policy.holidayPolicy' | 'policy.updateHolidayPolicy'> = {
  'staff.holiday': (input, ctx) => workerHoliday(ctx, input.id),
  'policy.holidayPolicy': (_input, ctx) => holidayPolicyView(ctx),
  'policy.updateHolidayPolicy': (input, ctx) => updateHolidayPolicy(ctx, input),
};
