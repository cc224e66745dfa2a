import { inProcessClient } from '../fixtures/in-process-client';
import { describeContract } from './contract-suite';

describeContract('in-process', async (tb) => ({
  client: () => inProcessClient(tb.backend),
  close: async () => undefined,
}));
