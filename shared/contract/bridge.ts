import type { Envelope } from './errors';
import type { AppEvent } from './events';

/** What the Electron preload exposes as `window.appBridge`, and nothing else. */
export interface AppBridge {
  /** Call a procedure by name; always resolves with an envelope. */
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Receive push events; returns a function that stops them. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Which host the renderer runs in. */
  runtime: { host: 'electron'; platform: string; version: string };
}
