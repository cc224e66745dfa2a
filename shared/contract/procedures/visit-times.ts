import { procedure } from '../procedure';
import { VisitTimesInput, VisitTimesReport } from '@shared/domain/actuals/visit-time-figures';

/** The figures that follow from actual visit times: punctuality, missed, lengthened and shortened visits, hours. */
export const visitTimesProcedures = {
  'visitTimes.figures': procedure({
    summary:
      'For a week or a month: visits on time, late and missed, lengthened and shortened with their reasons, and ' +
      'actual against planned time, for the branch, each person supported and each worker.',
    input: VisitTimesInput,
    output: VisitTimesReport,
    roles: ['manager', 'coordinator'],
  }),
};
