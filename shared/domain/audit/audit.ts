import { z } from 'zod';
import { IsoDateTime } from '../common';

/** Whether the audited action succeeded. */
export const AuditOutcome = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** One entry of the append-only, hash-chained audit log. */
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: IsoDateTime,
  actor: z.string(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  outcome: AuditOutcome,
  detail: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Filter and page the audit log, newest first. */
export const AuditQuery = z.object({
  action: z.string().trim().max(100).default(''),
  outcome: AuditOutcome.nullable().default(null),
  beforeSeq: z.number().int().nullable().default(null),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type AuditQuery = z.input<typeof AuditQuery>;

/** The result of walking the whole chain. */
export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
