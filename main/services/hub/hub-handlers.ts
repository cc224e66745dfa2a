import type { HandlerTable } from '@main/rpc/handler';
import { availability } from './availability-service';
import { bookingIcs, bookingPass } from './booking-files';
import { book, bookSeries, cancelBooking, listBookings, myBookings, previewSeries } from './booking-service';
import { clearFloorImage, floorImage, uploadFloorImage } from './floor-image-service';
import { endKiosk, listKiosks, startKiosk } from './kiosk-admin';
import { listOrganisations, removeOrganisation, saveOrganisation } from './organisations-service';
import { building, forgottenSignOuts, mySignIns, signOutPerson } from './presence-service';
import { endRollCall, markSafe, rollCall, rollCallPdf, startRollCall } from './roll-call-service';
import {
  addClosedDay,
  getSetup,
  removeClosedDay,
  removeFloor,
  removeSpace,
  saveFloor,
  saveHubSettings,
  saveOpeningHours,
  saveSpace,
} from './setup-service';
import { usage } from './usage-service';
import { usageCsv } from './usage-csv';
import { importVisitors } from './visitor-import';
import { createVisitor, listVisitors, updateVisitor } from './visitors-service';

type HubProcedure =
  | 'hub.setup'
  | 'hub.floorImage'
  | 'hub.saveFloor'
  | 'hub.removeFloor'
  | 'hub.uploadFloorImage'
  | 'hub.clearFloorImage'
  | 'hub.saveSpace'
  | 'hub.removeSpace'
  | 'hub.saveOpeningHours'
  | 'hub.addClosedDay'
  | 'hub.removeClosedDay'
  | 'hub.saveSettings'
  | 'hub.organisations'
  | 'hub.saveOrganisation'
  | 'hub.removeOrganisation'
  | 'hub.visitors'
  | 'hub.createVisitor'
  | 'hub.updateVisitor'
  | 'hub.importVisitors'
  | 'hub.availability'
  | 'hub.book'
  | 'hub.previewSeries'
  | 'hub.bookSeries'
  | 'hub.cancelBooking'
  | 'hub.myBookings'
  | 'hub.bookings'
  | 'hub.bookingIcs'
  | 'hub.bookingPass'
  | 'hub.mySignIns'
  | 'hub.startKiosk'
  | 'hub.kiosks'
  | 'hub.endKiosk'
  | 'hub.building'
  | 'hub.startRollCall'
  | 'hub.rollCall'
  | 'hub.markSafe'
  | 'hub.endRollCall'
  | 'hub.rollCallPdf'
  | 'hub.signOutPerson'
  | 'hub.forgottenSignOuts'
  | 'hub.usage'
  | 'hub.usageCsv';

/** Handlers for the hub's procedures used from people's sessions (the kiosk's are in kiosk-handlers.ts). */
export const hubHandlers: HandlerTable<HubProcedure> = {
  'hub.setup': (_input, ctx) => getSetup(ctx),
  'hub.floorImage': (input, ctx) => floorImage(ctx, input.floorId),
  'hub.saveFloor': (input, ctx) => saveFloor(ctx, input),
  'hub.removeFloor': (input, ctx) => removeFloor(ctx, input.id),
  'hub.uploadFloorImage': (input, ctx) => uploadFloorImage(ctx, input),
  'hub.clearFloorImage': (input, ctx) => clearFloorImage(ctx, input.floorId),
  'hub.saveSpace': (input, ctx) => saveSpace(ctx, input),
  'hub.removeSpace': (input, ctx) => removeSpace(ctx, input),
  'hub.saveOpeningHours': (input, ctx) => saveOpeningHours(ctx, input),
  'hub.addClosedDay': (input, ctx) => addClosedDay(ctx, input),
  'hub.removeClosedDay': (input, ctx) => removeClosedDay(ctx, input.date),
  'hub.saveSettings': (input, ctx) => saveHubSettings(ctx, input),
  'hub.organisations': (_input, ctx) => listOrganisations(ctx.deps.db),
  'hub.saveOrganisation': (input, ctx) => saveOrganisation(ctx, input),
  'hub.removeOrganisation': (input, ctx) => removeOrganisation(ctx, input.id),
  'hub.visitors': (_input, ctx) => listVisitors(ctx.deps.db),
  'hub.createVisitor': (input, ctx) => createVisitor(ctx, input),
  'hub.updateVisitor': (input, ctx) => updateVisitor(ctx, input),
  'hub.importVisitors': (input, ctx) => importVisitors(ctx, input.csv, input.dryRun),
  'hub.availability': (input, ctx) => availability(ctx, input.date),
  'hub.book': (input, ctx) => book(ctx, input),
  'hub.previewSeries': (input, ctx) => previewSeries(ctx, input),
  'hub.bookSeries': (input, ctx) => bookSeries(ctx, input),
  'hub.cancelBooking': (input, ctx) => cancelBooking(ctx, input),
  'hub.myBookings': (input, ctx) => myBookings(ctx, input.from),
  'hub.bookings': (input, ctx) => listBookings(ctx, input),
  'hub.bookingIcs': (input, ctx) => bookingIcs(ctx, input.bookingId),
  'hub.bookingPass': (input, ctx) => bookingPass(ctx, input.bookingId),
  'hub.mySignIns': (_input, ctx) => mySignIns(ctx),
  'hub.startKiosk': (input, ctx) => startKiosk(ctx, input.name),
  'hub.kiosks': (_input, ctx) => listKiosks(ctx),
  'hub.endKiosk': (input, ctx) => endKiosk(ctx, input.id),
  'hub.building': (_input, ctx) => building(ctx),
  'hub.startRollCall': (_input, ctx) => startRollCall(ctx),
  'hub.rollCall': (input, ctx) => rollCall(ctx, input.id),
  'hub.markSafe': (input, ctx) => markSafe(ctx, input),
  'hub.endRollCall': (input, ctx) => endRollCall(ctx, input.rollCallId),
  'hub.rollCallPdf': (input, ctx) => rollCallPdf(ctx, input.rollCallId),
  'hub.signOutPerson': (input, ctx) => signOutPerson(ctx, input.presenceId),
  'hub.forgottenSignOuts': (input, ctx) => forgottenSignOuts(ctx, input.date),
  'hub.usage': (input, ctx) => usage(ctx, input.from, input.to),
  'hub.usageCsv': (input, ctx) => usageCsv(ctx, input),
};
