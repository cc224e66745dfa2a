import { z } from 'zod';
import { procedure } from '../procedure';
import {
  ActualsDay,
  ActualsDayInput,
  ActualsSettings,
  MyActualsDay,
  RecordActualInput,
  VisitActual,
} from '@shared/domain/actuals/actuals';
import { EcmImportInput } from '@shared/domain/actuals/call-monitoring';
import {
  EcmHeader,
  EcmHeaderInput,
  EcmImportReport,
  OpenEcmRows,
  ResolveEcmRowInput,
} from '@shared/domain/actuals/ecm-import';

// A call monitoring export of a busy month is a few megabytes; the schema caps the text at 32 MB.
const FILE_BODY_BYTES = 33 * 1024 * 1024;

/** What actually happened at visits: actual arrival and departure, the day's flags, call monitoring imports. */
export const actualsProcedures = {
  'actuals.myDay': procedure({
    summary: 'The signed-in worker’s own visits on a day, with the times recorded and whether they may record now.',
    input: ActualsDayInput,
    output: MyActualsDay,
    roles: ['worker', 'manager', 'coordinator'],
  }),
  'actuals.record': procedure({
    summary:
      'Record a worker’s actual arrival and departure at a visit (a worker their own, on the day); shorter than ' +
      'agreed needs a reason from the list and is flagged to the coordinator.',
    input: RecordActualInput,
    output: VisitActual,
    roles: ['worker', 'manager', 'coordinator'],
    mutation: true,
    invalidates: ['actuals', 'rota'],
  }),
  'actuals.day': procedure({
    summary: 'A day’s visits, planned and actual, with missed, late and shortened ones flagged.',
    input: ActualsDayInput,
    output: ActualsDay,
    roles: ['manager', 'coordinator'],
  }),
  'actuals.settings': procedure({
    summary: 'The branch’s late threshold for visits (15 minutes by default).',
    input: z.object({}),
    output: ActualsSettings,
    roles: ['manager', 'coordinator'],
  }),
  'actuals.saveSettings': procedure({
    summary: 'Change the branch’s late threshold for visits.',
    input: ActualsSettings,
    output: ActualsSettings,
    roles: ['manager'],
    mutation: true,
    invalidates: ['actuals'],
  }),
  'actuals.callMonitoringHeader': procedure({
    summary: 'The headings of a call monitoring file and a few values under each, for mapping its columns.',
    input: EcmHeaderInput,
    output: EcmHeader,
    roles: ['manager', 'coordinator'],
    maxBodyBytes: FILE_BODY_BYTES,
  }),
  'actuals.importCallMonitoring': procedure({
    summary:
      'Check or import a call monitoring file: rows matched to visits by worker, person and planned time; a bad, ' +
      'duplicate or other-branch row imports nothing; unmatched rows kept to resolve.',
    input: EcmImportInput,
    output: EcmImportReport,
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['actuals', 'rota'],
    maxBodyBytes: FILE_BODY_BYTES,
  }),
  'actuals.openCallMonitoringRows': procedure({
    summary: 'Call monitoring rows that matched no visit, still to resolve, with the visits each could belong to.',
    input: z.object({}),
    output: OpenEcmRows,
    roles: ['manager', 'coordinator'],
  }),
  'actuals.resolveCallMonitoringRow': procedure({
    summary: 'Attach an unmatched call monitoring row to a worker’s visit, or set it aside with a reason.',
    input: ResolveEcmRowInput,
    output: z.object({ id: z.string() }),
    roles: ['manager', 'coordinator'],
    mutation: true,
    invalidates: ['actuals', 'rota'],
  }),
};
