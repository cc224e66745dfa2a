import { z } from 'zod';
import { procedure } from '../procedure';
import { Employer, WorkplaceDetails, WorkplaceFields } from '@shared/domain/ascwds/workplace';
import { AscwdsExportInput, AscwdsExportResult } from '@shared/domain/ascwds/export';

/** The branch as an ASC-WDS workplace, and its family of employers. */
export const workplaceProcedures = {
  'workplace.get': procedure({
    summary: 'Workplace details for the ASC-WDS workplace file and Charter declarations (a draft until first saved).',
    input: z.object({}),
    output: WorkplaceFields,
    roles: ['manager'],
  }),
  'workplace.update': procedure({
    summary: 'Save workplace details.',
    input: WorkplaceDetails,
    output: WorkplaceDetails,
    roles: ['manager'],
    mutation: true,
    invalidates: ['workplace', 'compliance', 'ascwds', 'staff'],
  }),
  'workplace.employers': procedure({
    summary: 'The lead provider and partner providers staff can be employed by.',
    input: z.object({}),
    output: z.array(Employer),
    roles: ['manager', 'coordinator'],
  }),
  'workplace.addPartner': procedure({
    summary: 'Add a partner provider to the branch’s family of providers.',
    input: z.object({
      name: z.string().trim().min(1, 'Enter the provider’s name').max(120, 'Name must be 120 characters or fewer'),
    }),
    output: z.array(Employer),
    roles: ['manager'],
    mutation: true,
    invalidates: ['workplace', 'staff', 'ascwds'],
  }),
  'ascwds.preview': procedure({
    summary: 'Check the ASC-WDS bulk-upload files for one employer against the ASC-WDS rules, writing nothing.',
    input: AscwdsExportInput,
    output: AscwdsExportResult,
    roles: ['manager'],
  }),
  'ascwds.export': procedure({
    summary:
      'Produce the ASC-WDS workplace, staff and training files (after re-authentication) and remember what went out.',
    input: AscwdsExportInput,
    output: AscwdsExportResult,
    roles: ['manager'],
    mutation: true,
    invalidates: ['ascwds'],
  }),
};
