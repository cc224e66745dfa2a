import { z } from 'zod';
import { procedure } from '../procedure';
import { Id, IsoDate } from '@shared/domain/common';
import {
  AvailabilityException,
  LeaveDecisionInput,
  LeaveRequestInput,
  SicknessInput,
  TeamMeetingInput,
  TravelProfileInput,
  WindowsInput,
  WorkerAvailability,
} from '@shared/domain/availability/availability';

/** Workers' availability: weekly windows, travel profile and dated exceptions (leave, sickness, team meetings). */
export const availabilityProcedures = {
  'availability.get': procedure({
    summary: 'A worker’s windows, travel profile and exceptions; a worker may read only their own.',
    input: z.object({ staffId: Id }),
    output: WorkerAvailability,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'availability.saveWindows': procedure({
    summary: 'Replace a worker’s recurring weekly windows; a worker may edit only their own.',
    input: WindowsInput,
    output: WorkerAvailability,
    roles: ['manager', 'coordinator', 'worker'],
    mutation: true,
    invalidates: ['availability', 'rota'],
  }),
  'availability.saveTravelProfile': procedure({
    summary: 'Set a worker’s travel mode and home location; a worker may edit only their own.',
    input: TravelProfileInput,
    output: WorkerAvailability,
    roles: ['manager', 'coordinator', 'worker'],
    mutation: true,
    invalidates: ['availability', 'rota', 'clients'],
  }),
  'availability.requestLeave': procedure({
    summary: 'Request annual leave (a worker for themselves); a coordinator approves.',
    input: LeaveRequestInput,
    output: AvailabilityException,
    roles: ['manager', 'coordinator', 'worker'],
    mutation: true,
    invalidates: ['availability'],
  }),
  'availability.decideLeave': procedure({
    summary: 'Approve or decline a leave request.',
    input: LeaveDecisionInput,
    output: AvailabilityException,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['availability', 'rota'],
  }),
  'availability.recordSickness': procedure({
    summary: 'Record sickness from a date and minute with the expected end; its sick pay is worked out and stored.',
    input: SicknessInput,
    output: AvailabilityException,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['availability', 'rota', 'ascwds', 'staff'],
  }),
  'availability.addTeamMeeting': procedure({
    summary: 'Book a paid team meeting for several workers (Ethical Care Charter stage 2).',
    input: TeamMeetingInput,
    output: z.array(AvailabilityException),
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['availability', 'rota', 'teamMeetings'],
  }),
  'availability.cancelException': procedure({
    summary: 'Cancel an exception; a worker may cancel only their own leave request that is not yet decided.',
    input: z.object({ id: Id }),
    output: AvailabilityException,
    roles: ['manager', 'coordinator', 'worker'],
    mutation: true,
    invalidates: ['availability', 'rota', 'ascwds', 'staff', 'teamMeetings'],
  }),
  'availability.listExceptions': procedure({
    summary: 'Exceptions across workers: pending leave requests, or everything overlapping a date range.',
    input: z.object({
      pendingOnly: z.boolean().default(false),
      from: IsoDate.nullable().default(null),
      to: IsoDate.nullable().default(null),
    }),
    output: z.array(AvailabilityException),
    roles: ['manager', 'coordinator'],
  }),
  'availability.workers': procedure({
    summary: 'Care workers for the availability pages: id, name, job role, weekly available minutes.',
    input: z.object({}),
    output: z.array(
      z.object({
        staffId: Id,
        name: z.string(),
        jobRole: z.number().int(),
        weeklyMinutes: z.number().int(),
        hasTravelProfile: z.boolean(),
      }),
    ),
    roles: ['manager', 'coordinator'],
  }),
};
