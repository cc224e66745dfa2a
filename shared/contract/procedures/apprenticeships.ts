import { z } from 'zod';
import { procedure } from '../procedure';
import { Id } from '@shared/domain/common';
import {
  ApprenticeshipDashboard,
  ApprenticeshipDetail,
  ApprenticeshipRow,
  ApprenticeshipStandard,
  ApprenticeshipStandardInput,
  EnrolmentInput,
  EpaInput,
  FunctionalSkillsInput,
  GatewayItemInput,
  OtjEntry,
  OtjEntryInput,
  Review,
  ReviewInput,
} from '@shared/domain/apprenticeships/apprenticeships';

/** Apprenticeships: enrolment, off-the-job hours, progress reviews, gateway and end-point assessment. */
export const apprenticeshipProcedures = {
  'apprenticeships.standards': procedure({
    summary: 'The standards the branch uses, with their minimum OTJ hours.',
    input: z.object({}),
    output: z.array(ApprenticeshipStandard),
    roles: ['manager', 'trainer', 'worker'],
  }),
  'apprenticeships.saveStandard': procedure({
    summary: 'Add a standard or edit one (e.g. its published minimum OTJ hours).',
    input: ApprenticeshipStandardInput,
    output: ApprenticeshipStandard,
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.dashboard': procedure({
    summary:
      'Active apprentices by standard, behind on OTJ, reviews due ' +
      'or overdue, gateways coming up, starts and completions.',
    input: z.object({}),
    output: ApprenticeshipDashboard,
    roles: ['manager', 'trainer'],
  }),
  'apprenticeships.list': procedure({
    summary: 'All apprenticeships (any status) with OTJ and review status.',
    input: z.object({ status: z.enum(['active', 'completed', 'withdrawn']).nullable().default(null) }),
    output: z.array(ApprenticeshipRow),
    roles: ['manager', 'trainer'],
  }),
  'apprenticeships.mine': procedure({
    summary: 'The caller’s own apprenticeships and those they mentor.',
    input: z.object({}),
    output: z.object({ own: z.array(ApprenticeshipRow), mentoring: z.array(ApprenticeshipRow) }),
    roles: ['worker', 'manager'],
  }),
  'apprenticeships.get': procedure({
    summary: 'One apprenticeship in full. A worker reads their own, or one they mentor.',
    input: z.object({ id: Id }),
    output: ApprenticeshipDetail,
    roles: ['manager', 'trainer', 'worker'],
  }),
  'apprenticeships.enrol': procedure({
    summary: 'Enrol a worker on a standard.',
    input: EnrolmentInput,
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.setFunctionalSkills': procedure({
    summary: 'Update English and maths progress.',
    input: FunctionalSkillsInput,
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.logOtj': procedure({
    summary: "Log off-the-job hours. An apprentice's own entries wait for their mentor or a manager to approve.",
    input: OtjEntryInput,
    output: OtjEntry,
    roles: ['manager', 'worker'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.decideOtj': procedure({
    summary: 'Approve or reject a pending OTJ entry (a manager, or the apprentice’s mentor).',
    input: z.object({ entryId: Id, decision: z.enum(['approved', 'rejected']) }),
    output: OtjEntry,
    roles: ['manager', 'worker'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.recordReview': procedure({
    summary: 'Record a progress review with the apprentice, employer and provider, and the actions agreed.',
    input: ReviewInput,
    output: Review,
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.setGatewayItem': procedure({
    summary: 'Tick or untick a gateway checklist item.',
    input: GatewayItemInput,
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
  'apprenticeships.recordEpa': procedure({
    summary: 'Record the end-point assessment result; a pass completes the apprenticeship and adds the qualification.',
    input: EpaInput,
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships', 'qualifications', 'pathway', 'ascwds'],
  }),
  'apprenticeships.withdraw': procedure({
    summary: 'Record that an apprentice has left the programme.',
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    roles: ['manager'],
    mutation: true,
    invalidates: ['apprenticeships'],
  }),
};
