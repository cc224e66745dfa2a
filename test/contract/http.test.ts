import { httpClient, startTestHost } from '../fixtures/http-client';
import { describeContract } from './contract-suite';

describeContract('HTTP', async (tb) => {
  const host = await startTestHost(tb.backend);
  return { client: () => httpClient(host), close: () => host.close() };
});
