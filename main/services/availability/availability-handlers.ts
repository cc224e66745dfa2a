import type { HandlerTable } from '@main/rpc/handler';
import {
  addTeamMeeting,
  cancelException,
  decideLeave,
  getAvailability,
  listCareWorkers,
  listExceptions,
  recordSickness,
  requestLeave,
  saveTravelProfile,
  saveWindows,
} from './availability-service';

type AvailabilityProcedure =
  | 'availability.get'
  | 'availability.saveWindows'
  | 'availability.saveTravelProfile'
  | 'availability.requestLeave'
  | 'availability.decideLeave'
  | 'availability.recordSickness'
  | 'availability.addTeamMeeting'
  | 'availability.cancelException'
  | 'availability.listExceptions'
  | 'availability.workers';

/** Handlers for `availability.*`. */
export const availabilityHandlers: HandlerTable<AvailabilityProcedure> = {
  'availability.get': (input, ctx) => getAvailability(ctx, input.staffId),
  'availability.saveWindows': (input, ctx) => saveWindows(ctx, input),
  'availability.saveTravelProfile': (input, ctx) => saveTravelProfile(ctx, input),
  'availability.requestLeave': (input, ctx) => requestLeave(ctx, input),
  'availability.decideLeave': (input, ctx) => decideLeave(ctx, input),
  'availability.recordSickness': (input, ctx) => recordSickness(ctx, input),
  'availability.addTeamMeeting': (input, ctx) => addTeamMeeting(ctx, input),
  'availability.cancelException': (input, ctx) => cancelException(ctx, input.id),
  'availability.listExceptions': (input, ctx) => listExceptions(ctx, input),
  'availability.workers': (_input, ctx) => listCareWorkers(ctx),
};
