import type { AppEvent, EventName, EventPayload } from '@shared/contract/events';

/** A subscriber: one window or one server-sent-event stream, with the session it belongs to. */
export interface EventSubscriber {
  /** Current session token hash (re-read on every event, since sessions lock and end). */
  sessionTokenHash(): string | null;
  deliver(event: AppEvent): void;
}

/** In-process publish/subscribe. Delivery filtering by role happens in the backend (see backend.ts). */
export class EventBus {
  private readonly listeners = new Set<(event: AppEvent) => void>();

  publish<N extends EventName>(kind: N, payload: EventPayload<N>): void {
    const event = { kind, payload } as AppEvent;
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
