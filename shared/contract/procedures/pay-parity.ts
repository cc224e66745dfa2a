import { z } from 'zod';
import { procedure } from '../procedure';
import { PayParityReport } from '@shared/domain/policy/pay-parity';

/** Pay parity between the lead provider and its partners. */
export const payParityProcedures = {
  'compliance.payParity': procedure({
    summary: 'Workers paid less than another employer pays for the same job role and pathway step, with the gap.',
    input: z.object({}),
    output: PayParityReport,
    roles: ['manager', 'coordinator'],
  }),
};
