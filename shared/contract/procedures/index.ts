import type { z } from 'zod';
import { accountProcedures } from './accounts';
import { auditProcedures } from './audit';
import { authProcedures } from './auth';
import { setupProcedures } from './setup';
import { staffProcedures } from './staff';
import { clientProcedures } from './clients';
import { availabilityProcedures } from './availability';
import { trainingProcedures } from './training';
import { staffRecordProcedures } from './staff-records';
import { policyProcedures } from './policy';
import { workplaceProcedures } from './workplace';
import { pathwayProcedures } from './pathway';
import { apprenticeshipProcedures } from './apprenticeships';
import { rotaProcedures } from './rota';
import { hubProcedures } from './hub';
import { clockProcedures } from './clock';
import { homeProcedures } from './home';
import { backupProcedures } from './backup';
import { syncProcedures } from './sync';
import { postcodeProcedures } from './postcodes';
import { hubDepartureProcedures } from './hub-departures';
import { payParityProcedures } from './pay-parity';
import { dbsPendingProcedures } from './dbs-pending';
import { sickPaySchemeProcedures } from './sick-pay-scheme';
import { holidayProcedures } from './holiday';
import { actualsProcedures } from './actuals';
import { teamWeekProcedures } from './team-week';
import { rotaEditProcedures } from './rota-edits';
import { teamMeetingProcedures } from './team-meetings';
import { idealWeekProposalProcedures } from './ideal-week-proposals';
import { visitTimesProcedures } from './visit-times';
import { rotaCoverProcedures } from './rota-cover';
import { shiftSwapProcedures } from './shift-swaps';
import { teamMeetingInviteProcedures } from './team-meeting-invites';

/** The one table of procedures: name → schemas, roles and flags. Each domain adds its own file. */
export const procedures = {
  ...authProcedures,
  ...setupProcedures,
  ...accountProcedures,
  ...staffProcedures,
  ...auditProcedures,
  ...clientProcedures,
  ...availabilityProcedures,
  ...trainingProcedures,
  // staff records in full
  ...staffRecordProcedures,
  ...policyProcedures,
  ...workplaceProcedures,
  ...pathwayProcedures,
  ...apprenticeshipProcedures,
  ...rotaProcedures,
  ...hubProcedures,
  ...clockProcedures,
  ...homeProcedures,
  ...backupProcedures,
  ...syncProcedures,
  ...postcodeProcedures,
  ...hubDepartureProcedures,
  ...payParityProcedures,
  ...dbsPendingProcedures,
  ...sickPaySchemeProcedures,
  ...holidayProcedures,
  ...actualsProcedures,
  ...teamWeekProcedures,
  ...rotaEditProcedures,
  ...teamMeetingProcedures,
  ...idealWeekProposalProcedures,
  ...visitTimesProcedures,
  ...rotaCoverProcedures,
  ...shiftSwapProcedures,
  ...teamMeetingInviteProcedures,
} as const;

/** Every procedure table entry. */
export type Procedures = typeof procedures;
/** A procedure name, e.g. `staff.list`. */
export type ProcedureName = keyof Procedures;
/** What a caller passes (before defaults are applied). */
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<N extends ProcedureName> = z.output<Procedures[N]['input']>;
/** What a caller receives. */
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

/** Whether a string names a procedure. */
export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(procedures, name);
}
