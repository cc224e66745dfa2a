import { z } from 'zod';
import { procedure } from '../procedure';
import { SickPayScheme } from '@shared/domain/policy/sick-pay';

/** What changing the occupational sick pay scheme would do, for the manager to check before saving it. */
export const SickPaySchemePreview = z.object({
  current: SickPayScheme,
  proposed: SickPayScheme,
  /** Recorded sicknesses that would be paid again under the proposed scheme. */
  absences: z.number().int(),
  /** The workers those sicknesses belong to. */
  workers: z.number().int(),
});
/** What changing the occupational sick pay scheme would do. */
export type SickPaySchemePreview = z.infer<typeof SickPaySchemePreview>;

/** Checking a change to the occupational sick pay scheme before it is saved. */
export const sickPaySchemeProcedures = {
  'policy.previewSickPayScheme': procedure({
    summary: 'Check a proposed sick pay scheme: its errors by field, and the sicknesses it would pay again.',
    input: SickPayScheme,
    output: SickPaySchemePreview,
    roles: ['manager'],
  }),
};
