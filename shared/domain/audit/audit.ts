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

/** The log's last entry, to be kept outside the branch (printed on backups, sent with council summaries). */
export const AuditHead = z.object({
  seq: z.number().int('Enter the entry number as printed').min(1, 'Enter the entry number as printed'),
  /** The entry's keyed hash: only the holder of the branch's audit key can make one that fits. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'Enter the 64-character code exactly as printed'),
});
export type AuditHead = z.infer<typeof AuditHead>;

/** What is wrong with the log, when something is. */
export const AuditProblem = z.enum([
  /** An entry was changed, removed or moved (firstBrokenSeq is the first that no longer fits). */
  'altered',
  /** Entries are missing from the end: this computer saw the log reach further. */
  'cut_off',
  /** The log no longer holds the entry this computer last recorded: entries were cut and others written over them. */
  'diverged',
  /** The log was sealed with an audit key this computer does not hold (moved or restored without its key). */
  'key_missing',
  /** This computer's record of where the log ends is missing, so a cut end could not be seen. */
  'witness_missing',
  /** This computer's record of where the log ends has been edited. */
  'witness_altered',
  /** The log does not hold the entry named by a head kept elsewhere (a backup's or a council receipt's). */
  'head_mismatch',
  /** The log does not hold the entry whose head the council keeps from the latest summary it received. */
  'council_mismatch',
]);
export type AuditProblem = z.infer<typeof AuditProblem>;

/** The log checked against the heads the council keeps (council-sync.md: each summary carries the log's head). */
export const CouncilHeadCheck = z.object({
  /**
   * `matches`: the log holds every entry the council's heads name, unchanged; `mismatch`: it lacks one of them;
   * `none_held`: the council holds no summary from this branch yet; `unavailable`: the council could not be asked
   * (`message` says why).
   */
  state: z.enum(['matches', 'mismatch', 'none_held', 'unavailable']),
  /** The entry the latest head the council keeps names, when the log holds every head. */
  seq: z.number().int().nullable(),
  /**
   * When the branch built the summary carrying the head checked (UTC): the latest on a match, the earliest the log
   * no longer holds on a mismatch.
   */
  builtAt: IsoDateTime.nullable(),
  /** Why the council could not be asked, in words. */
  message: z.string().nullable(),
  /** How many different heads the council keeps from this branch (each checked); null when it could not be asked. */
  headsHeld: z.number().int().nonnegative().nullable(),
});
export type CouncilHeadCheck = z.infer<typeof CouncilHeadCheck>;

/** The result of walking the whole chain. */
export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: AuditProblem.nullable(),
  /** Entries from this one on are sealed with the branch's audit key; earlier ones predate sealing. */
  sealedFromSeq: z.number().int().nullable(),
  /** The last entry this computer recorded outside the store. */
  witnessedSeq: z.number().int().nullable(),
  /** The latest entry at which this computer's record had to be started again, if it ever was. */
  witnessRestartedAtSeq: z.number().int().nullable(),
  /** The head checked against, when one kept elsewhere was given. */
  checkedHead: AuditHead.nullable(),
  /** The check against the head the council keeps, when asked for. */
  council: CouncilHeadCheck.nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

/** Ask for a verification, optionally against a head kept outside the branch and the one the council keeps. */
export const AuditVerifyInput = z
  .object({ head: AuditHead.nullable().default(null), council: z.boolean().default(false) })
  .strict();
export type AuditVerifyInput = z.input<typeof AuditVerifyInput>;
