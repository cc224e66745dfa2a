import { z } from 'zod';
import { procedure } from '../procedure';
import { AuditEntry, AuditQuery, AuditVerification } from '@shared/domain/audit/audit';

/** The manager reads and verifies the audit log. */
export const auditProcedures = {
  'audit.list': procedure({
    summary: 'Audit entries, newest first.',
    input: AuditQuery,
    output: z.array(AuditEntry),
    roles: ['manager'],
  }),
  'audit.verify': procedure({
    summary: 'Walk the hash chain and report the first broken link, if any.',
    input: z.object({}).strict(),
    output: AuditVerification,
    roles: ['manager'],
  }),
};
