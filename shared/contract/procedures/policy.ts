import { z } from 'zod';
import { procedure } from '../procedure';
import { PaySettings, PayPolicyValueInput, PayPolicyView } from '@shared/domain/policy/pay-policy';
import { SickPayScheme } from '@shared/domain/policy/sick-pay';
import { CharterChecklist } from '@shared/domain/staff/charter';
import { ComplianceDashboard } from '@shared/domain/staff/compliance';

/** Pay policy values, compliance dashboard and the Ethical Care Charter checklist. */
export const policyProcedures = {
  'policy.payPolicy': procedure({
    summary: 'Pay benchmark values, branch settings and the floor in force today.',
    input: z.object({}),
    output: PayPolicyView,
    roles: ['manager', 'coordinator'],
  }),
  'policy.addPayValue': procedure({
    summary: 'Add a benchmark value from a date (NLW, LLW, RLW, Band 3 equivalent).',
    input: PayPolicyValueInput,
    output: PayPolicyView,
    roles: ['manager'],
    mutation: true,
    invalidates: ['policy', 'compliance', 'rota'],
  }),
  'policy.updateSettings': procedure({
    summary: 'Choose the contractual floor, London or not, retention and warning windows.',
    input: PaySettings,
    output: PayPolicyView,
    roles: ['manager'],
    mutation: true,
    invalidates: ['policy', 'compliance', 'rota'],
  }),
  'policy.sickPayScheme': procedure({
    summary: 'The branch’s occupational sick pay scheme: bands by length of service and waiting days.',
    input: z.object({}),
    output: SickPayScheme,
    roles: ['manager', 'coordinator'],
  }),
  'policy.updateSickPayScheme': procedure({
    summary: 'Change the occupational sick pay scheme; every recorded sickness is paid again under it.',
    input: SickPayScheme,
    output: SickPayScheme,
    roles: ['manager'],
    mutation: true,
    invalidates: ['policy', 'staff', 'availability', 'rota', 'compliance'],
  }),
  'compliance.dashboard': procedure({
    summary: 'Workers below the pay floor, DBS and right-to-work dates, missing references, zero hours, sick pay.',
    input: z.object({}),
    output: ComplianceDashboard,
    roles: ['manager', 'coordinator'],
  }),
  'compliance.charter': procedure({
    summary: 'The Ethical Care Charter checklist with a status and figure per commitment.',
    input: z.object({}),
    output: CharterChecklist,
    roles: ['manager', 'coordinator'],
  }),
};
