import { z } from 'zod';

/** One refused cell of an import: spreadsheet row (header is row 1), column and reason. */
export const ImportProblem = z.object({ row: z.number().int(), column: z.string(), reason: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

/** The outcome of an import: all rows or none. */
export const ImportReport = z.object({
  imported: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  problems: z.array(ImportProblem),
  /** Problems beyond the first 500 are counted, not listed. */
  moreProblems: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** An import: the CSV text as read from the file. */
export const ImportInput = z.object({
  csv: z
    .string()
    .min(1, 'Choose a CSV file')
    .max(30 * 1024 * 1024, 'The file must be 30 MB or smaller'),
  /** Check only; write nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportInput = z.input<typeof ImportInput>;
