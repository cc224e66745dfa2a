import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppBridge } from '@shared/contract/bridge';
import type { Envelope } from '@shared/contract/errors';
import type { AppEvent } from '@shared/contract/events';
import { EVENT_CHANNEL, RPC_CHANNEL } from './channels';

// The sandboxed preload: exposes exactly { call, onEvent, runtime } and never ipcRenderer itself, so the page can
// reach only the one rpc channel. The session token stays in the main process.
const bridge: AppBridge = {
  call: (name, input) => ipcRenderer.invoke(RPC_CHANNEL, name, input) as Promise<Envelope<unknown>>,
  onEvent(listener) {
    // Wrap so the page never sees the IpcRendererEvent (which carries `sender`).
    const wrapped = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
  runtime: { host: 'electron', platform: process.platform, version: process.versions.electron ?? '' },
};

contextBridge.exposeInMainWorld('appBridge', bridge);
