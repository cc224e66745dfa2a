import { ipcClient } from '../fixtures/ipc-client';
import { describeContract } from './contract-suite';

describeContract('IPC (fake ipcMain, structured clone)', async (tb) => ({
  client: () => ipcClient(tb.backend),
  close: async () => undefined,
}));
