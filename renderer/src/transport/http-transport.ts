import type { Envelope } from '@shared/contract/errors';
import type { AppEvent } from '@shared/contract/events';
import { isProcedureName, procedures } from '@shared/contract/procedures';
import type { Transport } from './transport';

function transportFailure(message: string): Envelope<never> {
  return { ok: false, error: { code: 'UNAVAILABLE', message } };
}

/**
 * A procedure's input as the JSON body. JSON writes NaN and Infinity as null, which a nullable field reads as "clear
 * it"; they go as text instead, so the backend refuses the field by name, as it does over IPC (where NaN stays NaN).
 */
export function requestBody(input: unknown): string {
  return JSON.stringify(input ?? {}, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
  );
}

/** Procedures over POST /rpc/<name> (the session rides in an HttpOnly cookie) and events over SSE. */
export function httpTransport(base = ''): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;
  const connect = () => {
    source?.close();
    source = new EventSource(`${base}/events`);
    source.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as AppEvent;
      for (const listener of listeners) listener(event);
    };
  };
  return {
    kind: 'http',
    async call(name, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: requestBody(input),
          credentials: 'same-origin',
        });
      } catch {
        return transportFailure('The app’s server is not answering. Check it is still running.');
      }
      if (response.status === 413)
        return { ok: false, error: { code: 'VALIDATION', message: 'That is too large to send.' } };
      if (!response.ok) return transportFailure(`The app’s server answered ${response.status}.`);
      const envelope = (await response.json()) as Envelope<unknown>;
      // A new session cookie only reaches the event stream on reconnect; the contract says which calls change it.
      if (listeners.size > 0 && isProcedureName(name) && procedures[name].changesSession) connect();
      return envelope;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
