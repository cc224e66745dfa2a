import type { AppBridge } from '@shared/contract/bridge';
import type { Transport } from './transport';

/** Procedures and events over the Electron preload bridge. */
export function ipcTransport(bridge: AppBridge): Transport {
  return {
    kind: 'ipc',
    call: (name, input) => bridge.call(name, input ?? {}),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
