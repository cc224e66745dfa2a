import type { HandlerTable } from '@main/rpc/handler';
import { importPostcodeDirectory } from './directory-import';
import { postcodeDirectoryStatus } from './directory-status';

/** Handlers for `postcodes.*`: the branch's offline postcode directory. */
export const postcodeHandlers: HandlerTable<'postcodes.directory' | 'postcodes.importDirectory'> = {
  'postcodes.directory': (_input, ctx) => postcodeDirectoryStatus(ctx),
  'postcodes.importDirectory': (input, ctx) => importPostcodeDirectory(ctx, input.csv, input.dryRun),
};
