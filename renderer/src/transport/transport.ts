import type { Envelope } from '@shared/contract/errors';
import type { AppEvent } from '@shared/contract/events';

/** How the renderer reaches the backend: chosen once at boot, never again. */
export interface Transport {
  kind: 'ipc' | 'http' | 'in-process';
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
