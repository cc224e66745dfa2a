import type { Router } from './handler';
import { accountHandlers } from '../services/accounts/account-handlers';
import { auditHandlers } from '../services/audit/audit-handlers';
import { authHandlers } from '../services/auth/auth-handlers';
import { setupHandlers } from '../services/setup/setup-handlers';
import { staffHandlers } from '../services/staff/staff-handlers';
import { pathwayHandlers } from '../services/pathway/pathway-handlers';
import { apprenticeshipHandlers } from '../services/apprenticeships/apprenticeships-handlers';

/** Every procedure's handler. The `Router` type fails to compile if a contract procedure has none. */
export const router: Router = {
  ...authHandlers,
  ...setupHandlers,
  ...accountHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...pathwayHandlers,
  ...apprenticeshipHandlers,
};
