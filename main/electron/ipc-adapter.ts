import type { Envelope } from '@shared/contract/errors';
import type { AppEvent } from '@shared/contract/events';
import type { Backend } from '../backend';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../preload/channels';
import { isAppUrl } from './app-url';

// Structural slices of Electron's ipcMain, WebContents and IpcMainInvokeEvent: the adapter needs only these, and a
// test drives it with fakes (and structuredClone) without loading electron.

/** The part of a WebContents the adapter uses. */
export interface IpcSenderLike {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** The part of an IpcMainInvokeEvent the adapter uses. */
export interface IpcInvokeEventLike {
  readonly sender: IpcSenderLike;
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of ipcMain the adapter uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Options for the IPC adapter. */
export interface IpcAdapterOptions {
  /** True when the sending webContents is one of our windows (the frame's origin is checked separately). */
  isTrustedSender(sender: IpcSenderLike): boolean;
}

/** What a webContents holds, like a browser holds a cookie: the renderer never sees the token. */
interface SenderState {
  token: string | null;
  unsubscribe: () => void;
}

const REFUSED: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This page may not call the app.' },
};

/**
 * Carry procedure calls from the renderer to the backend over `ipcMain.handle('rpc')` and push events back on
 * 'event'. It only moves bytes and checks the sender: every decision is the backend's dispatch. Returns a function
 * that removes the handler and every subscription.
 */
export function registerIpc(ipcMain: IpcMainLike, backend: Backend, options: IpcAdapterOptions): () => void {
  const senders = new Map<number, SenderState>();

  // One state per webContents, created on its first trusted call; the subscription re-checks the session per
  // event, so subscribing before sign-in leaks nothing.
  const stateFor = (sender: IpcSenderLike): SenderState => {
    const existing = senders.get(sender.id);
    if (existing) return existing;
    const state: SenderState = { token: null, unsubscribe: () => undefined };
    state.unsubscribe = backend.subscribe(
      () => state.token,
      (event: AppEvent) => {
        if (!sender.isDestroyed()) sender.send(EVENT_CHANNEL, event);
      },
    );
    senders.set(sender.id, state);
    sender.once('destroyed', () => {
      state.unsubscribe();
      senders.delete(sender.id);
    });
    return state;
  };

  ipcMain.handle(RPC_CHANNEL, async (event, name, input) => {
    // Every call checks its sender frame: only our own app:// page in one of our windows may call.
    if (!isAppUrl(event.senderFrame?.url) || !options.isTrustedSender(event.sender)) return REFUSED;
    const state = stateFor(event.sender);
    return backend.call(
      {
        get sessionToken() {
          return state.token;
        },
        setSessionToken: (token) => {
          state.token = token;
        },
        transport: 'ipc',
      },
      typeof name === 'string' ? name : '',
      // An absent input travels as `{}`, as an empty HTTP body does, so both transports behave the same.
      input === undefined ? {} : input,
    );
  });

  return () => {
    ipcMain.removeHandler(RPC_CHANNEL);
    for (const state of senders.values()) state.unsubscribe();
    senders.clear();
  };
}
