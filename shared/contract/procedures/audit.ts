import { z } from 'zod';
import { procedure } from '../procedure';
import { AuditEntry, AuditQuery, AuditVerification, AuditVerifyInput } from '@shared/domain/audit/audit';

/** The manager reads and verifies the audit log. */
export const auditProcedures = {
  'audit.list': procedure({
    summary: 'Audit entries, newest first.',
    input: AuditQuery,
    output: z.array(AuditEntry),
    roles: ['manager'],
  }),
  'audit.verify': procedure({
    summary:
      'Walk the sealed chain and report what no longer fits (edited, cut off, reordered), optionally against a head ' +
      'kept outside the branch.',
    input: AuditVerifyInput,
    output: AuditVerification,
    roles: ['manager'],
  }),
};
