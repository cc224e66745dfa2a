import { z } from 'zod';
import { Id, requiredText } from '../common';
import { IsoWeek } from '@shared/domain/time/iso-week';

/** A row of the file matched no visit, and why (in the report and kept for a person to resolve). */
export const UnmatchedEcmRow = z.object({
  /** Null in a check (nothing is stored yet). */
  id: z.string().nullable(),
  line: z.number().int(),
  workerRef: z.string(),
  personName: z.string(),
  visitDate: z.string(),
  plannedStartMinute: z.number().int().nullable(),
  arrivalDate: z.string(),
  arrivalMinute: z.number().int(),
  departureDate: z.string().nullable(),
  departureMinute: z.number().int().nullable(),
  reason: z.string(),
});
export type UnmatchedEcmRow = z.infer<typeof UnmatchedEcmRow>;

/** What a call monitoring file holds and what applying it does (or did). */
export const EcmImportReport = z.object({
  applied: z.boolean(),
  rows: z.number().int(),
  matched: z.number().int(),
  /** Matched visits that already had times recorded, which the file's times replace. */
  replacing: z.number().int(),
  unmatched: z.array(UnmatchedEcmRow),
});
export type EcmImportReport = z.infer<typeof EcmImportReport>;

/** A file's header row, for the mapping screen. */
export const EcmHeaderInput = z.object({
  csv: z
    .string()
    .min(1, 'Choose a call monitoring file')
    .max(32 * 1024 * 1024, 'The file is larger than 32 MB'),
});
/** The headings of a file, with a few example values under each. */
export const EcmHeader = z.object({
  headings: z.array(z.object({ heading: z.string(), examples: z.array(z.string()) })),
});
export type EcmHeader = z.infer<typeof EcmHeader>;

/** Resolve an unmatched row: attach it to one worker's visit, or set it aside with a reason. */
export const ResolveEcmRowInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('attach'),
    id: Id,
    isoWeek: IsoWeek,
    visitId: z.string().min(1, 'Choose the visit').max(200),
    staffId: Id,
  }),
  z.object({ action: z.literal('set_aside'), id: Id, note: requiredText('why it is set aside', 500) }),
]);
export type ResolveEcmRowInput = z.input<typeof ResolveEcmRowInput>;

/** The visits an unmatched row could belong to (that day's visits of the worker, or of the person). */
export const EcmCandidate = z.object({
  isoWeek: z.string(),
  visitId: z.string(),
  staffId: z.string(),
  label: z.string(),
});
/** Rows still to resolve, each with the visits it could be attached to. */
export const OpenEcmRows = z.object({
  rows: z.array(UnmatchedEcmRow.extend({ candidates: z.array(EcmCandidate) })),
});
export type OpenEcmRows = z.infer<typeof OpenEcmRows>;
