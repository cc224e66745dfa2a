import { z } from 'zod';
import { procedure } from '../procedure';
import {
  PostcodeDirectory,
  PostcodeImportInput,
  PostcodeImportReport,
} from '@shared/domain/clients/postcode-directory';

/** The branch's offline copy of the ONS Postcode Directory, which places people and workers by postcode. */
export const postcodeProcedures = {
  'postcodes.directory': procedure({
    summary:
      'How many postcodes the branch’s directory holds and when it was imported (the forms that take a postcode ' +
      'say whether a postcode alone is enough).',
    input: z.object({}),
    output: PostcodeDirectory,
    roles: ['manager', 'coordinator', 'worker'],
  }),
  'postcodes.importDirectory': procedure({
    summary:
      'Replace the postcode directory from the ONS Postcode Directory CSV: every row checked first; a file of the ' +
      'wrong shape or with a bad row imports nothing and is reported.',
    input: PostcodeImportInput,
    output: PostcodeImportReport,
    roles: ['manager'],
    mutation: true,
    invalidates: ['postcodes'],
    // The CSV travels as JSON text: a borough's full-column extract is a few megabytes; 64 MB is the schema's cap.
    maxBodyBytes: 65 * 1024 * 1024,
  }),
};
