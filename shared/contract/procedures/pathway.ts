import { z } from 'zod';
import { procedure } from '../procedure';
import { Id, IsoDate } from '@shared/domain/common';
import {
  PathwayMemberInput,
  PathwayStep,
  PathwayStepInput,
  Placement,
  ProgressionInput,
  SignOffInput,
} from '@shared/domain/pathway/steps';
import { StaffQualification, StaffQualificationInput } from '@shared/domain/pathway/qualifications';
import { CareerView, PathwayOverviewRow, WorkerPathway } from '@shared/domain/pathway/views';

/** The career pathway (CWP backbone + the branch's steps) and the qualifications table. */
export const pathwayProcedures = {
  'pathway.listSteps': procedure({
    summary: "The branch's progression steps on the Care Workforce Pathway (names and requirements, no personal data).",
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.array(PathwayStep),
    roles: ['manager', 'coordinator', 'trainer', 'worker'],
  }),
  'pathway.saveStep': procedure({
    summary: 'Create (id null) or edit a progression step and its requirements.',
    input: z.object({ id: Id.nullable(), step: PathwayStepInput }),
    output: PathwayStep,
    roles: ['manager'],
    mutation: true,
    invalidates: ['pathway'],
  }),
  'pathway.archiveStep': procedure({
    summary: 'Archive (or restore) a step; people already on it keep their history.',
    input: z.object({ id: Id, archived: z.boolean() }),
    output: PathwayStep,
    roles: ['manager'],
    mutation: true,
    invalidates: ['pathway'],
  }),
  'pathway.overview': procedure({
    summary: 'Every active worker: current step and readiness for their next step.',
    input: z.object({}),
    output: z.array(PathwayOverviewRow),
    roles: ['manager'],
  }),
  'pathway.worker': procedure({
    summary: "A worker's pathway page. A worker sees their own, or a supervisee's when they are the named supervisor.",
    input: z.object({ staffId: Id }),
    output: WorkerPathway,
    roles: ['manager', 'worker'],
  }),
  'pathway.recordProgression': procedure({
    summary:
      "Place a worker on a step (dated, with pay change); unmet requirements need the manager's recorded reason.",
    input: ProgressionInput,
    output: Placement,
    roles: ['manager'],
    mutation: true,
    invalidates: ['pathway', 'staff', 'compliance', 'rota', 'ascwds'],
  }),
  'pathway.setMember': procedure({
    summary: "Set a worker's named supervisor and the borough-resident flag.",
    input: PathwayMemberInput,
    output: z.object({ staffId: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['pathway'],
  }),
  'pathway.signOff': procedure({
    summary: "Sign off a worker as ready for a step (a manager, or the worker's named supervisor).",
    input: SignOffInput,
    output: z.object({ staffId: Id, stepId: Id, signedOn: IsoDate }),
    roles: ['manager', 'worker'],
    mutation: true,
    invalidates: ['pathway'],
  }),
  'pathway.career': procedure({
    summary:
      'Care as a career of choice: promotions, workers by CWP category, internal vs external fills, borough residents.',
    input: z.object({}),
    output: CareerView,
    roles: ['manager'],
  }),
  'qualifications.list': procedure({
    summary: "A worker's qualifications (ASC-WDS codes). A worker reads their own.",
    input: z.object({ staffId: Id }),
    output: z.array(StaffQualification),
    roles: ['manager', 'worker'],
  }),
  'qualifications.record': procedure({
    summary: 'Record a qualification a worker has achieved.',
    input: StaffQualificationInput,
    output: StaffQualification,
    roles: ['manager'],
    mutation: true,
    invalidates: ['qualifications', 'pathway', 'ascwds'],
  }),
  'qualifications.remove': procedure({
    summary: 'Remove a qualification recorded in error.',
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['qualifications', 'pathway', 'ascwds'],
  }),
};
