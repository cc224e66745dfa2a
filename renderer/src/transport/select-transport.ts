import type { AppBridge } from '@shared/contract/bridge';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** Pick the transport once at boot: the Electron bridge when present, else HTTP to the loopback host. */
export function selectTransport(
  scope: { appBridge?: AppBridge } = window as unknown as { appBridge?: AppBridge },
): Transport {
  return scope.appBridge ? ipcTransport(scope.appBridge) : httpTransport();
}
