import type { Router } from './handler';
import { accountHandlers } from '../services/accounts/account-handlers';
import { auditHandlers } from '../services/audit/audit-handlers';
import { authHandlers } from '../services/auth/auth-handlers';
import { setupHandlers } from '../services/setup/setup-handlers';
import { staffHandlers } from '../services/staff/staff-handlers';
import { clientHandlers } from '../services/clients/clients-handlers';
import { availabilityHandlers } from '../services/availability/availability-handlers';
import { trainingHandlers } from '../services/training/training-handlers';
import { staffRecordHandlers } from '../services/staff/staff-record-handlers';
import { policyHandlers } from '../services/policy/policy-handlers';
import { workplaceHandlers } from '../services/ascwds/workplace-handlers';
import { pathwayHandlers } from '../services/pathway/pathway-handlers';
import { apprenticeshipHandlers } from '../services/apprenticeships/apprenticeships-handlers';
import { rotaHandlers } from '../services/rota/rota-handlers';
import { hubHandlers } from '../services/hub/hub-handlers';
import { kioskHandlers } from '../services/hub/kiosk-handlers';
import { clockHandlers } from '../services/clock/clock-handlers';
import { homeHandlers } from '../services/home/home-handlers';
import { backupHandlers } from '../services/backup/backup-handlers';
import { syncHandlers } from '../services/sync/sync-handlers';
import { postcodeHandlers } from '../services/postcodes/postcodes-handlers';
import { hubDepartureHandlers } from '../services/hub/departures-handlers';
import { payParityHandlers } from '../services/pay-parity/pay-parity-handlers';
import { dbsPendingHandlers } from '../services/policy/dbs-pending-handlers';
import { sickPaySchemeHandlers } from '../services/sick-pay/scheme-preview-handlers';
import { holidayHandlers } from '../services/holiday/holiday-handlers';
import { actualsHandlers } from '../services/actuals/actuals-handlers';
import { teamWeekHandlers } from '../services/team-week/team-week-handlers';
import { rotaEditHandlers } from '../services/rota/edit-history-handlers';
import { teamMeetingHandlers } from '../services/team-meetings/team-meetings-handlers';
import { idealWeekProposalHandlers } from '../services/ideal-week-proposals/proposals-handlers';
import { visitTimesHandlers } from '../services/visit-times/visit-times-handlers';
import { rotaCoverHandlers } from '../services/rota-cover/rota-cover-handlers';
import { shiftSwapHandlers } from '../services/team-week/shift-swap-handlers';
import { invitedMeetingHandlers } from '../services/team-meetings/invited-handlers';

/** Every procedure's handler. The `Router` type fails to compile if a contract procedure has none. */
export const router: Router = {
  ...authHandlers,
  ...setupHandlers,
  ...accountHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...clientHandlers,
  ...availabilityHandlers,
  ...trainingHandlers,
  // staff records in full
  ...staffRecordHandlers,
  ...policyHandlers,
  ...workplaceHandlers,
  ...pathwayHandlers,
  ...apprenticeshipHandlers,
  ...rotaHandlers,
  ...hubHandlers,
  ...kioskHandlers,
  ...clockHandlers,
  ...homeHandlers,
  ...backupHandlers,
  ...syncHandlers,
  ...postcodeHandlers,
  ...hubDepartureHandlers,
  ...payParityHandlers,
  ...dbsPendingHandlers,
  ...sickPaySchemeHandlers,
  ...holidayHandlers,
  ...actualsHandlers,
  ...teamWeekHandlers,
  ...rotaEditHandlers,
  ...teamMeetingHandlers,
  ...idealWeekProposalHandlers,
  ...visitTimesHandlers,
  ...rotaCoverHandlers,
  ...shiftSwapHandlers,
  ...invitedMeetingHandlers,
};
