import type { HandlerTable } from '@main/rpc/handler';
import {
  exitKiosk,
  kioskStatus,
  signInByName,
  signInContractor,
  signInWithPass,
  signOut,
  staffSignIn,
  staffSignOut,
} from './kiosk-service';

type KioskProcedure =
  | 'hub.kioskStatus'
  | 'hub.kioskSignInWithPass'
  | 'hub.kioskSignInByName'
  | 'hub.kioskSignInContractor'
  | 'hub.kioskSignOut'
  | 'hub.kioskStaffSignIn'
  | 'hub.kioskStaffSignOut'
  | 'hub.kioskExit';

/** Handlers for the kiosk procedures (reached only from a kiosk session, by dispatch). */
export const kioskHandlers: HandlerTable<KioskProcedure> = {
  'hub.kioskStatus': (_input, ctx) => kioskStatus(ctx),
  'hub.kioskSignInWithPass': (input, ctx) => signInWithPass(ctx, input),
  'hub.kioskSignInByName': (input, ctx) => signInByName(ctx, input),
  'hub.kioskSignInContractor': (input, ctx) => signInContractor(ctx, input),
  'hub.kioskSignOut': (input, ctx) => signOut(ctx, input),
  'hub.kioskStaffSignIn': (input, ctx) => staffSignIn(ctx, input),
  'hub.kioskStaffSignOut': (input, ctx) => staffSignOut(ctx, input),
  'hub.kioskExit': (input, ctx) => exitKiosk(ctx, input),
};
