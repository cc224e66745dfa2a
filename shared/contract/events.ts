import { z } from 'zod';
import type { Role } from './roles';

/** Push events carry ids and kinds only; a client refetches what it may read. */
export const events = {
  'staff.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'trainer'] as Role[],
  },
  'accounts.changed': { payload: z.object({ ids: z.array(z.string()) }), roles: ['manager'] as Role[] },
  'audit.appended': { payload: z.object({ seq: z.number().int() }), roles: ['manager'] as Role[] },
  'clients.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'worker'] as Role[],
  },
  'availability.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'worker'] as Role[],
  },
  'pathway.changed': { payload: z.object({ ids: z.array(z.string()) }), roles: ['manager', 'worker'] as Role[] },
  'apprenticeships.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'trainer', 'worker'] as Role[],
  },
  // rota
  'rota.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'worker'] as Role[],
  },
  'rota.progress': {
    payload: z.object({
      isoWeek: z.string(),
      fraction: z.number(),
      phase: z.enum(['construct', 'improve', 'done', 'saving']),
    }),
    roles: ['manager', 'coordinator'] as Role[],
  },
  'session.changed': { payload: z.object({ state: z.enum(['locked', 'ended']) }), roles: [] as Role[] },
  'training.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'trainer', 'worker'] as Role[],
  },
  'notices.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'trainer', 'worker'] as Role[],
  },
  // staff records in full
  'policy.changed': { payload: z.object({ ids: z.array(z.string()) }), roles: ['manager', 'coordinator'] as Role[] },
  'workplace.changed': { payload: z.object({ ids: z.array(z.string()) }), roles: ['manager'] as Role[] },
  // the hub: bookings, sign-ins and roll calls change what every role sees of it
  'hub.changed': {
    payload: z.object({ ids: z.array(z.string()) }),
    roles: ['manager', 'coordinator', 'trainer', 'worker', 'visitor'] as Role[],
  },
  // council sync: an outbox item moved on (queued, sent, waiting again, parked)
  'sync.changed': { payload: z.object({ ids: z.array(z.string()) }), roles: ['manager'] as Role[] },
} as const;

/** Every event name. */
export type EventName = keyof typeof events;
/** The payload of an event. */
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]['payload']>;
/** An event as it travels. */
export interface AppEvent<N extends EventName = EventName> {
  kind: N;
  payload: EventPayload<N>;
}
