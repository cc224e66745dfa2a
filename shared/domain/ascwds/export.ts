import { z } from 'zod';
import { Id } from '../common';

/** Which employer's staff to export: null is the branch's own (lead) provider. */
export const AscwdsExportInput = z.object({ employerId: Id.nullable().default(null) });
export type AscwdsExportInput = z.input<typeof AscwdsExportInput>;

/** A problem ASC-WDS would raise, shown before anything is written. */
export const AscwdsProblemSchema = z.object({
  file: z.enum(['workplace', 'staff', 'training']),
  record: z.string(),
  column: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  /** The staff record to fix, when the problem is a worker's. */
  staffId: z.string().nullable(),
});

/** The checked export: files only when there is no error. */
export const AscwdsExportResult = z.object({
  employerName: z.string(),
  workers: z.number().int(),
  newWorkers: z.number().int(),
  trainingRecords: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  problems: z.array(AscwdsProblemSchema),
  files: z.object({ workplace: z.string(), staff: z.string(), training: z.string() }).nullable(),
});
export type AscwdsExportResult = z.infer<typeof AscwdsExportResult>;
