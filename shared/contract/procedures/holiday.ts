import { z } from 'zod';
import { procedure } from '../procedure';
import { Id } from '@shared/domain/common';
import { HolidayPolicy, WorkerHoliday } from '@shared/domain/policy/holiday';

/** Holiday: each worker's entitlement and what is taken, and the branch's holiday rules. */
export const holidayProcedures = {
  'staff.holiday': procedure({
    summary: 'A worker’s holiday this leave year: entitlement or hours accrued, leave taken, booked and left.',
    input: z.object({ id: Id }),
    output: WorkerHoliday,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'policy.holidayPolicy': procedure({
    summary: 'The branch’s holiday rules: when the leave year starts and whether holiday pay is rolled up.',
    input: z.object({}),
    output: HolidayPolicy,
    roles: ['manager', 'coordinator'],
  }),
  'policy.updateHolidayPolicy': procedure({
    summary: 'Change the branch’s holiday rules; pay views and holiday figures follow them from now on.',
    input: HolidayPolicy,
    output: HolidayPolicy,
    roles: ['manager'],
    mutation: true,
    invalidates: ['policy', 'staff', 'rota'],
  }),
} as const;
