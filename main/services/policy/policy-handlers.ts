import type { HandlerTable } from '@main/rpc/handler';
import { charterChecklist, complianceDashboard } from '../compliance/compliance-service';
import { sickPaySchemeView, updateSickPayScheme } from '../sick-pay/sick-pay-service';
import { addPolicyValue, payPolicyView, updatePaySettings } from './pay-policy-service';

/** Handlers for pay policy, the compliance dashboard and the Charter checklist. */
export const policyHandlers: HandlerTable<
  | 'policy.payPolicy'
  | 'policy.addPayValue'
  | 'policy.updateSettings'
  | 'policy.sickPayScheme'
  | 'policy.updateSickPayScheme'
  | 'compliance.dashboard'
  | 'compliance.charter'
> = {
  'policy.payPolicy': (_input, ctx) => payPolicyView(ctx),
  'policy.addPayValue': (input, ctx) => addPolicyValue(ctx, input),
  'policy.updateSettings': (input, ctx) => updatePaySettings(ctx, input),
  'policy.sickPayScheme': (_input, ctx) => sickPaySchemeView(ctx),
  'policy.updateSickPayScheme': (input, ctx) => updateSickPayScheme(ctx, input),
  'compliance.dashboard': (_input, ctx) => complianceDashboard(ctx),
  'compliance.charter': (_input, ctx) => charterChecklist(ctx),
};
