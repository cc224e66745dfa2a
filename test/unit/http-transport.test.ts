import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from '@renderer/transport/http-transport';

afterEach(() => vi.unstubAllGlobals());

describe('the HTTP transport', () => {
  it(
    'sends a number field the person left unreadable (NaN) as ' +
      'text, never as null, which nullable fields take as "clear"',
    async () => {
      const bodies: string[] = [];
      vi.stubGlobal('fetch', (_url: string, init: { body: string }) => {
        bodies.push(init.body);
        return Promise.resolve(new Response(JSON.stringify({ ok: true, value: null }), { status: 200 }));
      });
      await httpTransport('').call('clients.recordTravel', {
        fromId: 'a',
        toId: 'b',
        mode: 'walk',
        minutes: Number.NaN,
      });
      expect(JSON.parse(bodies[0] ?? '{}')).toEqual({ fromId: 'a', toId: 'b', mode: 'walk', minutes: 'NaN' });
      await httpTransport('').call('clients.recordTravel', { fromId: 'a', toId: 'b', mode: 'walk', minutes: null });
      expect(JSON.parse(bodies[1] ?? '{}')).toMatchObject({ minutes: null });
    },
  );
});
