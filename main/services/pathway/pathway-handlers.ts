import type { HandlerTable } from '@main/rpc/handler';
import { careerView } from './career-view';
import { recordProgression, setMember, signOff } from './progression-service';
import { listQualifications, recordQualification, removeQualification } from './qualifications-service';
import { archiveStep, listSteps, saveStep } from './steps-service';
import { pathwayOverview, workerPathway } from './worker-pathway';

type PathwayProcedure =
  | 'pathway.listSteps'
  | 'pathway.saveStep'
  | 'pathway.archiveStep'
  | 'pathway.overview'
  | 'pathway.worker'
  | 'pathway.recordProgression'
  | 'pathway.setMember'
  | 'pathway.signOff'
  | 'pathway.career'
  | 'qualifications.list'
  | 'qualifications.record'
  | 'qualifications.remove';

/** Handlers for `pathway.*` and `qualifications.*`. */
export const pathwayHandlers: HandlerTable<PathwayProcedure> = {
  'pathway.listSteps': (input, ctx) => listSteps(ctx, input.includeArchived),
  'pathway.saveStep': (input, ctx) => saveStep(ctx, input.id, input.step),
  'pathway.archiveStep': (input, ctx) => archiveStep(ctx, input.id, input.archived),
  'pathway.overview': (_input, ctx) => pathwayOverview(ctx),
  'pathway.worker': (input, ctx) => workerPathway(ctx, input.staffId),
  'pathway.recordProgression': (input, ctx) => recordProgression(ctx, input),
  'pathway.setMember': (input, ctx) => setMember(ctx, input),
  'pathway.signOff': (input, ctx) => signOff(ctx, input),
  'pathway.career': (_input, ctx) => careerView(ctx),
  'qualifications.list': (input, ctx) => listQualifications(ctx, input.staffId),
  'qualifications.record': (input, ctx) => recordQualification(ctx, input),
  'qualifications.remove': (input, ctx) => removeQualification(ctx, input.id),
};
